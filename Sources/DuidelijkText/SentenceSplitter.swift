import CDuidelijkICU

/// Groups tokens into sentences and paragraphs.
///
/// Dutch rules decide every candidate boundary, with ICU's sentence
/// iterator as the authority on terminators of other scripts: no break after `dhr.`,
/// `o.a.` or an initial (`J. de Vries`), a break after `enz.` before a
/// capital, a break before `,,` quotes and `'s` that ICU misses, and breaks
/// from the layout: list items, headings and short lines such as salutations
/// end at their line break, while a wrapped line inside a paragraph does not.
final class SentenceSplitter {
  private let sentenceBreaks: ICUBreakIterator
  private let abbreviations: AbbreviationLexicon
  private var icuOffsets: [Int32] = []

  /// Lines no longer than this are short (headings, address lines, salutations).
  static let shortLine = 40
  /// Longer lines mean one paragraph per line rather than wrapped text.
  static let unwrappedLine = 100

  /// Capitalised words that start a sentence far more often than a name
  /// after an initial: `… plan B. De gemeente …` breaks, `J. Jansen` does not.
  private static let sentenceStarters: Set<String> = [
    "De", "Het", "Een", "Dit", "Dat", "Deze", "Die", "Wij", "We", "U", "Uw", "Ik", "Hij", "Zij",
    "Ze", "Er", "Als", "Om", "Daarna", "Ook", "Maar", "En", "Toen", "Nu", "Dan", "Daarom",
    "Bovendien", "Wat", "Wie", "Waar", "Hoe", "Waarom", "Na", "Met", "Bij", "Door", "Tijdens",
    "Volgens", "Sinds", "Vanaf", "Omdat", "Hoewel", "Indien", "Zo", "Niet", "Geen", "Alle", "Veel",
    "Soms", "Hier", "Daar", "Verder", "Tevens", "Eerst", "Vervolgens", "Wel", "Toch", "Zoals",
    "Hierdoor", "Daarmee", "Hiermee", "Dus", "Want", "Of", "Mijn", "Onze", "Ons", "Hun", "Zijn",
    "Haar", "Jullie", "Je", "Jij", "Men", "Iedereen", "Niemand", "Voor", "Over", "Uit", "Aan",
  ]

  init(abbreviations: AbbreviationLexicon) throws(ICUError) {
    self.sentenceBreaks = try ICUBreakIterator(kind: DDBreakKindSentence)
    self.abbreviations = abbreviations
  }

