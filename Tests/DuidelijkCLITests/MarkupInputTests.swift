import Foundation
import Testing

@Suite("duidelijk analyze on Markdown, HTML and .docx")
struct MarkupInputTests {
  static let markdown = """
    # Uw aanvraag

    Wij hebben uw **aanvraag** ontvangen. Lees [de regels](https://www.voorbeeld.nl/regels).

    - Stuur een `kopie` mee.
    - Bel ons bij vragen.

    ```
    code telt niet
    ```

    """

  @Test func markdownOffsetsPointIntoTheSource() throws {
    let run = try CLIRun.run(["analyze", "--input-type", "markdown", "--format", "jsonl"], stdin: Self.markdown)
    #expect(run.status == 0)
    let source = Array(Self.markdown.utf8)
    var texts: [String] = []
    for line in try run.jsonLines() {
      for token in try #require(line["tokens"] as? [[String: Any]]) {
        let start = try #require(token["start"] as? Int)
        let end = try #require(token["end"] as? Int)
        let text = try #require(token["text"] as? String)
        #expect(String(decoding: source[start..<end], as: UTF8.self) == text)
        texts.append(text)
      }
    }
    #expect(!texts.contains("#") && !texts.contains("code") && !texts.contains("kopie") && !texts.contains("https"))
    let lines = try run.jsonLines()
    #expect(lines.count == 5)
    #expect(lines.first?["start"] as? Int == 2)
  }

  @Test func theTextFormatShowsTheProse() throws {
    let run = try CLIRun.run(["analyze", "--stdin-filename", "brief.md"], stdin: Self.markdown)
    #expect(run.status == 0)
    #expect(
      run.output == """
        Uw aanvraag
        Wij hebben uw aanvraag ontvangen.
        Lees de regels .
        Stuur een mee.
        Bel ons bij vragen.

        """)
  }

  @Test func htmlIsDetectedByItsExtensionAndContent() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = "<!doctype html><title>Afval</title><p>Zet de bak buiten.<script>x = 1</script></p>"
    let page = folder.appendingPathComponent("pagina.htm")
    try Data(html.utf8).write(to: page)
    let byExtension = try CLIRun.run(["analyze", page.path])
    #expect(byExtension.output == "Afval\nZet de bak buiten.\n")
    let byContent = try CLIRun.run(["analyze"], stdin: html)
    #expect(byContent.output == byExtension.output)
    let asText = try CLIRun.run(["analyze", "--input-type", "text", page.path])
    #expect(asText.output.contains("script"))
  }

  @Test func utf16MarkdownWithByteOrderMarkHasUTF8Offsets() throws {
    var data = Data([0xFF, 0xFE])
    data.append("# Kop\n\nEen zin.\n".data(using: .utf16LittleEndian)!)
    let run = try CLIRun.run(["analyze", "--input-type", "markdown", "--format", "jsonl"], stdin: data)
    #expect(run.status == 0)
    let lines = try run.jsonLines()
    // Offsets into the UTF-8 form, counting the byte-order mark as 3 bytes.
    #expect(lines.map { $0["start"] as? Int } == [5, 10])
  }

  static let docxFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("DuidelijkMarkupTests/Fixtures/besluit.docx")

  @Test func docxTextFormatPrintsTheExtractedText() throws {
    let run = try CLIRun.run(["analyze", Self.docxFixture.path])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 10)
    #expect(lines[3] == "Wij hebben uw aanvraag goed bekeken. U krijgt de vergunning.")
    // jsonl offsets point into exactly that text.
    let json = try CLIRun.run(["analyze", "--format", "jsonl", Self.docxFixture.path])
    let text = Array(run.stdout)
    for line in try json.jsonLines() {
      let start = try #require(line["start"] as? Int)
      let end = try #require(line["end"] as? Int)
      #expect(String(decoding: text[start..<end], as: UTF8.self) == line["text"] as? String)
    }
  }

  @Test func docxOnStdinIsRecognisedByItsSignature() throws {
    let run = try CLIRun.run(["analyze"], stdin: try Data(contentsOf: Self.docxFixture))
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("Besluit op uw aanvraag\nGeachte heer Jansen,\n"))
  }

  @Test func aDamagedDocxIsExit2AndTheOtherFilesGoOn() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = folder.appendingPathComponent("kapot.docx")
    try Data("Dit is geen Word-document.".utf8).write(to: broken)
    let good = folder.appendingPathComponent("goed.md")
    try Data("Dit is *goed*.".utf8).write(to: good)
    let run = try CLIRun.run(["analyze", folder.path])
    #expect(run.status == 2)
    #expect(
      run.stderr == """
        duidelijk: error: damaged .docx archive: not a ZIP archive (a password-protected document is not one) \
        (\(broken.path))

        """)
    #expect(run.output == "Dit is goed .\n")
  }

  @Test func anUnknownInputTypeIsAUsageError() throws {
    let run = try CLIRun.run(["analyze", "--input-type", "pdf"], stdin: "Tekst.")
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("duidelijk: error: "))
  }
}
