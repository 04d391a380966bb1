/// Byte-level helpers for UTF-8 text, so hot loops never build a `String`.
public enum UTF8Bytes {
  /// Whether `byte` starts a scalar (is not a continuation byte).
  @inlinable @inline(__always)
  public static func isScalarStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

  /// Length of the scalar whose first byte is `byte` (1 for invalid lead bytes).
  @inlinable @inline(__always)
  public static func scalarLength(leadByte byte: UInt8) -> Int {
    if byte < 0x80 { return 1 }
    if byte >= 0xF0 { return 4 }
    if byte >= 0xE0 { return 3 }
    if byte >= 0xC0 { return 2 }
    return 1
  }

  /// Decodes the scalar starting at `index` of valid UTF-8 `bytes`.
  @inlinable @inline(__always)
  public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
    let lead = bytes[index]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    var value: UInt32
    let length: Int
    if lead >= 0xF0 {
      value = UInt32(lead & 0x07); length = 4
    } else if lead >= 0xE0 {
      value = UInt32(lead & 0x0F); length = 3
    } else {
      value = UInt32(lead & 0x1F); length = 2
    }
    var position = index + 1
    let end = min(index + length, bytes.count)
    while position < end {
      value = value << 6 | UInt32(bytes[position] & 0x3F)
      position += 1
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Decodes the scalar that ends just before `index`.
  @inlinable @inline(__always)
  public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Unicode.Scalar {
    var start = index - 1
    while start > 0 && !isScalarStart(bytes[start]) { start -= 1 }
    return scalar(in: bytes, at: start)
  }

  /// Number of scalars in `bytes[range]`.
  public static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    // Every byte but a continuation byte (10xxxxxx) starts a scalar; columns
    // are counted from the line start for each finding, so count eight at a time.
    guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
    var continuations = 0
    var index = range.lowerBound
    let high: UInt64 = 0x8080_8080_8080_8080
    while index + 8 <= range.upperBound {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      continuations += (word & high & ~(word << 1)).nonzeroBitCount
      index += 8
    }
    while index < range.upperBound {
      if !isScalarStart(base[index]) { continuations += 1 }
      index += 1
    }
    return range.count - continuations
  }

  /// Number of UTF-16 code units in `bytes[range]`.
  public static func utf16Count(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range {
      let byte = bytes[index]
      if isScalarStart(byte) { count += byte >= 0xF0 ? 2 : 1 }
    }
    return count
  }

  /// Whether `scalar` separates words: spaces, tabs, line breaks, no-break spaces.
  @inlinable @inline(__always)
  public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether the ASCII `byte` is a space, tab or line break.
  @inlinable @inline(__always)
  public static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Whether `scalar` is a letter with an upper-case form of its own.
  @inlinable @inline(__always)
  public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase
  }

  /// Whether `scalar` is a lower-case letter.
  @inlinable @inline(__always)
  public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
    return scalar.properties.isLowercase
  }

  /// Whether `scalar` is a letter of any script.
  @inlinable @inline(__always)
  public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return value >= 0x61 && value <= 0x7A
    }
    return scalar.properties.isAlphabetic
  }

  /// Whether `scalar` is a decimal digit 0–9.
  @inlinable @inline(__always)
  public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// `bytes` with every run of whitespace (line breaks included) as one space.
  public static func collapsingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var inSpace = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 && !isASCIIWhitespace(byte) {
        // A run of ASCII without spaces is copied at once.
        var end = index + 1
        while end < bytes.count && bytes[end] < 0x80 && !isASCIIWhitespace(bytes[end]) { end += 1 }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        inSpace = false
        index = end
        continue
      }
      let length = byte < 0x80 ? 1 : min(scalarLength(leadByte: byte), bytes.count - index)
      let space = byte < 0x80 || isWhitespace(scalar(in: bytes, at: index))
      if space {
        if !inSpace { result.append(0x20) }
      } else {
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
      }
      inSpace = space
      index += length
    }
    return result
  }

  /// Whether `needle` occurs in `haystack`, byte for byte (an empty needle always does).
  public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
    var needle = needle
    return needle.withUTF8 { pattern in
      guard !pattern.isEmpty else { return true }
      guard haystack.count >= pattern.count else { return false }
      let first = pattern[0]
      var index = 0
      let last = haystack.count - pattern.count
      while index <= last {
        if haystack[index] == first {
          var offset = 1
          while offset < pattern.count, haystack[index + offset] == pattern[offset] { offset += 1 }
          if offset == pattern.count { return true }
        }
        index += 1
      }
      return false
    }
  }

  /// Writes a lower-cased copy of `source` into `destination` with the same
  /// byte length, so offsets stay valid: ASCII and the two-byte Latin letters
  /// are lowered; anything whose lower case would change length is copied.
  public static func lowercase(
    _ source: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutableBufferPointer<UInt8>
  ) {
    var index = 0
    let count = source.count
    guard let sourceBase = source.baseAddress, let destinationBase = destination.baseAddress else { return }
    while index < count {
      // Eight ASCII bytes at a time: a byte in A…Z gets 0x20 added, found
      // with two additions whose top bits mark `>= A` and `> Z`.
      if index + 8 <= count {
        let word = UnsafeRawPointer(sourceBase + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
          UnsafeMutableRawPointer(destinationBase + index).storeBytes(of: word | (upper >> 2), as: UInt64.self)
          index += 8
          continue
        }
      }
      let byte = source[index]
      if byte < 0x80 {
        destination[index] = byte &+ ((byte >= 0x41 && byte <= 0x5A) ? 0x20 : 0)
        index += 1
        continue
      }
      // Latin-1 capitals (U+00C0–U+00DE but ×) lower to the letter 0x20 on.
      if byte == 0xC3 && index + 1 < count {
        let second = source[index + 1]
        destination[index] = byte
        destination[index + 1] = second &+ ((second >= 0x80 && second <= 0x9E && second != 0x97) ? 0x20 : 0)
        index += 2
        continue
      }
      let length = min(scalarLength(leadByte: byte), count - index)
      if length == 2 {
        let scalar = self.scalar(in: source, at: index)
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        if lowered.count == 1, let first = lowered.first, first.utf8.count == 2 {
          let units = first.utf8
          destination[index] = units[0]
          destination[index + 1] = units[1]
          index += 2
          continue
        }
      }
      for offset in 0..<length { destination[index + offset] = source[index + offset] }
      index += length
    }
  }
}
