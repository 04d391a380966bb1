import DuidelijkText

/// Builds the `ProseText` of a Markdown or HTML source: starts from blanks
/// with the source's line breaks and takes prose bytes at their own offsets.
struct ProseBuilder {
  private var bytes: [UInt8]
  private var unitBreaks: [Int] = []
  private var directives: [InlineDirective] = []
  private var unitPending = true

  /// Blanks as long as `source`, with its line breaks.
  init(blanking source: UnsafeBufferPointer<UInt8>) {
    bytes = [UInt8](repeating: 0x20, count: source.count)
    bytes.withUnsafeMutableBufferPointer { output in
      for index in source.indices where source[index] == 0x0A || source[index] == 0x0D {
        output[index] = source[index]
      }
    }
  }

  /// The next prose starts a unit of its own.
  mutating func startUnit() { unitPending = true }

  /// Keeps `source[range]` as prose (its line breaks are there already).
  mutating func keep(_ range: Range<Int>, of source: UnsafeBufferPointer<UInt8>) {
    guard !range.isEmpty else { return }
    if unitPending, let first = range.first(where: { !UTF8Bytes.isASCIIWhitespace(source[$0]) }) {
      markUnit(at: first)
    }
    bytes.withUnsafeMutableBufferPointer { output in
      for index in range where source[index] != 0x0A && source[index] != 0x0D { output[index] = source[index] }
    }
  }

  /// Writes `scalar`, decoded from `source[span]` (a reference or an escape),
  /// at the start of the span. The rest is blank, unless a word goes on right
  /// after the span (`caf&eacute;s`, `auto&rsquo;s`): blanks would cut it in
  /// two, so the rest is filled with invisible format characters (soft
  /// hyphens, a word joiner) that word breaking passes over. A scalar whose
  /// UTF-8 is longer than the span keeps the source bytes instead.
  mutating func write(_ scalar: Unicode.Scalar, over span: Range<Int>, of source: UnsafeBufferPointer<UInt8>) {
    let encoded = UTF8.encode(scalar)!
    guard encoded.count <= span.count else {
      keep(span, of: source)
      return
    }
    // A decoded line break would add a line the source does not have.
    if scalar.value < 0x20 && scalar != "\t" { return }
    if unitPending && !UTF8Bytes.isWhitespace(scalar) { markUnit(at: span.lowerBound) }
    var index = span.lowerBound
    for byte in encoded {
      bytes[index] = byte
      index += 1
    }
    var padding = span.upperBound - index
    guard padding >= 2, Self.isWordPart(scalar), span.upperBound < source.count,
      Self.continuesWord(source[span.upperBound])
    else { return }
    if padding % 2 == 1 {
      for byte in Self.wordJoiner {
        bytes[index] = byte
        index += 1
      }
      padding -= 3
    }
    for _ in 0..<(padding / 2) {
      bytes[index] = Self.softHyphen[0]
      bytes[index + 1] = Self.softHyphen[1]
      index += 2
    }
  }

  /// U+00AD and U+2060: format characters, inside a word for ICU.
  private static let softHyphen: [UInt8] = [0xC2, 0xAD]
  private static let wordJoiner: [UInt8] = [0xE2, 0x81, 0xA0]

  /// A letter, digit or apostrophe, as in `auto’s`.
  private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "\u{2019}"
      || scalar == "'"
  }

  /// A letter, digit, non-ASCII character or another reference.
  private static func continuesWord(_ byte: UInt8) -> Bool {
    ASCII.isAlphanumeric(byte) || byte >= 0x80 || byte == UInt8(ascii: "&")
  }

  /// Records a directive comment.
  mutating func add(_ directive: InlineDirective) { directives.append(directive) }

  private mutating func markUnit(at offset: Int) {
    unitPending = false
    if unitBreaks.last.map({ $0 < offset }) ?? true { unitBreaks.append(offset) }
  }

  /// The prose built so far.
  func build() -> ProseText { ProseText(bytes: bytes, unitBreaks: unitBreaks, directives: directives) }
}
