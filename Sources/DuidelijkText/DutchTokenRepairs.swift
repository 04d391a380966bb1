/// The Dutch repairs applied to ICU's word segments.
///
/// One pass over ICU's segments builds the final tokens. At each segment the
/// repairs are tried in a fixed order; each joins only segments that touch
/// (no space between them), so no boundary ever moves across text:
///
/// 1. a URL or e-mail address found by `LinkScanner` becomes one token;
/// 2. `,,` and `''`, the Dutch typewriter quotes, are one token each;
/// 3. `'s`, `'t`, `'k`, `'n` are words;
/// 4. a word and its period form an abbreviation (`dhr.`, `i.v.m.`, `J.`);
/// 5. compounds join over hyphens, slashes and `&` (`e-mail`,
///    `'s-Hertogenbosch`, `2025-2026`, `en/of`, `zorg-/welzijnsinstelling`,
///    the cut-off `zorg-` of `zorg- en welzijn`);
/// 6. units with signs (`m²`, `°C`); times, article numbers and amounts:
///    `14:30`, `4:8`, `45,-`;
/// 7. `...` is one token.
struct DutchTokenRepairs {
  let text: UnsafeBufferPointer<UInt8>
  let abbreviations: AbbreviationLexicon

  /// The tokens made of ICU's `segments`.
  func tokens(from segments: [Token], links: [LinkScanner.Link]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(segments.count)
    var index = 0
    var linkIndex = 0
    let count = segments.count
    /// Appends a joined token, unless it would run into the next link
    /// (`jeugd/info@assen.nl`): then the segment stands alone and the link
    /// is taken whole when it comes.
    func appendJoined(_ token: Token, next: Int) {
      if linkIndex < links.count && token.range.upperBound > links[linkIndex].range.lowerBound {
        result.append(segments[index])
        index += 1
      } else {
        result.append(token)
        index = next
      }
    }
    while index < count {
      let segment = segments[index]
      if linkIndex < links.count && segment.range.upperBound > links[linkIndex].range.lowerBound {
        index = absorb(links[linkIndex], segments, from: index, into: &result)
        linkIndex += 1
        continue
      }
      let lead = text[segment.range.lowerBound]
      let touchesNext = index + 1 < count && segments[index + 1].range.lowerBound == segment.range.upperBound
      guard touchesNext else {
        result.append(segment)
        index += 1
        continue
      }
      if let pair = quotePair(segments, index, lead) {
        appendJoined(pair, next: index + 2)
        continue
      }
      if segment.kind == .word, let listed = listedRun(segments, index) {
        appendJoined(listed.token, next: listed.next)
        continue
      }
      var head = segment
      var next = index + 1
      if let elision = elision(segments, index, lead, previous: result.last) {
        head = elision
        next = index + 2
      } else if let abbreviation = abbreviation(segments, index, previous: result.last) {
        head = abbreviation
        next = index + 2
      } else if let ellipsis = ellipsis(segments, index, lead) {
        appendJoined(ellipsis.token, next: ellipsis.next)
        continue
      }
      if let unit = unitForm(segments, index, head, next) {
        head = unit.token
        next = unit.next
      }
      if head.kind == .number, let number = numberForm(segments, next, head) {
        head = number.token
        next = number.next
      }
      let compound = extendCompound(segments, next, head)
      appendJoined(compound.token, next: compound.next)
    }
    return result
  }

  // MARK: - Helpers

  @inline(__always)
  private func touches(_ left: Token, _ right: Token) -> Bool {
    left.range.upperBound == right.range.lowerBound
  }

  /// The token's only scalar, when it is one punctuation mark or symbol.
  @inline(__always)
  private func soleScalar(_ token: Token) -> Unicode.Scalar? {
    guard token.kind != .word && token.kind != .number else { return nil }
    let lead = text[token.range.lowerBound]
    guard UTF8Bytes.scalarLength(leadByte: lead) == token.range.count else { return nil }
    return UTF8Bytes.scalar(in: text, at: token.range.lowerBound)
  }

  @inline(__always)
  private func isChar(_ token: Token, _ character: Unicode.Scalar) -> Bool {
    soleScalar(token) == character
  }

  /// Whether a space, line break or the start of the text comes before `offset`.
  @inline(__always)
  private func followsSpace(_ offset: Int) -> Bool {
    offset == 0 || UTF8Bytes.isWhitespace(UTF8Bytes.scalar(in: text, before: offset))
  }

  /// Whether a space, line break or the end of the text comes at `offset`.
  @inline(__always)
  private func precedesSpace(_ offset: Int) -> Bool {
    offset >= text.count || UTF8Bytes.isWhitespace(UTF8Bytes.scalar(in: text, at: offset))
  }

