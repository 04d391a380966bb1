import DuidelijkMarkup
import Testing

@Suite("Input type detection")
struct InputTypeTests {
  @Test func theExtensionDecides() {
    #expect(InputType.detect(path: "brief.md", firstBytes: []) == .markdown)
    #expect(InputType.detect(path: "docs/Brief.MARKDOWN", firstBytes: []) == .markdown)
    #expect(InputType.detect(path: "site/index.htm", firstBytes: []) == .html)
    #expect(InputType.detect(path: "a.b/pagina.html", firstBytes: []) == .html)
    #expect(InputType.detect(path: "besluit.docx", firstBytes: Array("<html>".utf8)) == .docx)
    #expect(InputType.detect(path: "notitie.txt", firstBytes: Array("<!DOCTYPE html>".utf8)) == .text)
  }

  @Test func elseTheContentDecides() {
    #expect(InputType.detect(path: nil, firstBytes: [0x50, 0x4B, 0x03, 0x04, 0x14]) == .docx)
    #expect(InputType.detect(path: "<stdin>", firstBytes: Array("\u{FEFF}\n  <!DOCTYPE HTML>".utf8)) == .html)
    #expect(InputType.detect(path: "pagina", firstBytes: Array("<HTML lang=nl>".utf8)) == .html)
    #expect(InputType.detect(path: ".md", firstBytes: Array("# Kop".utf8)) == .text)
    #expect(InputType.detect(path: nil, firstBytes: Array("<p>Alleen een alinea</p>".utf8)) == .text)
    #expect(InputType.detect(path: nil, firstBytes: []) == .text)
  }

  @Test func textComesBackUnchanged() throws {
    let bytes = Array("# Geen Markdown\n".utf8)
    #expect(try ProseExtractor.prose(from: bytes, type: .text) == ProseText(bytes: bytes))
  }
}
