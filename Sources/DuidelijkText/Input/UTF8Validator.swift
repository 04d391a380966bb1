/// Checks UTF-8 in pieces, so a stream is validated as it is read.
struct UTF8Validator {
  /// Index of the first invalid byte in `bytes[range]`, or `nil`; `incomplete`
  /// is set to the start of a sequence cut off at the end (to finish next time).
  /// NUL bytes are reported as `nul`.
  enum Problem: Equatable {
    case invalid(Int)
    case nul(Int)
  }

  static func check(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool
  ) -> (problem: Problem?, validEnd: Int) {
    var index = start
    let count = bytes.count
    while index < count {
      // Eight ASCII bytes at a time: the common case for Dutch text.
      if index + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 && hasNoZeroByte(word) {
          index += 8
          continue
        }
      }
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0 { return (.nul(index), index) }
        index += 1
        continue
      }
      let length: Int
      var lowerSecond: UInt8 = 0x80
      var upperSecond: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lowerSecond = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; upperSecond = 0x9F
      case 0xF0: length = 4; lowerSecond = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; upperSecond = 0x8F
      default: return (.invalid(index), index)
      }
      if index + length > count {
        // Cut off at the end of this piece: valid only if what is there is a valid prefix.
        for offset in 1..<(count - index) {
          let byte = bytes[index + offset]
          let (low, high) = offset == 1 ? (lowerSecond, upperSecond) : (UInt8(0x80), UInt8(0xBF))
          if byte < low || byte > high { return (.invalid(index), index) }
        }
        return isFinal ? (.invalid(index), index) : (nil, index)
      }
      let second = bytes[index + 1]
      if second < lowerSecond || second > upperSecond { return (.invalid(index), index) }
      for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
        return (.invalid(index), index)
      }
      index += length
    }
    return (nil, count)
  }

  @inline(__always)
  private static func hasNoZeroByte(_ word: UInt64) -> Bool {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 == 0
  }
}
