/// Appending text to a byte buffer without building strings: the reporters
/// write every finding this way, so each append is one copy.
extension Array where Element == UInt8 {
  /// Appends the UTF-8 of a literal.
  @inline(__always)
  mutating func append(literal: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends the UTF-8 of `string`, in one copy when it is stored contiguously.
  @inline(__always)
  mutating func append(utf8 string: String) {
    let copied: Void? = string.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { append(contentsOf: string.utf8) }
  }

  /// Appends `value` in decimal. Lines and columns have few digits: they
  /// are gathered in one word, last digit first, and appended byte by byte,
  /// cheaper than reserving room for the longest number.
  @inline(__always)
  mutating func append(decimal value: Int) {
    guard value >= 0 && value < 100_000_000 else {
      return appendReserving(atMost: 20) { $0.write(decimal: value) }
    }
    // The first digit ends up in the lowest byte of `digits`.
    var digits: UInt64 = 0
    var length = 0
    var rest = value
    repeat {
      digits = digits << 8 | UInt64(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10))
      rest /= 10
      length += 1
    } while rest > 0
    for _ in 0..<length {
      append(UInt8(truncatingIfNeeded: digits))
      digits >>= 8
    }
  }
}
