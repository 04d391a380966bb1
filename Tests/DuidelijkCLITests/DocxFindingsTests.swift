import DuidelijkTestSupport
import Foundation
import Testing

/// A letter saved as .docx by a word processor gives the findings its plain text gives.
@Suite("check on .docx made by LibreOffice")
struct DocxFindingsTests {
  static let corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpora")

  /// Rule, entry, message and matched text of each finding, in order: what must not
  /// change between formats (lines differ: a .docx counts paragraphs).
  private func findings(_ path: String) throws -> [String] {
    let run = try CLIRun.run(["check", "--format", "jsonl", path])
    #expect(run.status == 1, "\(path): \(run.stderr)")
    return try run.jsonLines().filter { $0["rule"] != nil }.map { finding in
      ["rule", "entry", "message", "text"].map { "\(finding[$0] ?? "")" }.joined(separator: " | ")
    }
  }

  @Test(
    .enabled(if: LibreOffice.executable != nil, "libreoffice is not on PATH; install it to compare .docx and .txt findings"),
    // Letters with one line per paragraph: a word processor turns every line of a
    // hard-wrapped text into a paragraph of its own, which is a different document.
    arguments: ["bijstand-beschikking", "parkeerboete-bezwaar", "raadsvergadering-samenvatting", "afvalinzameling-webpagina"])
  func aConvertedLetterGivesTheSameFindings(_ name: String) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.corpora.appendingPathComponent("\(name).txt")
    let docx = try LibreOffice.convertToDocx(text, in: folder)
    try #require(FileManager.default.fileExists(atPath: docx.path), "LibreOffice made no .docx")
    let expected = try findings(text.path)
    #expect(!expected.isEmpty)
    #expect(try findings(docx.path) == expected)
  }
}
