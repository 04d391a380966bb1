/// Tests on eight bytes at once, for the scans that look for rare bytes
/// (characters to escape or to show as symbols) in every string written.
enum WordBytes {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let high: UInt64 = 0x8080_8080_8080_8080

  /// Whether any byte of `word` is below `limit` (exact for `limit` <= 0x80).
  @inline(__always)
  static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
    (word &- ones &* UInt64(limit)) & ~word & high != 0
  }

  /// Whether any byte of `word` equals `byte` (the word XORed with it then holds a zero byte).
  @inline(__always)
  static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
    hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
  }
}
