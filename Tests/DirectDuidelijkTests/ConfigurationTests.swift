import Foundation
import Testing

@testable import DirectDuidelijk

@Suite("Configuration")
struct ConfigurationTests {
  private func parse(_ source: String) throws(ConfigurationError) -> Configuration {
    try ConfigurationLoader.parse(source, file: ".duidelijk.toml", baseDirectory: "/tmp")
  }

  @Test func readsTheSpecExample() throws {
    let configuration = try parse("""
      version = 1
      exclude = ["vendor/**", "**/*.min.html"]

      [rules.long-sentence]
      severity = "error"
      max-words = 25

      [rules.passive-voice]
      enabled = false

      [words]
      accept = ["Wmo", "omgevingsvergunning"]
      """)
    #expect(configuration.exclude == ["vendor/**", "**/*.min.html"])
    #expect(configuration.rules["long-sentence"] == RuleConfiguration(severity: .error, options: ["warning-above": .integer(25)]))
    #expect(configuration.rules["passive-voice"]?.enabled == false)
    #expect(configuration.acceptedWords == ["Wmo", "omgevingsvergunning"])
    let settings = configuration.settings(for: LongSentenceRule.description)
    #expect(settings.severity == .error)
    #expect(settings.integer("warning-above", in: LongSentenceRule.description) == 25)
  }

  @Test(arguments: [
    ("version = 1\ncolour = \"red\"\n", ConfigurationError.unknownKey(file: ".duidelijk.toml", key: "colour", line: 2)),
    ("[rules.long-sentence]\nmax-wordz = 3\n", .unknownKey(file: ".duidelijk.toml", key: "rules.long-sentence.max-wordz", line: 2)),
    ("\n[rules.no-such-rule]\nenabled = true\n", .unknownRule(file: ".duidelijk.toml", id: "no-such-rule", line: 2)),
    ("[rules.passive-voice]\nenabled = \"nee\"\n", .wrongType(file: ".duidelijk.toml", key: "rules.passive-voice.enabled", line: 2, expected: "true or false")),
    ("[rules.long-sentence]\nwarning-above = \"twintig\"\n", .wrongType(file: ".duidelijk.toml", key: "rules.long-sentence.warning-above", line: 2, expected: "an integer")),
    ("[rules.officialese]\nseverity = \"fatal\"\n", .invalidValue(file: ".duidelijk.toml", key: "rules.officialese.severity", line: 2, message: "severity must be error, warning or suggestion")),
    ("version = 2\n", .unsupportedVersion(file: ".duidelijk.toml", version: 2, line: 1)),
    ("[words]\naccept = \"Wmo\"\n", .wrongType(file: ".duidelijk.toml", key: "words.accept", line: 2, expected: "an array of strings")),
    ("[words]\nreject = []\n", .unknownKey(file: ".duidelijk.toml", key: "words.reject", line: 2)),
  ])
  func namesTheKeyAndLineOfEveryError(_ source: String, _ expected: ConfigurationError) {
    #expect(throws: expected) { try parse(source) }
  }

  @Test func syntaxErrorsNameTheLine() {
    do {
      _ = try parse("version = 1\n[rules\n")
      Issue.record("no error")
    } catch {
      guard case .syntax(_, let line, _) = error else { Issue.record("\(error)"); return }
      #expect(line == 2)
    }
  }

  @Test func extraWordListsFeedOfficialese() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duidelijk-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
      # source: test
      # licence: test
      term\tforms\talternatives\tnote\texample
      burgerzaken\tburgerzaken\tde balie\tzn de\tGa naar ⟦burgerzaken⟧.
      """.write(to: folder.appendingPathComponent("ons-jargon.tsv"), atomically: true, encoding: .utf8)
    let configuration = try ConfigurationLoader.parse(
      "[words]\nwordlists = [\"ons-jargon.tsv\"]\naccept = [\"middels\"]\n", file: "x.toml", baseDirectory: folder.path)
    let findings = try Checker(configuration: configuration).check("Ga naar burgerzaken middels de trap.")
    #expect(findings.contains { $0.entry == "officialese/burgerzaken" })
    #expect(!findings.contains { $0.entry == "officialese/middels" })
  }

  @Test(arguments: [
    ("vendor/**", "vendor/a/b.md", true), ("vendor/**", "src/vendor.md", false),
    ("**/*.min.html", "site/x.min.html", true), ("**/*.min.html", "x.min.html", true),
    ("*.md", "docs/a.md", false), ("docs/?.md", "docs/a.md", true),
  ])
  func globsMatchPaths(_ pattern: String, _ path: String, _ matches: Bool) {
    #expect(GlobPattern(pattern).matches(path) == matches)
  }
}