  @inline(__always)
  private func joined(_ first: Token, _ last: Token, kind: TokenKind) -> Token {
    Token(range: first.range.lowerBound..<last.range.upperBound, kind: kind)
  }

  // MARK: - Repairs

  /// 1. Replaces the segments a link covers; returns the index after them.
  private func absorb(_ link: LinkScanner.Link, _ segments: [Token], from start: Int, into result: inout [Token]) -> Int {
    var index = start
    let first = segments[index]
    if first.range.lowerBound < link.range.lowerBound {
      result.append(Token(range: first.range.lowerBound..<link.range.lowerBound, kind: first.kind))
    }
    result.append(Token(range: link.range, kind: link.kind))
    // Skip every segment inside the link; keep what sticks out at its end.
    while index < segments.count && segments[index].range.lowerBound < link.range.upperBound {
      let inner = segments[index]
      if inner.range.upperBound > link.range.upperBound {
        let rest = link.range.upperBound..<inner.range.upperBound
        result.append(Token(range: rest, kind: Tokenizer.kind(of: text, at: rest.lowerBound)))
      }
      index += 1
    }
    return index
  }

  /// 2. `,,`, `''` and ` `` `.
  @inline(__always)
  private func quotePair(_ segments: [Token], _ index: Int, _ lead: UInt8) -> Token? {
    guard lead == UInt8(ascii: ","), lead == UInt8(ascii: "'") || lead == UInt8(ascii: "`") || lead == UInt8(ascii: ",")
    else {
      guard lead == UInt8(ascii: "'") || lead == UInt8(ascii: "`") else { return nil }
      return samePair(segments, index)
    }
    return samePair(segments, index)
  }

  private func samePair(_ segments: [Token], _ index: Int) -> Token? {
    let first = segments[index]
    let second = segments[index + 1]
    guard first.range.count == 1, second.range.count == 1, text[first.range.lowerBound] == text[second.range.lowerBound],
      first.kind != .word
    else { return nil }
    return joined(first, second, kind: .punctuation)
  }

