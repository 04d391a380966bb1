/// A piece of input made of whole paragraphs (unless a paragraph is huge),
/// with what it takes to number its lines as part of the whole file.
public struct TextChunk: Sendable {
  /// UTF-8 text, without a byte-order mark.
  public var bytes: [UInt8]
  /// Offset of `bytes[0]` in the input (3 after a byte-order mark).
  public var baseOffset: Int
  /// Line number of the chunk's first line.
  public var firstLine: Int
  /// The part of the first line that earlier chunks held.
  public var firstLinePrefix: LinePrefix
  /// Offsets into `bytes` where markup starts a unit of its own (a heading,
  /// list item, table cell or block), ascending: sentences never cross them.
  public var unitBreaks: [Int]
  /// Whether line breaks tell the layout (plain text: headings, address
  /// lines). In Markdown and HTML the markup gives the units, and a line
  /// break inside a paragraph is only a wrap.
  public var layoutFromLines: Bool

  /// A chunk of `bytes` starting at `baseOffset`.
  public init(
    bytes: [UInt8], baseOffset: Int, firstLine: Int = 1, firstLinePrefix: LinePrefix = .init(),
    unitBreaks: [Int] = [], layoutFromLines: Bool = true
  ) {
    self.layoutFromLines = layoutFromLines
    self.bytes = bytes
    self.baseOffset = baseOffset
    self.firstLine = firstLine
    self.firstLinePrefix = firstLinePrefix
    self.unitBreaks = unitBreaks
  }
}

/// How the input was encoded on disk.
public enum TextEncoding: Sendable, Equatable {
  case utf8
  case utf8WithByteOrderMark
  case utf16LittleEndian
  case utf16BigEndian

  /// Bytes of the byte-order mark in the UTF-8 form (0 or 3).
  public var byteOrderMarkLength: Int { self == .utf8 ? 0 : 3 }
}
