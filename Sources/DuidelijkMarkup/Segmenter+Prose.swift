import DuidelijkText

extension Segmenter {
  /// Segments `prose` extracted from `source`, with columns counted in the
  /// source: a decoded reference (`&euro;` → `€`) takes fewer characters
  /// than it did, so the prose's own columns would drift after it. Lines are
  /// the same either way. `source` is nil for a `.docx`, whose offsets and
  /// columns are those of its extracted text.
  public func document(for prose: ProseText, source: [UInt8]?, baseOffset: Int = 0) throws(ICUError) -> Document {
    let document = try self.document(for: prose.chunk(baseOffset: baseOffset))
    guard let source else { return document }
    // Columns do not count a byte-order mark.
    let byteOrderMark = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let lines = LineTable(bytes: Array(source[byteOrderMark...]), baseOffset: baseOffset + byteOrderMark)
    return Document(
      bytes: document.bytes, baseOffset: document.baseOffset, tokens: document.tokens,
      sentences: document.sentences, paragraphs: document.paragraphs, lineTable: lines)
  }
}
