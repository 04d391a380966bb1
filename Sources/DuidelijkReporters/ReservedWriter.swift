/// Writes bytes through a pointer into room reserved at the end of a byte
/// array: one capacity check for a whole JSON object instead of one per
/// piece. Every write is checked against the room, so a wrong bound stops
/// the program instead of writing past it.
struct ReservedWriter {
  private let base: UnsafeMutablePointer<UInt8>
  private let limit: Int
  /// Bytes written so far.
  private(set) var count = 0

  fileprivate init(base: UnsafeMutablePointer<UInt8>, limit: Int) {
    self.base = base
    self.limit = limit
  }

  @inline(__always)
  private mutating func room(_ needed: Int) -> UnsafeMutablePointer<UInt8> {
    precondition(count + needed <= limit, "reserved room exceeded")
    defer { count += needed }
    return base + count
  }

  @inline(__always)
  mutating func write(_ byte: UInt8) { room(1).pointee = byte }

  @inline(__always)
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    room(bytes.count).update(from: source, count: bytes.count)
  }

  @inline(__always)
  mutating func write(literal: StaticString) {
    write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Writes `value` in decimal, from the last digit: dividing by the
  /// constant 10 compiles to a multiplication, by a variable power of ten
  /// to a slow division.
  mutating func write(decimal value: Int) {
    var magnitude = value.magnitude
    var length = value < 0 ? 2 : 1
    var rest = magnitude
    while rest >= 10 {
      rest /= 10
      length += 1
    }
    let out = room(length)
    if value < 0 { out[0] = UInt8(ascii: "-") }
    var position = length
    repeat {
      position -= 1
      out[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
  }

  /// Bytes a JSON string literal of `count` bytes takes at most (each byte
  /// may become `\u00XX`, plus the quotes).
  static func jsonStringBound(_ count: Int) -> Int { count * 6 + 2 }

  /// Writes `bytes` (UTF-8) as a JSON string literal, quotes included.
  mutating func write(jsonString bytes: UnsafeBufferPointer<UInt8>) {
    write(UInt8(ascii: "\""))
    var runStart = 0
    var index = 0
    while index < bytes.count {
      // Eight bytes at a time while none needs escaping (the common case).
      if index + 8 <= bytes.count, !Self.needsEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
        index += 8
        continue
      }
      let byte = bytes[index]
      index += 1
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      let escaped = index - 1
      if runStart < escaped { write(UnsafeBufferPointer(rebasing: bytes[runStart..<escaped])) }
      runStart = index
      write(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""): write(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): write(UInt8(ascii: "\\"))
      case 0x0A: write(UInt8(ascii: "n"))
      case 0x0D: write(UInt8(ascii: "r"))
      case 0x09: write(UInt8(ascii: "t"))
      default:
        write(literal: "u00")
        write(Self.hex[Int(byte >> 4)])
        write(Self.hex[Int(byte & 0xF)])
      }
    }
    if runStart < bytes.count { write(UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    write(UInt8(ascii: "\""))
  }

  /// Whether any of the eight bytes of `word` is a control character, `"`
  /// or `\\`: a byte below 0x20, or one equal to 0x22 or 0x5C (the word
  /// XORed with it then holds a zero byte).
  @inline(__always)
  private static func needsEscape(_ word: UInt64) -> Bool {
    WordBytes.hasByte(below: 0x20, in: word) || WordBytes.hasByte(0x22, in: word) || WordBytes.hasByte(0x5C, in: word)
  }

  /// Writes `string` as a JSON string literal.
  mutating func write(jsonString string: String) {
    var string = string
    string.withUTF8 { write(jsonString: $0) }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}

extension Array where Element == UInt8 {
  /// Appends what `body` writes, which must be at most `bound` bytes.
  @inline(__always)
  mutating func appendReserving(atMost bound: Int, _ body: (inout ReservedWriter) -> Void) {
    let start = count
    append(contentsOf: repeatElement(0, count: bound))
    let written = withUnsafeMutableBufferPointer { buffer -> Int in
      var writer = ReservedWriter(base: buffer.baseAddress! + start, limit: bound)
      body(&writer)
      return writer.count
    }
    removeLast(bound - written)
  }
}
