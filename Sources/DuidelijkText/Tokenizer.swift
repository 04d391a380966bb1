import CDuidelijkICU

/// Splits UTF-8 text into tokens: ICU's word boundaries, then Dutch repairs.
///
/// ICU splits `i.v.m.`, `'s-Hertogenbosch`, `e-mail`, `2025-2026`, `14:30`,
/// URLs and e-mail addresses. The repairs run in a fixed order, each a named
/// pass over the token array (see `DutchTokenRepairs`).
final class Tokenizer {
  private let wordBreaks: ICUBreakIterator
  private let abbreviations: AbbreviationLexicon
  private var offsets: [Int32] = []
  /// ICU's segments, reused from chunk to chunk.
  private var segments: [Token] = []

  init(abbreviations: AbbreviationLexicon, wordBreaksByICUOnly: Bool = false) throws(ICUError) {
    self.wordBreaks = try ICUBreakIterator(kind: DDBreakKindWord, simpleWordBreaks: !wordBreaksByICUOnly)
    self.abbreviations = abbreviations
  }

  /// Tokens of `text`, with offsets relative to its start.
  func tokens(in text: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [Token] {
    try wordBreaks.boundaries(in: text, into: &offsets)
    // Local copies: appending to a class's stored array checks exclusive
    // access at every call, a fifth of this loop.
    var segments = self.segments
    self.segments = []
    segments.removeAll(keepingCapacity: true)
    defer { self.segments = segments }
    var start = 0
    for boundary in offsets {
      let end = Int(boundary)
      defer { start = end }
      let lead = text[start]
      if lead < 0x80 {
        if UTF8Bytes.isASCIIWhitespace(lead) { continue }
      } else if UTF8Bytes.isWhitespace(UTF8Bytes.scalar(in: text, at: start)) {
        continue
      }
      segments.append(Token(range: start..<end, kind: Self.kind(of: text, at: start)))
    }
    return DutchTokenRepairs(text: text, abbreviations: abbreviations)
      .tokens(from: segments, links: LinkScanner.links(in: text))
  }

  /// The kind of a segment from its first character: ICU keeps letters,
  /// digits and their inner separators together, so the first tells.
  @inline(__always)
  static func kind(of text: UnsafeBufferPointer<UInt8>, at start: Int) -> TokenKind {
    let lead = text[start]
    if lead < 0x80 {
      if lead >= 0x30 && lead <= 0x39 { return .number }
      let lower = lead | 0x20
      if lower >= 0x61 && lower <= 0x7A { return .word }
      return isPunctuation(Unicode.Scalar(lead)) ? .punctuation : .symbol
    }
    let first = UTF8Bytes.scalar(in: text, at: start)
    if first.properties.isAlphabetic { return .word }
    if first.properties.numericType != nil { return .number }
    return isPunctuation(first) ? .punctuation : .symbol
  }

  /// Whether `scalar` is punctuation (general category P*) rather than a symbol.
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      // ASCII symbols: $ + < = > ^ ` | ~ ; everything else printable and not alphanumeric is punctuation.
      switch scalar {
      case "$", "+", "<", "=", ">", "^", "`", "|", "~": return false
      default: return true
      }
    }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