  /// 3. `'s Avonds`, `'t`, `in 't`, `'s-Hertogenbosch`.
  private func elision(_ segments: [Token], _ index: Int, _ lead: UInt8, previous: Token?) -> Token? {
    guard lead == UInt8(ascii: "'") || lead == 0xE2 else { return nil }
    let mark = segments[index]
    guard isChar(mark, "'") || isChar(mark, "\u{2019}"),
      followsSpace(mark.range.lowerBound) || previous?.kind == .punctuation
    else { return nil }
    let letter = segments[index + 1]
    guard letter.kind == .word, letter.range.count == 1 else { return nil }
    switch text[letter.range.lowerBound] {
    case UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "k"), UInt8(ascii: "n"),
      UInt8(ascii: "S"), UInt8(ascii: "T"):
      break
    default:
      return nil
    }
    let end = letter.range.upperBound
    guard precedesSpace(end) || text[end] == UInt8(ascii: "-") else { return nil }
    return joined(mark, letter, kind: .word)
  }

  /// 4. A word and the period after it, when the list has it (`dhr.`,
  /// `i.v.m.`), when it is a dotted cluster of short parts (`t.a.v.`), or
  /// when it is one capital: an initial (`J.`).
  private func abbreviation(_ segments: [Token], _ index: Int, previous: Token?) -> Token? {
    let word = segments[index]
    let dot = segments[index + 1]
    guard word.kind == .word, text[dot.range.lowerBound] == UInt8(ascii: "."), dot.range.count == 1 else {
      return nil
    }
    let range = word.range.lowerBound..<dot.range.upperBound
    guard isListedAbbreviation(range, sentenceInitial: isSentenceInitial(word, previous: previous))
      || isDottedCluster(word.range) || isInitial(word) || isPartOfListedPhrase(segments, index, previous)
    else { return nil }
    return Token(range: range, kind: .abbreviation)
  }

  /// A listed abbreviation that ICU cut into several pieces, up to the next
  /// space: `r.-k.`, `a.s.`, `m.b.t.`.
  private func listedRun(_ segments: [Token], _ index: Int) -> (token: Token, next: Int)? {
    let start = segments[index].range.lowerBound
    var last = index
    var hasPeriod = false
    while last + 1 < segments.count, touches(segments[last], segments[last + 1]),
      segments[last + 1].range.upperBound - start <= 12
    {
      last += 1
      if text[segments[last].range.lowerBound] == UInt8(ascii: ".") { hasPeriod = true }
    }
    guard hasPeriod, last > index + 1 else { return nil }
    // The longest listed prefix made of whole segments.
    while last > index + 1 {
      let range = start..<segments[last].range.upperBound
      if abbreviations.lookup(UnsafeBufferPointer(rebasing: text[range])) != nil {
        return (Token(range: range, kind: .abbreviation), last + 1)
      }
      last -= 1
    }
    return nil
  }

  /// `et al.`, `op. cit.`: two words the list has together, one space apart.
  private func isPartOfListedPhrase(_ segments: [Token], _ index: Int, _ previous: Token?) -> Bool {
    let dot = segments[index + 1]
    if let previous, previous.kind == .word || previous.kind == .abbreviation,
      previous.range.upperBound + 1 == segments[index].range.lowerBound,
      text[previous.range.upperBound] == 0x20,
      abbreviations.lookup(UnsafeBufferPointer(rebasing: text[previous.range.lowerBound..<dot.range.upperBound])) != nil
    {
      return true
    }
    guard index + 3 < segments.count else { return false }
    let second = segments[index + 2]
    let secondDot = segments[index + 3]
    guard second.kind == .word, dot.range.upperBound + 1 == second.range.lowerBound,
      text[dot.range.upperBound] == 0x20, touches(second, secondDot),
      text[secondDot.range.lowerBound] == UInt8(ascii: "."), secondDot.range.count == 1
    else { return false }
    return abbreviations.lookup(UnsafeBufferPointer(rebasing: text[segments[index].range.lowerBound..<secondDot.range.upperBound])) != nil
  }

  private func isSentenceInitial(_ word: Token, previous: Token?) -> Bool {
    guard let previous else { return true }
    if previous.kind == .punctuation || previous.kind == .symbol { return true }
    for offset in previous.range.upperBound..<word.range.lowerBound
    where text[offset] == 0x0A || text[offset] == 0x0D {
      return true
    }
    return false
  }

  private func isListedAbbreviation(_ range: Range<Int>, sentenceInitial: Bool) -> Bool {
    let bytes = UnsafeBufferPointer(rebasing: text[range])
    if abbreviations.lookup(bytes) != nil { return true }
    // The lower-case spelling is looked up only for a capitalised word (`Dhr.`,
    // not `MW.`), and not when the word itself is listed without its period (`Sr`).
    guard range.count <= 40, UTF8Bytes.isUppercase(UTF8Bytes.scalar(in: text, at: range.lowerBound)),
      range.count < 3 || !UTF8Bytes.isUppercase(UTF8Bytes.scalar(in: text, at: range.lowerBound + 1)),
      abbreviations.lookup(UnsafeBufferPointer(rebasing: text[range.lowerBound..<range.upperBound - 1])) == nil
    else { return false }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { lowered in
      UTF8Bytes.lowercase(bytes, into: lowered)
      guard let info = abbreviations.lookup(UnsafeBufferPointer(lowered)) else { return false }
      // `Jan.` and `Zo.` are names and words as well as months and days.
      return sentenceInitial || (info.category != .month && info.category != .day)
    }
  }

  /// `t.a.v`, `A.B`, `J.W`: parts of one to three letters joined by periods.
  private func isDottedCluster(_ range: Range<Int>) -> Bool {
    var partLength = 0
    var parts = 1
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = text[index]
      if byte == UInt8(ascii: ".") {
        if partLength == 0 { return false }
        parts += 1
        partLength = 0
        index += 1
        continue
      }
      let scalar = UTF8Bytes.scalar(in: text, at: index)
      guard UTF8Bytes.isLetter(scalar) else { return false }
      partLength += 1
      if partLength > 3 { return false }
      index += UTF8Bytes.scalarLength(leadByte: byte)
    }
    return parts >= 2 && partLength > 0
  }

  private func isInitial(_ word: Token) -> Bool {
    let lead = text[word.range.lowerBound]
    guard UTF8Bytes.scalarLength(leadByte: lead) == word.range.count else { return false }
    return UTF8Bytes.isUppercase(UTF8Bytes.scalar(in: text, at: word.range.lowerBound))
  }

  /// 5. Extends `head` over connectors and the parts they join; `next` is the
  /// index of the segment after `head`.
  private func extendCompound(_ segments: [Token], _ next: Int, _ head: Token) -> (token: Token, next: Int) {
    guard isJoinable(head) || isElision(head) else { return (head, next) }
    var last = head
    var index = next
    var allNumbers = head.kind == .number
    while index < segments.count, touches(last, segments[index]) {
      let connectors = connectorLength(segments, at: index, after: last)
      if connectors == 0 { break }
      last = segments[index + connectors]
      allNumbers = allNumbers && last.kind == .number
      index += connectors + 1
      // `r.-k.`: an abbreviated part keeps its period.
      if head.kind == .abbreviation, last.kind == .word, last.range.count <= 3, index < segments.count,
        touches(last, segments[index]), text[segments[index].range.lowerBound] == UInt8(ascii: "."),
        segments[index].range.count == 1
      {
        last = segments[index]
        index += 1
      }
    }
    // A trailing hyphen before a space or comma: `Midden-`, `zorg- en welzijnswerk`.
    if last.kind == .word, index < segments.count, isChar(segments[index], "-"), touches(last, segments[index]),
      precedesSpace(segments[index].range.upperBound)
        || (index + 1 < segments.count && isChar(segments[index + 1], ",")
          && touches(segments[index], segments[index + 1]))
    {
      last = segments[index]
      index += 1
      allNumbers = false
    }
    guard index > next else { return (head, next) }
    return (joined(head, last, kind: allNumbers ? .number : .word), index)
  }

  @inline(__always)
  private func isJoinable(_ token: Token) -> Bool {
    token.kind == .word || token.kind == .number || token.kind == .abbreviation
  }

  private func isElision(_ token: Token) -> Bool {
    token.kind == .word && token.range.count >= 2
      && (text[token.range.lowerBound] == UInt8(ascii: "'") || text[token.range.lowerBound] == 0xE2)
  }

  /// How many connector segments at `index` join `left` to a next part: a
  /// hyphen, slash or ampersand (1), a hyphen and a slash (2, as in
  /// `zorg-/welzijns…`), an en dash only between numbers; 0 for none.
  private func connectorLength(_ segments: [Token], at index: Int, after left: Token) -> Int {
    guard index + 1 < segments.count else { return 0 }
    let connector = segments[index]
    let lead = text[connector.range.lowerBound]
    guard lead == UInt8(ascii: "-") || lead == UInt8(ascii: "/") || lead == UInt8(ascii: "&") || lead == 0xE2,
      let scalar = soleScalar(connector)
    else { return 0 }
    switch scalar {
    case "-", "\u{2010}", "\u{2011}", "/", "&":
      if scalar == "-", index + 2 < segments.count, isChar(segments[index + 1], "/"),
        touches(connector, segments[index + 1]), touches(segments[index + 1], segments[index + 2]),
        isJoinable(segments[index + 2])
      {
        return 2
      }
    case "\u{2013}":
      guard left.kind == .number, segments[index + 1].kind == .number else { return 0 }
    default:
      return 0
    }
    let right = segments[index + 1]
    return touches(connector, right) && isJoinable(right) ? 1 : 0
  }

  /// 6. `14:30`, `4:8` (Awb articles) and `€ 45,-`.
  private func numberForm(_ segments: [Token], _ next: Int, _ number: Token) -> (token: Token, next: Int)? {
    guard next + 1 < segments.count else { return nil }
    let mark = segments[next]
    let lead = text[mark.range.lowerBound]
    guard lead == UInt8(ascii: ":") || lead == UInt8(ascii: ","), mark.range.count == 1 else { return nil }
    let after = segments[next + 1]
    guard touches(number, mark), touches(mark, after) else { return nil }
    if lead == UInt8(ascii: ":") && after.kind == .number {
      return (joined(number, after, kind: .number), next + 2)
    }
    if lead == UInt8(ascii: ",") && (isChar(after, "-") || isChar(after, "=") || isChar(after, "\u{2013}")) {
      let end = after.range.upperBound
      if end < text.count && UTF8Bytes.isDigit(UTF8Bytes.scalar(in: text, at: end)) { return nil }
      return (joined(number, after, kind: .number), next + 2)
    }
    return nil
  }

  /// Units with signs: `m²`, `km³`, `°C`.
  private func unitForm(_ segments: [Token], _ index: Int, _ head: Token, _ next: Int) -> (token: Token, next: Int)? {
    guard next < segments.count, touches(head, segments[next]) else { return nil }
    let following = segments[next]
    if head.kind == .word, following.range.count == 2, text[following.range.lowerBound] == 0xC2,
      text[following.range.lowerBound + 1] == 0xB2 || text[following.range.lowerBound + 1] == 0xB3
    {
      return (joined(head, following, kind: .word), next + 1)
    }
    if soleScalar(head) == "\u{00B0}", following.kind == .word, following.range.count == 1 {
      return (joined(head, following, kind: .word), next + 1)
    }
    return nil
  }

  /// 7. `...` and `..`.
  private func ellipsis(_ segments: [Token], _ index: Int, _ lead: UInt8) -> (token: Token, next: Int)? {
    guard lead == UInt8(ascii: "."), segments[index].range.count == 1 else { return nil }
    var last = index
    while last + 1 < segments.count && segments[last + 1].range.count == 1
      && text[segments[last + 1].range.lowerBound] == UInt8(ascii: ".")
      && touches(segments[last], segments[last + 1])
    {
      last += 1
    }
    guard last > index else { return nil }
    return (joined(segments[index], segments[last], kind: .punctuation), last + 1)
  }
}
