/// ASCII tests for the markup scanners, which work on bytes.
enum ASCII {
  @inline(__always)
  static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  @inline(__always)
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

  /// The value of a hexadecimal digit, or nil.
  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt32? {
    if isDigit(byte) { return UInt32(byte - 0x30) }
    let lower = byte | 0x20
    if lower >= 0x61 && lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
    return nil
  }

  /// `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`: what a Markdown backslash escapes.
  @inline(__always)
  static func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
      || (byte >= 0x7B && byte <= 0x7E)
  }

  /// Whether `bytes[start...]` begins with `prefix`, ignoring ASCII case.
  /// `prefix` must be lower-case.
  static func hasPrefix(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, caseInsensitive prefix: StaticString
  ) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard start >= 0, start + count <= bytes.count else { return false }
    let expected = prefix.utf8Start
    for index in 0..<count where lowercased(bytes[start + index]) != expected[index] { return false }
    return true
  }
}
