/// One segmented piece of input: its bytes, tokens, sentences, paragraphs and lines.
///
/// Large inputs arrive as several documents (chunks of whole paragraphs);
/// every range is an absolute offset into the input, so findings from any
/// chunk point into the original file.
public struct Document: Sendable {
  /// The text of this chunk, UTF-8.
  public let bytes: [UInt8]
  /// Offset of `bytes[0]` in the input.
  public let baseOffset: Int
  /// Tokens, in order, without whitespace.
  public let tokens: [Token]
  /// Sentences, headings and list items, in order.
  public let sentences: [Sentence]
  /// Paragraphs, in order.
  public let paragraphs: [Paragraph]
  /// Lines and columns of this chunk.
  public let lineTable: LineTable

  /// A document from already segmented parts.
  public init(
    bytes: [UInt8], baseOffset: Int, tokens: [Token], sentences: [Sentence],
    paragraphs: [Paragraph], lineTable: LineTable
  ) {
    self.bytes = bytes
    self.baseOffset = baseOffset
    self.tokens = tokens
    self.sentences = sentences
    self.paragraphs = paragraphs
    self.lineTable = lineTable
  }

  /// The absolute range this chunk covers.
  public var range: TextRange { baseOffset..<baseOffset + bytes.count }

  /// The text at `range` (absolute offsets).
  @inlinable
  public func text(_ range: TextRange) -> String {
    String(decoding: bytes[(range.lowerBound - baseOffset)..<(range.upperBound - baseOffset)], as: UTF8.self)
  }

  /// The text at `range` as a message quotes it: each run of whitespace,
  /// line breaks included, as one space, so a phrase wrapped over two lines
  /// keeps a report to one line per finding.
  public func quotedText(_ range: TextRange) -> String {
    withBytes(range) { bytes in
      var needsCollapse = false
      var previousSpace = false
      for byte in bytes {
        let space = UTF8Bytes.isASCIIWhitespace(byte)
        if (space && byte != 0x20) || (space && previousSpace) || byte >= 0x80 {
          needsCollapse = true
          break
        }
        previousSpace = space
      }
      guard needsCollapse else { return String(decoding: bytes, as: UTF8.self) }
      return String(decoding: UTF8Bytes.collapsingWhitespace(bytes), as: UTF8.self)
    }
  }

  /// The text of `token`.
  public func text(of token: Token) -> String { text(token.range) }

  /// Calls `body` with the bytes at `range` (absolute offsets), without copying.
  @inlinable @inline(__always)
  public func withBytes<Result>(
    _ range: TextRange, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    try bytes.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[(range.lowerBound - baseOffset)..<(range.upperBound - baseOffset)]))
    }
  }

  /// Line and column of an absolute offset.
  public func position(of offset: Int, columnUnit: ColumnUnit = .unicodeScalars) -> TextPosition {
    lineTable.position(of: offset, columnUnit: columnUnit)
  }

  /// A cursor for line and column of offsets asked for mostly in text order.
  public func positionCursor(columnUnit: ColumnUnit = .unicodeScalars) -> PositionCursor {
    lineTable.cursor(columnUnit: columnUnit)
  }

  /// The tokens of `sentence`.
  public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }
}