  /// Sentences and paragraphs of `tokens` (offsets relative to `text`).
  /// `unitBreaks` (relative offsets, ascending) are where markup starts a
  /// new unit (a heading, list item or table cell): always a paragraph break.
  func split(
    _ tokens: [Token], in text: UnsafeBufferPointer<UInt8>, lineStarts: [Int], unitBreaks: [Int] = [],
    layoutFromLines: Bool = true
  ) throws(ICUError) -> (sentences: [Sentence], paragraphs: [Paragraph]) {
    guard !tokens.isEmpty else { return ([], []) }
    // ICU's proposals only matter after terminators outside the Dutch set
    // (`。`, `؟`, `।`); a chunk without them skips the second ICU pass.
    if tokens.contains(where: { $0.kind == .punctuation && text[$0.range.lowerBound] >= 0x80 && isForeignTerminator($0, text) }) {
      try sentenceBreaks.boundaries(in: text, into: &icuOffsets)
    } else {
      icuOffsets.removeAll(keepingCapacity: true)
    }
    let layout = LineLayout(text: text, lineStarts: lineStarts)
    var context = Context(text: text, tokens: tokens, layout: layout, abbreviations: abbreviations)
    context.layoutFromLines = layoutFromLines

    var sentences: [Sentence] = []
    var paragraphs: [Paragraph] = []
    var sentenceStart = 0
    var paragraphStart = 0
    var icuIndex = 0
    var unitIndex = 0
    for index in 1...tokens.count {
      let atEnd = index == tokens.count
      var breaksSentence = atEnd
      var breaksParagraph = atEnd
      if !atEnd {
        let gapStart = tokens[index - 1].range.upperBound
        let gapEnd = tokens[index].range.lowerBound
        while icuIndex < icuOffsets.count && Int(icuOffsets[icuIndex]) < gapStart { icuIndex += 1 }
        let icuProposes = icuIndex < icuOffsets.count && Int(icuOffsets[icuIndex]) <= gapEnd
        while unitIndex < unitBreaks.count && unitBreaks[unitIndex] < gapStart { unitIndex += 1 }
        if unitIndex < unitBreaks.count && unitBreaks[unitIndex] <= gapEnd {
          breaksSentence = true
          breaksParagraph = true
        } else {
          let decision = context.decide(before: index, icuProposes: icuProposes)
          breaksSentence = decision != .none
          breaksParagraph = decision == .paragraph
        }
      }
      guard breaksSentence else { continue }
      let sentenceLayout = context.layout(ofSentence: sentenceStart..<index)
      sentences.append(
        Sentence(
          range: tokens[sentenceStart].range.lowerBound..<tokens[index - 1].range.upperBound,
          tokens: sentenceStart..<index, layout: sentenceLayout,
          wordCount: tokens[sentenceStart..<index].reduce(0) { $0 + ($1.isWordLike ? 1 : 0) }))
      sentenceStart = index
      // Headings and list items are paragraphs of their own.
      if breaksParagraph || sentenceLayout != .prose
        || (index < tokens.count && context.layout(ofSentenceStartingAt: index) != .prose)
      {
        let first = sentences[paragraphStart].range.lowerBound
        paragraphs.append(
          Paragraph(range: first..<sentences[sentences.count - 1].range.upperBound,
                    sentences: paragraphStart..<sentences.count))
        paragraphStart = sentences.count
      }
    }
    if paragraphStart < sentences.count {
      paragraphs.append(
        Paragraph(range: sentences[paragraphStart].range.lowerBound..<sentences.last!.range.upperBound,
                  sentences: paragraphStart..<sentences.count))
    }
    return (sentences, paragraphs)
  }
}

/// A sentence terminator the Dutch rules do not know themselves.
private func isForeignTerminator(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
  let scalar = UTF8Bytes.scalar(in: text, at: token.range.lowerBound)
  return scalar.properties.isSentenceTerminal && scalar != "\u{2026}"
}

/// What the splitter decides between two tokens.
enum BoundaryDecision {
  case none
  case sentence
  case paragraph
}

/// The per-chunk state of the splitter's rules.
private struct Context {
  let text: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let layout: LineLayout
  let abbreviations: AbbreviationLexicon
  /// False for markup, whose units come as unit breaks: a line break is then a wrap.
  var layoutFromLines = true

  init(text: UnsafeBufferPointer<UInt8>, tokens: [Token], layout: LineLayout, abbreviations: AbbreviationLexicon) {
    self.text = text
    self.tokens = tokens
    self.layout = layout
    self.abbreviations = abbreviations
  }

  /// The line of token `index`.
  @inline(__always)
  private func line(ofToken index: Int) -> Int { layout.lineIndex(of: tokens[index].range.lowerBound) }

  // MARK: Token tests

  private func soleScalar(_ token: Token) -> Unicode.Scalar? {
    guard token.kind == .punctuation || token.kind == .symbol,
      UTF8Bytes.scalarLength(leadByte: text[token.range.lowerBound]) == token.range.count
    else { return nil }
    return UTF8Bytes.scalar(in: text, at: token.range.lowerBound)
  }

  private func firstScalar(_ token: Token) -> Unicode.Scalar {
    UTF8Bytes.scalar(in: text, at: token.range.lowerBound)
  }

  private func isTerminator(_ token: Token) -> Bool {
    guard token.kind == .punctuation else { return false }
    if token.range.count > 1 && text[token.range.lowerBound] == UInt8(ascii: ".") { return true }  // ...
    switch soleScalar(token) {
    case ".", "!", "?", "\u{2026}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}": return true
    default: return false
    }
  }

  /// Closing quotes and brackets that stay with the sentence they end.
  private func isCloser(_ token: Token) -> Bool {
    guard token.kind == .punctuation else { return false }
    if token.range.count == 2 && text[token.range.lowerBound] == UInt8(ascii: "'")
      && text[token.range.lowerBound + 1] == UInt8(ascii: "'")
    {
      return true
    }
    switch soleScalar(token) {
    case ")", "]", "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": return true
    default: return false
    }
  }

