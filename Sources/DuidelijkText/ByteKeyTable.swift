#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only hash table keyed by byte strings, for word lookups in hot
/// loops: keys are looked up straight from the text's bytes, with no `String`.
public struct ByteKeyTable<Value: Sendable>: Sendable {
  @usableFromInline var keyBytes: [UInt8] = []
  @usableFromInline var keyStarts: [Int32] = []
  @usableFromInline var keyLengths: [Int32] = []
  @usableFromInline var values: [Value] = []
  @usableFromInline var slots: [Int32]
  @usableFromInline var mask: Int

  /// An empty table sized for about `capacity` keys.
  public init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    keyStarts.reserveCapacity(capacity)
    keyLengths.reserveCapacity(capacity)
    values.reserveCapacity(capacity)
  }

  /// A table over keys that all lie in `storage`, at the given ranges; the
  /// storage is kept whole and not copied key by key. Later duplicates are
  /// ignored. Building this way is several times faster than inserting.
  public init(storage: [UInt8], keys: [Range<Int32>], values: [Value]) {
    var size = 16
    while size < keys.count * 2 { size <<= 1 }
    var slots = [Int32](repeating: -1, count: size)
    let mask = size - 1
    var starts: [Int32] = []
    var lengths: [Int32] = []
    var kept: [Value] = []
    starts.reserveCapacity(keys.count)
    lengths.reserveCapacity(keys.count)
    kept.reserveCapacity(keys.count)
    storage.withUnsafeBufferPointer { bytes in
      slots.withUnsafeMutableBufferPointer { slots in
        for (index, key) in keys.enumerated() {
          let keyBytes = UnsafeBufferPointer(rebasing: bytes[Int(key.lowerBound)..<Int(key.upperBound)])
          var slot = Self.hash(keyBytes) & mask
          var duplicate = false
          while slots[slot] >= 0 {
            let other = Int(slots[slot])
            if Int(lengths[other]) == keyBytes.count
              && memcmp(bytes.baseAddress! + Int(starts[other]), keyBytes.baseAddress!, keyBytes.count) == 0
            {
              duplicate = true
              break
            }
            slot = (slot + 1) & mask
          }
          if duplicate { continue }
          slots[slot] = Int32(kept.count)
          starts.append(key.lowerBound)
          lengths.append(Int32(keyBytes.count))
          kept.append(values[index])
        }
      }
    }
    self.keyBytes = storage
    self.keyStarts = starts
    self.keyLengths = lengths
    self.values = kept
    self.slots = slots
    self.mask = mask
  }

  /// Number of keys.
  @inlinable public var count: Int { values.count }

  @inlinable @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { ByteHash.of(key) }

  @inlinable @inline(__always)
  func slot(for key: UnsafeBufferPointer<UInt8>, hash: Int) -> (slot: Int, entry: Int32) {
    var slot = hash & mask
    return keyBytes.withUnsafeBufferPointer { stored in
      while true {
        let entry = slots[slot]
        if entry < 0 { return (slot, -1) }
        let start = Int(keyStarts[Int(entry)])
        let length = Int(keyLengths[Int(entry)])
        if length == key.count && (length == 0 || memcmp(stored.baseAddress! + start, key.baseAddress!, length) == 0) {
          return (slot, entry)
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The value stored for `key`, if any.
  @inlinable @inline(__always)
  public func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    value(for: key, hash: Self.hash(key))
  }

  /// The value stored for `key`, whose `ByteHash` the caller already knows
  /// (a token's, computed once for every list it is looked up in).
  @inlinable @inline(__always)
  public func value(for key: UnsafeBufferPointer<UInt8>, hash: Int) -> Value? {
    let found = slot(for: key, hash: hash).entry
    return found < 0 ? nil : values[Int(found)]
  }

  /// The value stored for the UTF-8 of `key`, if any.
  public func value(for key: String) -> Value? {
    var key = key
    return key.withUTF8 { value(for: $0) }
  }

  /// Stores `value` for `key`; returns false (and keeps the old value) when
  /// the key is already present.
  @discardableResult
  public mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) -> Bool {
    if (values.count + 1) * 2 > slots.count { grow() }
    let (slot, entry) = self.slot(for: key, hash: Self.hash(key))
    if entry >= 0 { return false }
    slots[slot] = Int32(values.count)
    keyStarts.append(Int32(keyBytes.count))
    keyLengths.append(Int32(key.count))
    keyBytes.append(contentsOf: key)
    values.append(value)
    return true
  }

  /// Stores `value` for the UTF-8 of `key`; false when already present.
  @discardableResult
  public mutating func insert(_ value: Value, for key: String) -> Bool {
    var key = key
    return key.withUTF8 { insert(value, for: $0) }
  }

  /// The same keys with `transform` applied to each value; no key is hashed again.
  public func mapValues<NewValue: Sendable>(_ transform: (Value) -> NewValue) -> ByteKeyTable<NewValue> {
    var mapped = ByteKeyTable<NewValue>(capacity: 0)
    mapped.keyBytes = keyBytes
    mapped.keyStarts = keyStarts
    mapped.keyLengths = keyLengths
    mapped.values = values.map(transform)
    mapped.slots = slots
    mapped.mask = mask
    return mapped
  }

  /// Calls `body` with every key, in the order they were inserted.
  public func forEachKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    keyBytes.withUnsafeBufferPointer { stored in
      for entry in 0..<values.count {
        let start = Int(keyStarts[entry])
        body(UnsafeBufferPointer(rebasing: stored[start..<start + Int(keyLengths[entry])]))
      }
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    keyBytes.withUnsafeBufferPointer { stored in
      for entry in 0..<values.count {
        let start = Int(keyStarts[entry])
        let key = UnsafeBufferPointer(rebasing: stored[start..<start + Int(keyLengths[entry])])
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
      }
    }
  }
}

/// The hash of byte strings used by `ByteKeyTable`, public so a token's hash
/// can be computed once and used for many tables and filters.
public enum ByteHash {
  /// The hash of `key`.
  @inlinable @inline(__always)
  public static func of(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    // FNV-1a over eight bytes at a time: words are short, and this needs no setup.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var index = 0
    let count = key.count
    if let base = key.baseAddress {
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        hash = (hash ^ word) &* 0x100_0000_01b3
        hash ^= hash >> 32
        index += 8
      }
      while index < count {
        hash = (hash ^ UInt64(base[index])) &* 0x100_0000_01b3
        index += 1
      }
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}

/// A set of hashes as a bit array, for rejecting most tokens before a table
/// lookup: false positives are possible, false negatives are not.
public struct HashFilter: Sendable {
  @usableFromInline var bits = [UInt64](repeating: 0, count: 1 << 10)
  @usableFromInline static var mask: Int { (1 << 16) - 1 }

  /// An empty filter.
  public init() {}

  /// The bit that stands for `hash`, in 0..<65536.
  @inlinable @inline(__always)
  public static func bit(of hash: Int) -> UInt32 { UInt32(truncatingIfNeeded: (hash >> 7) & mask) }

  /// Adds `hash`.
  public mutating func insert(_ hash: Int) {
    let bit = (hash >> 7) & Self.mask
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether `hash` may have been added.
  @inlinable @inline(__always)
  public func mayContain(_ hash: Int) -> Bool {
    let bit = (hash >> 7) & Self.mask
    return bits.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) } != 0
  }

  /// Calls `body` with a probe of this filter that needs no access to the
  /// array per test: for loops over every token.
  @inlinable @inline(__always)
  public func withProbe<Result>(_ body: (Probe) -> Result) -> Result {
    bits.withUnsafeBufferPointer { body(Probe(bits: $0)) }
  }

  /// The bits of a filter, valid inside `withProbe`.
  public struct Probe {
    @usableFromInline let bits: UnsafeBufferPointer<UInt64>

    @inlinable init(bits: UnsafeBufferPointer<UInt64>) { self.bits = bits }

    /// Whether `hash` may have been added.
    @inlinable @inline(__always)
    public func mayContain(_ hash: Int) -> Bool { mayContain(bit: HashFilter.bit(of: hash)) }

    /// Whether a hash whose `bit(of:)` is `bit` may have been added.
    @inlinable @inline(__always)
    public func mayContain(bit: UInt32) -> Bool {
      bits[Int(bit >> 6) & 1023] & (1 << UInt64(bit & 63)) != 0
    }
  }
}
