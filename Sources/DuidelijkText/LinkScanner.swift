/// Finds web and e-mail addresses in the raw bytes, so each becomes one
/// token whatever ICU makes of its punctuation.
struct LinkScanner {
  /// A found address: where it is (relative to the scanned buffer) and what it is.
  struct Link {
    var range: Range<Int>
    var kind: TokenKind
  }

  /// Top-level domains that make `gemeente.nl` an address without `www.`.
  private static let topLevelDomains: Set<String> = [
    "nl", "be", "com", "org", "net", "eu", "info", "nu", "gov", "edu", "io", "frl", "amsterdam",
    "brussels", "vlaanderen", "de", "fr", "uk", "app", "online", "int",
  ]

  /// All addresses in `bytes`, ascending and not overlapping. Only the
  /// places around `@`, `:` and `.` are looked at, found eight bytes at a time.
  static func links(in bytes: UnsafeBufferPointer<UInt8>) -> [Link] {
    var links: [Link] = []
    var covered = 0
    var index = 0
    while let position = nextMark(in: bytes, from: index) {
      index = position + 1
      guard position >= covered else { continue }
      var found: Link?
      switch bytes[position] {
      case UInt8(ascii: "@"):
        found = email(in: bytes, at: position, after: covered)
      case UInt8(ascii: ":"):
        var start = position
        while start > covered && isASCIILetter(bytes[start - 1]) { start -= 1 }
        if position - start >= 3, isWordStart(bytes, start), let end = addressEnd(in: bytes, from: start) {
          found = Link(range: start..<end, kind: .url)
        }
      default:
        guard position > 0, position + 1 < bytes.count, isAlphanumeric(bytes[position - 1]),
          isAlphanumeric(bytes[position + 1])
        else { continue }
        var start = position
        while start > covered
          && (isAlphanumeric(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-")
            || bytes[start - 1] == UInt8(ascii: "."))
        {
          start -= 1
        }
        if isWordStart(bytes, start), let end = addressEnd(in: bytes, from: start) {
          found = Link(range: start..<end, kind: .url)
        }
      }
      if let found {
        links.append(found)
        covered = found.range.upperBound
        index = covered
      }
    }
    return links
  }

  /// The next `@`, `:` or `.` at or after `start`.
  @inline(__always)
  private static func nextMark(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    let count = bytes.count
    let low: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    while index + 8 <= count {
      let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
      let at = word ^ (low &* 0x40)
      let colon = word ^ (low &* 0x3A)
      let period = word ^ (low &* 0x2E)
      let found = ((at &- low) & ~at) | ((colon &- low) & ~colon) | ((period &- low) & ~period)
      if found & high != 0 { break }
      index += 8
    }
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") { return index }
      index += 1
    }
    return nil
  }

  @inline(__always)
  private static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    index == 0 || UTF8Bytes.isASCIIWhitespace(bytes[index - 1]) || isOpening(bytes[index - 1])
  }

  @inline(__always)
  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  @inline(__always)
  private static func isOpening(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<")
      || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
  }

  @inline(__always)
  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ prefix: StaticString) -> Bool {
    let length = prefix.utf8CodeUnitCount
    guard index + length <= bytes.count else { return false }
    let pointer = prefix.utf8Start
    for offset in 0..<length where bytes[index + offset] | 0x20 != pointer[offset] | 0x20 {
      // The prefixes hold letters, ':', '/' and '.'; OR-ing 0x20 leaves those alike.
      return false
    }
    return true
  }

  /// End of a URL starting at `index`, if one starts there.
  private static func addressEnd(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    let first = bytes[index] | 0x20
    if first == UInt8(ascii: "h") || first == UInt8(ascii: "w") || first == UInt8(ascii: "f")
      || first == UInt8(ascii: "m")
    {
      for scheme: StaticString in ["https://", "http://", "www.", "ftp://", "mailto:"]
      where hasPrefix(bytes, index, scheme) {
        let end = trimmedEnd(in: bytes, start: index, end: runEnd(in: bytes, from: index))
        return end > index + scheme.utf8CodeUnitCount ? end : nil
      }
    }
    guard isAlphanumeric(bytes[index]) else { return nil }
    return bareDomainEnd(in: bytes, from: index)
  }

  /// `gemeente.nl` or `www.overheid.nl/loket` without a scheme: labels of
  /// letters, digits and hyphens, a known top-level domain, then an optional path.
  private static func bareDomainEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    var labelStart = start
    var labels = 0
    let count = bytes.count
    while true {
      while index < count && (isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")) {
        index += 1
      }
      labels += 1
      if index + 1 < count && bytes[index] == UInt8(ascii: ".") && isAlphanumeric(bytes[index + 1]) {
        index += 1
        labelStart = index
        continue
      }
      break
    }
    guard labels >= 2, index - labelStart >= 2 else { return nil }
    let tld = String(decoding: UnsafeBufferPointer(rebasing: bytes[labelStart..<index]), as: UTF8.self)
    guard topLevelDomains.contains(tld) else { return nil }
    // Followed by a letter or `@`, it is a word or the local part of an e-mail address.
    if index < count && (bytes[index] >= 0x80 || bytes[index] == UInt8(ascii: "@")) { return nil }
    if index < count && isAlphanumeric(bytes[index]) { return nil }
    if index < count && bytes[index] == UInt8(ascii: "/") {
      return trimmedEnd(in: bytes, start: start, end: runEnd(in: bytes, from: index))
    }
    return index
  }

  /// End of the run of non-space characters that can belong to a URL.
  private static func runEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if UTF8Bytes.isASCIIWhitespace(byte) || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\"")
      {
        break
      }
      if byte >= 0x80 {
        // Stop at typographic quotes, no-break spaces and other non-ASCII punctuation.
        let scalar = UTF8Bytes.scalar(in: bytes, at: index)
        if !UTF8Bytes.isLetter(scalar) { break }
        index += UTF8Bytes.scalarLength(leadByte: byte)
        continue
      }
      index += 1
    }
    return index
  }

  /// Drops punctuation that ends the sentence rather than the address.
  private static func trimmedEnd(in bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
    var end = end
    while end > start {
      let byte = bytes[end - 1]
      switch byte {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"):
        end -= 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"):
        let opening = byte == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        var balance = 0
        for index in start..<end {
          if bytes[index] == opening { balance += 1 } else if bytes[index] == byte { balance -= 1 }
        }
        if balance < 0 { end -= 1 } else { return end }
      default:
        return end
      }
    }
    return end
  }

  @inline(__always)
  private static func isLocalPartByte(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
  }

  /// The e-mail address around the `@` at `at`, not reaching back before `after`.
  private static func email(in bytes: UnsafeBufferPointer<UInt8>, at: Int, after: Int) -> Link? {
    var start = at
    while start > after && isLocalPartByte(bytes[start - 1]) { start -= 1 }
    while start < at && bytes[start] == UInt8(ascii: ".") { start += 1 }
    guard start < at else { return nil }
    var end = at + 1
    var dots = 0
    while end < bytes.count
      && (isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-"))
    {
      if bytes[end] == UInt8(ascii: ".") { dots += 1 }
      end += 1
    }
    while end > at + 1 && (bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-")) {
      if bytes[end - 1] == UInt8(ascii: ".") { dots -= 1 }
      end -= 1
    }
    guard dots >= 1, end > at + 3 else { return nil }
    return Link(range: start..<end, kind: .email)
  }
}