  private func isOpeningQuote(_ token: Token) -> Bool {
    guard token.kind == .punctuation else { return false }
    if token.range.count == 2 && text[token.range.lowerBound] == UInt8(ascii: ",") { return true }  // ,,
    switch soleScalar(token) {
    case "\u{201E}", "\u{201C}", "\u{2018}", "\u{00AB}", "(", "[", "\"", "'": return true
    default: return false
    }
  }

  /// `Stop Aids Now!, waarmee …`: a comma or semicolon after `!` or `?` goes on with the sentence.
  private func continuesSentence(_ token: Token) -> Bool {
    switch soleScalar(token) {
    case ",", ";", ":", "-", "\u{2013}": true
    default: false
    }
  }

  private func startsLowercase(_ token: Token) -> Bool {
    UTF8Bytes.isLowercase(firstScalar(token))
  }

  private func isElision(_ token: Token) -> Bool {
    token.kind == .word && (text[token.range.lowerBound] == UInt8(ascii: "'") || text[token.range.lowerBound] == 0xE2)
  }

  private func text(of token: Token) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: text[token.range]), as: UTF8.self)
  }

  /// Line breaks in the gap before token `index`.
  private func lineBreaks(before index: Int) -> Int {
    var breaks = 0
    var offset = tokens[index - 1].range.upperBound
    let end = tokens[index].range.lowerBound
    while offset < end {
      let byte = text[offset]
      if byte == 0x0A {
        breaks += 1
      } else if byte == 0x0D && !(offset + 1 < end && text[offset + 1] == 0x0A) {
        breaks += 1
      }
      offset += 1
    }
    return breaks
  }

  // MARK: Layout

  /// Whether a line break lies inside the tokens of `range`.
  private func spansLineBreak(_ range: Range<Int>) -> Bool {
    let span = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    for offset in span where text[offset] == 0x0A || text[offset] == 0x0D { return true }
    return false
  }

  /// Whether token `index` opens a list item: a bullet, `1.`, `1)`, `a)` or
  /// `a.` first on its line and followed by a space.
  func opensListItem(_ index: Int) -> Bool {
    let token = tokens[index]
    guard followsLineStart(token.range.lowerBound) else { return false }
    if let scalar = soleScalar(token) {
      switch scalar {
      case "-", "\u{2013}", "\u{2014}", "\u{2022}", "\u{00B7}", "*", "\u{25AA}", "\u{25E6}",
        "\u{25CF}", "\u{25BA}", "\u{2713}", "\u{2192}", "\u{25A0}", "+", ">":
        return followedBySpace(token)
      default:
        return false
      }
    }
    guard index + 1 < tokens.count else { return false }
    let mark = tokens[index + 1]
    guard mark.range.lowerBound == token.range.upperBound, followedBySpace(mark) else { return false }
    let markScalar = soleScalar(mark)
    switch token.kind {
    case .number:
      return token.range.count <= 3 && (markScalar == "." || markScalar == ")")
    case .word:
      return token.range.count == 1 && (markScalar == ")" || (markScalar == "." && startsLowercase(token)))
    default:
      return false
    }
  }

  private func followedBySpace(_ token: Token) -> Bool {
    let end = token.range.upperBound
    return end < text.count && UTF8Bytes.isWhitespace(UTF8Bytes.scalar(in: text, at: end))
  }

  /// Whether only spaces lie between the start of the line and `offset`.
  private func followsLineStart(_ offset: Int) -> Bool {
    var position = offset
    while position > 0 {
      let byte = text[position - 1]
      if byte == 0x0A || byte == 0x0D { return true }
      if byte != 0x20 && byte != 0x09 { return false }
      position -= 1
    }
    return true
  }

  /// Index of the first token on the line of token `index`.
  private func firstTokenOfLine(containing index: Int) -> Int {
    var first = index
    while first > 0 && !followsLineStart(tokens[first].range.lowerBound) { first -= 1 }
    return first
  }

  func layout(ofSentence range: Range<Int>) -> SentenceLayout {
    if opensListItem(range.lowerBound) { return .listItem }
    let last = tokens[range.upperBound - 1]
    // A heading ends in a word or number: `Bezwaar maken`, not `als volgt:`.
    if last.kind != .punctuation, !spansLineBreak(range),
      range.upperBound == tokens.count || lineBreaks(before: range.upperBound) > 0,
      followsLineStart(tokens[range.lowerBound].range.lowerBound),
      layout.length(ofLine: line(ofToken: range.lowerBound)) <= SentenceSplitter.unwrappedLine
    {
      return .heading
    }
    return .prose
  }

  func layout(ofSentenceStartingAt index: Int) -> SentenceLayout {
    opensListItem(index) ? .listItem : .prose
  }

  // MARK: Decision

  /// Whether a sentence (or paragraph) ends before token `index`.
  mutating func decide(before index: Int, icuProposes: Bool) -> BoundaryDecision {
    // Most gaps are one space after a word: nothing to decide.
    let previous = tokens[index - 1]
    let previousKind = previous.kind
    let gapStart = previous.range.upperBound
    if previousKind != .punctuation && previousKind != .abbreviation
      && (tokens[index].range.lowerBound == gapStart
        || (tokens[index].range.lowerBound == gapStart + 1 && text[gapStart] == 0x20))
    {
      return .none
    }
    let breaks = lineBreaks(before: index)
    if breaks == 0 && previousKind != .punctuation && previousKind != .abbreviation { return .none }
    if breaks >= 2 { return .paragraph }
    let next = tokens[index]
    // The last token that is not a closing quote or bracket.
    var last = index - 1
    // At most three closers (`.'')` ) are looked through.
    while last > 0 && last > index - 4 && isCloser(tokens[last]) { last -= 1 }
    let ending = tokens[last]

    // A closing quote after a space still ends the sentence it closes: `houden. ''`.
    if isCloser(next) && isTerminator(tokens[index - 1]) && breaks == 0 && followedBySpaceOrEnd(next) {
      return .none
    }
    if isTerminator(ending) {
      if breaks == 0 && next.kind == .punctuation && (isCloser(next) || continuesSentence(next)) {
        return .none
      }
      if startsLowercase(next) && !isElision(next) {
        return breaks > 0 && opensListItem(index) ? .sentence : .none
      }
      if isOrdinalListMarker(last) { return .none }
      return paragraphOrSentence(afterLineBreaks: breaks, before: index)
    }
    if ending.kind == .abbreviation && text[ending.range.upperBound - 1] == UInt8(ascii: ".") {
      if let decision = decideAfterAbbreviation(ending, next: next, breaks: breaks, before: index) {
        return decision
      }
    } else if icuProposes && breaks == 0 && ending.kind == .punctuation && !startsLowercase(next)
      && Tokenizer.isPunctuation(firstScalar(ending)) && isICUTerminal(ending)
    {
      return .sentence
    }
    guard breaks == 1, layoutFromLines else { return .none }
    return decideAtLineBreak(before: index, ending: ending)
  }

  private func followedBySpaceOrEnd(_ token: Token) -> Bool {
    token.range.upperBound >= text.count || followedBySpace(token)
  }

  /// Terminators of other scripts, which ICU knows (`。`, `؟`, `।`).
  private func isICUTerminal(_ token: Token) -> Bool {
    guard let scalar = soleScalar(token) else { return false }
    return scalar.properties.isSentenceTerminal
  }

  /// `1.` at the start of a line is a list number, not the end of a sentence.
  private func isOrdinalListMarker(_ periodIndex: Int) -> Bool {
    guard periodIndex > 0 else { return false }
    return opensListItem(periodIndex - 1) && tokens[periodIndex - 1].kind == .number
  }

  private func paragraphOrSentence(afterLineBreaks breaks: Int, before index: Int) -> BoundaryDecision {
    guard breaks == 1 else { return .sentence }
    // One paragraph per line: a line break after a long line ends the paragraph.
    return layout.length(ofLine: line(ofToken: index - 1)) > SentenceSplitter.unwrappedLine ? .paragraph : .sentence
  }

  private mutating func decideAfterAbbreviation(
    _ abbreviation: Token, next: Token, breaks: Int, before index: Int
  ) -> BoundaryDecision? {
    let nextScalar = firstScalar(next)
    let bytes = UnsafeBufferPointer(rebasing: text[abbreviation.range])
    let info = abbreviations.lookup(bytes) ?? lowercasedLookup(bytes)
    if let info {
      if info.canEndSentence && (UTF8Bytes.isUppercase(nextScalar) || isOpeningQuote(next)) {
        return paragraphOrSentence(afterLineBreaks: breaks, before: index)
      }
      return breaks == 1 ? nil : BoundaryDecision.none
    }
    // An initial or an unknown dotted abbreviation: a break only before a
    // word that usually starts a sentence.
    if next.kind == .word && UTF8Bytes.isUppercase(nextScalar)
      && SentenceSplitter.sentenceStartersContains(text(of: next))
    {
      return paragraphOrSentence(afterLineBreaks: breaks, before: index)
    }
    return breaks == 1 ? nil : BoundaryDecision.none
  }

  /// `… Thuiszorg De Linde B.V.⏎De zorgaanbieder …`: a listed abbreviation at
  /// the end of a line, then a word that usually starts a sentence.
  private func abbreviationEndsLine(_ abbreviation: Token, next: Token) -> Bool {
    next.kind == .word && UTF8Bytes.isUppercase(firstScalar(next))
      && SentenceSplitter.sentenceStartersContains(text(of: next))
      && text[abbreviation.range.upperBound - 1] == UInt8(ascii: ".")
  }

  private func lowercasedLookup(_ bytes: UnsafeBufferPointer<UInt8>) -> AbbreviationInfo? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
      UTF8Bytes.lowercase(bytes, into: lowered)
      return abbreviations.lookup(UnsafeBufferPointer(lowered))
    }
  }

  /// A single line break without final punctuation before it.
  private func decideAtLineBreak(before index: Int, ending: Token) -> BoundaryDecision {
    if opensListItem(index) { return .sentence }
    let previousLineIndex = line(ofToken: index - 1)
    let previousLength = layout.length(ofLine: previousLineIndex)
    let next = tokens[index]
    let nextScalar = firstScalar(next)
    let startsLikeSentence =
      UTF8Bytes.isUppercase(nextScalar) || UTF8Bytes.isDigit(nextScalar) || isOpeningQuote(next)
      || next.kind == .symbol
    // A list item ends at its line unless the next line is an indented continuation.
    let itemStart = firstTokenOfLine(containing: index - 1)
    if opensListItem(itemStart)
      && layout.indent(ofLine: line(ofToken: index)) <= layout.indent(ofLine: previousLineIndex)
    {
      return .sentence
    }
    let nextLength = layout.length(ofLine: line(ofToken: index))
    let wrapped = layout.longestInBlock(ofLine: previousLineIndex)
    // Address and signature blocks: short lines, each a unit, whatever the
    // case of the next (`J. Bakker⏎teamleider Vergunningen`, `⏎www.assen.nl`).
    let shortBlock = previousLength <= SentenceSplitter.shortLine && nextLength <= SentenceSplitter.shortLine
      && wrapped < 60 && soleScalar(ending) != ","
    if next.kind == .url || next.kind == .email || (shortBlock && !startsLikeSentence) { return .sentence }
    if ending.kind == .abbreviation && abbreviationEndsLine(ending, next: next) { return .sentence }
    guard startsLikeSentence else { return .none }
    if soleScalar(ending) == ":" || startsWithLabel(index) { return .sentence }
    if previousLength > SentenceSplitter.unwrappedLine { return .paragraph }
    if previousLength <= SentenceSplitter.shortLine { return .sentence }
    // A block that is not wrapped prose (`Afdeling …, Toezicht en Handhaving⏎Postbus 30018`).
    if wrapped < 60 && nextLength <= SentenceSplitter.shortLine { return .sentence }
    // In wrapped text a line much shorter than the others was broken on purpose.
    if wrapped >= 60 && previousLength * 10 < wrapped * 6 { return .sentence }
    return .none
  }

  /// `Locatie: …`, `Kenmerk: …`: a line that starts with a label and a colon.
  private func startsWithLabel(_ index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index].kind == .word, UTF8Bytes.isUppercase(firstScalar(tokens[index])) else {
      return false
    }
    let colon = tokens[index + 1]
    return colon.range.lowerBound == tokens[index].range.upperBound && soleScalar(colon) == ":"
  }
}

extension SentenceSplitter {
  fileprivate static func sentenceStartersContains(_ word: String) -> Bool {
    sentenceStarters.contains(word)
  }
}
