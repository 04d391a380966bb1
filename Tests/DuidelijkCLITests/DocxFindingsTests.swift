import Foundation
import Testing

/// A letter saved as .docx by a word processor gives the findings its plain text gives.
@Suite("check on .docx made by LibreOffice")
struct DocxFindingsTests {
  static let libreOffice = ProcessInfo.processInfo.environment["PATH", default: ""].split(separator: ":")
    .map { "\($0)/libreoffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }

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
    .enabled(if: libreOffice != nil, "libreoffice is not on PATH; install it to compare .docx and .txt findings"),
    // Letters with one line per paragraph: a word processor turns every line of a
    // hard-wrapped text into a paragraph of its own, which is a different document.
    arguments: ["bijstand-beschikking", "parkeerboete-bezwaar", "raadsvergadering-samenvatting", "afvalinzameling-webpagina"])
  func aConvertedLetterGivesTheSameFindings(_ name: String) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.corpora.appendingPathComponent("\(name).txt")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.libreOffice))
    process.arguments = [
      "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--infilter=Text (encoded):UTF8",
      "--convert-to", "docx", "--outdir", folder.path, text.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let docx = folder.appendingPathComponent("\(name).docx")
    try #require(FileManager.default.fileExists(atPath: docx.path), "LibreOffice made no .docx")
    let expected = try findings(text.path)
    #expect(!expected.isEmpty)
    #expect(try findings(docx.path) == expected)
  }
}
