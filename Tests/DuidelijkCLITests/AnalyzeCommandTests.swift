import Foundation
import Testing

@Suite("duidelijk analyze")
struct AnalyzeCommandTests {
  @Test func jsonlGivesSentencesWithByteOffsetsAndTokens() throws {
    let text = "Geachte dhr. Öztürk,\n\nWij schrijven u i.v.m. uw e-mail. Zie www.gemeente.nl.\n"
    let run = try CLIRun.run(["analyze", "--format", "jsonl"], stdin: text)
    #expect(run.status == 0)
    let lines = try run.jsonLines()
    #expect(lines.count == 3)
    let bytes = Array(text.utf8)
    for line in lines {
      let start = try #require(line["start"] as? Int)
      let end = try #require(line["end"] as? Int)
      #expect(String(decoding: bytes[start..<end], as: UTF8.self) == line["text"] as? String)
      #expect(line["file"] as? String == "<stdin>")
    }
    let tokens = try #require(lines[1]["tokens"] as? [[String: Any]])
    let abbreviation = try #require(tokens.first { $0["text"] as? String == "i.v.m." })
    #expect(abbreviation["kind"] as? String == "abbreviation")
    let word = try #require(tokens.first { $0["text"] as? String == "schrijven" })
    #expect(word["syllables"] as? Int == 2)
    #expect(word["start"] as? Int == 28)  // Ö and ü take two bytes each
    let lastTokens = try #require(lines[2]["tokens"] as? [[String: Any]])
    let url = try #require(lastTokens.first { $0["kind"] as? String == "url" })
    #expect(url["text"] as? String == "www.gemeente.nl")
  }

  @Test func textFormatPrintsOneSentencePerLine() throws {
    let run = try CLIRun.run(
      ["analyze"], stdin: "Kopje\n\nEen zin die over twee regels loopt omdat de tekst\nafgebroken is. Nog een.\n")
    #expect(run.status == 0)
    #expect(run.output == "Kopje\nEen zin die over twee regels loopt omdat de tekst afgebroken is.\nNog een.\n")
  }

  @Test func invalidUTF8IsExit2NamingFileAndOffset() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.txt")
    try Data([0x44, 0x69, 0x74, 0x20, 0xFF, 0x2E]).write(to: file)
    let good = folder.appendingPathComponent("goed.txt")
    try Data("Dit is goed.".utf8).write(to: good)
    let run = try CLIRun.run(["analyze", file.path, good.path])
    #expect(run.status == 2)
    #expect(run.stderr == "duidelijk: error: invalid UTF-8 (\(file.path), byte 4)\n")
    // The other file is still read.
    #expect(run.output == "Dit is goed.\n")
  }

  @Test func missingFileIsExit2() throws {
    let run = try CLIRun.run(["analyze", "/nonexistent/brief.txt"])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("duidelijk: error: cannot read: no such file or directory (/nonexistent/brief.txt)"))
  }

  @Test func usageErrorIsExit2() throws {
    let run = try CLIRun.run(["analyze", "--format", "xml"])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("duidelijk: error: "))
  }

  @Test func stdinFilenameNamesStdin() throws {
    let run = try CLIRun.run(["analyze", "--format", "jsonl", "--stdin-filename", "brief.txt"], stdin: "Een zin.")
    #expect(try run.jsonLines().first?["file"] as? String == "brief.txt")
  }
}
