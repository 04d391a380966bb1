import Foundation
import Testing

/// The CI formats through the command line, where files are checked in parallel.
@Suite("check --format sarif|github|checkstyle")
struct ReportFormatTests {
  /// Files with and without findings, so results of several files must be joined.
  static func folderWithTexts() throws -> URL {
    let folder = try temporaryFolder()
    let texts = [
      "a.txt": "Indien u wilt, bellen wij u.\n", "b.txt": "Wij bellen u morgen.\n",
      "c.txt": "Wij bellen u morgen.\n", "d.txt": "U kunt middels het formulier bezwaar maken.\n",
      "e.txt": "Wij bellen u morgen.\n",
    ]
    for (name, text) in texts {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test func sarifOfSeveralFilesIsOneValidLog() throws {
    let folder = try Self.folderWithTexts()
    defer { try? FileManager.default.removeItem(at: folder) }
    for jobs in ["1", "4"] {
      let run = try CLIRun.run(
        ["check", "--format", "sarif", "--jobs", jobs, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], in: folder)
      #expect(run.status == 1)
      let log = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
      let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
      let uris = results.compactMap {
        ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
          as? [String: Any])?["uri"] as? String
      }
      #expect(uris == ["a.txt", "d.txt"])
    }
  }

  @Test func githubAnnotatesStdinUnderItsGivenName() throws {
    let run = try CLIRun.run(
      ["check", "--format", "github", "--stdin-filename", "content/nieuws.md"], stdin: "Indien u wilt, bellen wij u.\n")
    #expect(run.status == 1)
    #expect(run.output.hasPrefix("::warning file=content/nieuws.md,line=1,col=1,endLine=1,endColumn=7,title=officialese::"))
  }

  @Test func checkstyleListsEveryFile() throws {
    let folder = try Self.folderWithTexts()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try CLIRun.run(["check", "--format", "checkstyle", "a.txt", "b.txt"], in: folder)
    #expect(run.status == 1)
    #expect(run.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"))
    #expect(run.output.contains("<file name=\"a.txt\">"))
    #expect(run.output.contains("<file name=\"b.txt\">\n  </file>"))
    #expect(run.output.hasSuffix("</checkstyle>\n"))
  }
}
