/// Collects the paragraphs of a WordprocessingML main document
/// (`word/document.xml`) as plain text, one paragraph per line.
///
/// Runs are joined; `<w:tab/>` is a tab, `<w:br/>` and `<w:cr/>` are U+2028
/// (a break inside the paragraph, not a line of the line table).
/// Deleted and moved-away text (`w:del`, `w:moveFrom`), properties
/// (`w:pPr`, `w:rPr`, …, which hold tab stops and old formatting) and the
/// VML copy of a drawing (`mc:Fallback`) are skipped. A paragraph inside
/// another (in a text box) gets a line of its own, before its outer one.
final class WordDocumentHandler: XMLEventHandler {
  private(set) var text: [UInt8] = []
  private(set) var paragraphStarts: [Int] = []
  /// The text of the open paragraphs, innermost last.
  private var openParagraphs: [[UInt8]] = []
  /// How deep inside skipped elements the parser is (0: not skipped).
  private var skipDepth = 0
  private var inText = false

  private static let transitional: StaticString = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  private static let strict: StaticString = "http://purl.oclc.org/ooxml/wordprocessingml/main"
  private static let compatibility: StaticString = "http://schemas.openxmlformats.org/markup-compatibility/2006"

  func startElement(_ name: XMLName, attributes: XMLAttributes) {
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    if name.isIn(Self.compatibility) {
      if name.is("Fallback") { skipDepth = 1 }
      return
    }
    guard name.isIn(Self.transitional) || name.isIn(Self.strict) else { return }
    if name.is("p") {
      openParagraphs.append([])
    } else if name.is("t") {
      inText = true
    } else if name.is("tab") || name.is("ptab") {
      append([0x09])
    } else if name.is("br") || name.is("cr") {
      append([0xE2, 0x80, 0xA8])
    } else if name.is("noBreakHyphen") {
      // A plain hyphen, so `e-mail` stays one word for the tokenizer.
      append([UInt8(ascii: "-")])
    } else if name.is("del") || name.is("moveFrom") || name.hasSuffix("Pr") {
      skipDepth = 1
    }
  }

  func endElement(_ name: XMLName) {
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    guard name.isIn(Self.transitional) || name.isIn(Self.strict) else { return }
    if name.is("t") {
      inText = false
    } else if name.is("p"), let paragraph = openParagraphs.popLast() {
      paragraphStarts.append(text.count)
      text.append(contentsOf: paragraph)
      text.append(0x0A)
    }
  }

  func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard inText && skipDepth == 0 && !openParagraphs.isEmpty else { return }
    let start = openParagraphs[openParagraphs.count - 1].count
    append(bytes)
    // A line break in the text would make a paragraph two lines.
    for index in start..<openParagraphs[openParagraphs.count - 1].count {
      let byte = openParagraphs[openParagraphs.count - 1][index]
      if byte == 0x0A || byte == 0x0D { openParagraphs[openParagraphs.count - 1][index] = 0x20 }
    }
  }

  private func append(_ bytes: some Collection<UInt8>) {
    guard skipDepth == 0 && !openParagraphs.isEmpty else { return }
    openParagraphs[openParagraphs.count - 1].append(contentsOf: bytes)
  }
}
