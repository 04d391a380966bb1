import Foundation
import Testing

@Suite("duidelijk check")
struct CheckCommandTests {
  @Test func jsonlFindingsCarryPositionsAndExitOne() throws {
    let text = "Geachte heer Öztürk,\n\nIndien u vragen heeft, belt u ons.\n"
    let run = try CLIRun.run(["check", "--format", "jsonl"], stdin: text)
    #expect(run.status == 1)
    let findings = try run.jsonLines()
    let finding = try #require(findings.first { $0["entry"] as? String == "officialese/indien" })
    #expect(finding["rule"] as? String == "officialese")
    #expect(finding["severity"] as? String == "warning")
    #expect(finding["start"] as? Int == 24)
    #expect(finding["end"] as? Int == 30)
    #expect(finding["line"] as? Int == 3)
    #expect(finding["column"] as? Int == 1)
    #expect(finding["endColumn"] as? Int == 7)
    #expect(finding["text"] as? String == "Indien")
    let suggestion = try #require((finding["suggestions"] as? [[String: Any]])?.first)
    #expect(suggestion["replacement"] as? String == "Als")
    #expect(suggestion["safe"] as? Bool == true)
  }

  @Test func failOnDecidesTheExitCode() throws {
    let text = "Het college neemt morgen een besluit.\n"  // a suggestion only
    #expect(try CLIRun.run(["check", "--format", "jsonl"], stdin: text).status == 0)
    #expect(try CLIRun.run(["check", "--fail-on", "suggestion"], stdin: text).status == 1)
    #expect(try CLIRun.run(["check", "--fail-on", "never"], stdin: "Indien u wilt.").status == 0)
    #expect(try CLIRun.run(["check"], stdin: "Wij bellen u morgen.").status == 0)
  }

  @Test func jsonIsOneDocumentWithSummaryAndScore() throws {
    let run = try CLIRun.run(["check", "--format", "json"], stdin: "Indien u wilt, bellen wij u.")
    let document = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    #expect(document["version"] as? Int == 1)
    let files = try #require(document["files"] as? [[String: Any]])
    #expect(files.first?["file"] as? String == "<stdin>")
    #expect((files.first?["findings"] as? [Any])?.isEmpty == false)
    #expect((files.first?["score"] as? [String: Any])?["level"] != nil)
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(summary["files"] as? Int == 1)
    #expect(summary["warnings"] as? Int == 1)
  }

  @Test func enableAndDisableSwitchRules() throws {
    let run = try CLIRun.run(["check", "--format", "jsonl", "--disable", "officialese"], stdin: "Indien u wilt.")
    #expect(run.status == 0)
    #expect(run.output.isEmpty)
    let unknown = try CLIRun.run(["check", "--disable", "no-such-rule"], stdin: "Tekst.")
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown rule id 'no-such-rule'"))
  }

  @Test func configurationIsFoundUpwardsAndBadOnesAreExitTwo() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inner = folder.appendingPathComponent("teksten/brieven")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    try "[rules.officialese]\nenabled = false\n".write(
      to: folder.appendingPathComponent(".duidelijk.toml"), atomically: true, encoding: .utf8)
    let quiet = try CLIRun.run(["check", "--format", "jsonl"], stdin: Data("Indien u wilt.".utf8), in: inner)
    #expect(quiet.status == 0)
    try "[rules.officialese]\nenabled = false\nkleur = 3\n".write(
      to: folder.appendingPathComponent(".duidelijk.toml"), atomically: true, encoding: .utf8)
    let bad = try CLIRun.run(["check"], stdin: Data("Tekst.".utf8), in: inner)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("unknown key 'rules.officialese.kleur'"))
    #expect(bad.stderr.contains(".duidelijk.toml:3)"))
  }

  @Test func rulesListsEveryRuleAsJSON() throws {
    let run = try CLIRun.run(["rules", "--format", "json"])
    #expect(run.status == 0)
    let rules = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
    #expect(rules.count == 10)
    let long = try #require(rules.first { $0["id"] as? String == "long-sentence" })
    #expect((long["options"] as? [String: Any])?["warning-above"] as? Int == 20)
    #expect((long["examples"] as? [[String: Any]])?.contains { $0["triggers"] as? Bool == true } == true)
  }
}
