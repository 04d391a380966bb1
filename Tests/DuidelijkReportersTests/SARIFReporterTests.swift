import DirectDuidelijk
import DuidelijkReporters
import DuidelijkTestSupport
import Foundation
import Testing

@Suite("sarif")
struct SARIFReporterTests {
  /// The SARIF log of `files`, parsed.
  static func log(of files: [(path: String, text: String)]) throws -> [String: Any] {
    let output = try ReportHarness.report("sarif", of: files)
    return try #require(try JSONSerialization.jsonObject(with: Data(output)) as? [String: Any])
  }

  static func run(_ log: [String: Any]) throws -> [String: Any] {
    try #require((log["runs"] as? [[String: Any]])?.first)
  }

  static func results(_ log: [String: Any]) throws -> [[String: Any]] {
    try #require(try run(log)["results"] as? [[String: Any]])
  }

  @Test func oneRunDescribesTheToolAndEveryRule() throws {
    let log = try Self.log(of: [GoldenInput.note])
    #expect(log["version"] as? String == "2.1.0")
    let run = try Self.run(log)
    #expect((log["runs"] as? [Any])?.count == 1)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "duidelijk")
    #expect(driver["version"] as? String == DuidelijkVersion.current)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.compactMap { $0["id"] as? String } == BuiltinRules.all.map { $0.description.id })
    let longSentence = try #require(rules.first { $0["id"] as? String == "long-sentence" })
    let configuration = try #require(longSentence["defaultConfiguration"] as? [String: Any])
    #expect(configuration["level"] as? String == "warning")
    #expect((configuration["parameters"] as? [String: Any])?["error-above"] as? Int == 30)
    #expect((longSentence["fullDescription"] as? [String: Any])?["text"] as? String
      == LongSentenceRule.description.rationale)
  }

  @Test func aFileWithoutFindingsGivesAnEmptyResultsArray() throws {
    #expect(try Self.results(Self.log(of: [GoldenInput.note])).isEmpty)
    #expect(try Self.results(Self.log(of: [])).isEmpty)
  }

  @Test func resultsOfSeveralFilesFormOneArray() throws {
    let files = [GoldenInput.note, GoldenInput.letter, GoldenInput.note, GoldenInput.letter, GoldenInput.note]
    let results = try Self.results(Self.log(of: files))
    let once = try Self.results(Self.log(of: [GoldenInput.letter]))
    #expect(!once.isEmpty)
    #expect(results.count == 2 * once.count)
  }

  @Test func resultsCarryRuleIndexLevelAndRegionInCodePoints() throws {
    let text = "Beste mevrouw Öztürk,\r\nCafé ‘De Hoek’ 👍🏽: indien u wilt, belt u ons.\r\n"
    let log = try Self.log(of: [(path: "nieuws/café.txt", text: text)])
    let result = try #require(try Self.results(log).first { $0["ruleId"] as? String == "officialese" })
    let rules = try #require(((Self.run(log)["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]
      as? [[String: Any]])
    let ruleIndex = try #require(result["ruleIndex"] as? Int)
    #expect(rules[ruleIndex]["id"] as? String == "officialese")
    #expect(result["level"] as? String == "warning")
    let location = try #require(
      ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
    let artifact = try #require(location["artifactLocation"] as? [String: Any])
    #expect(artifact["uri"] as? String == "nieuws/caf%C3%A9.txt")
    #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
    let region = try #require(location["region"] as? [String: Any])
    #expect(region["startLine"] as? Int == 2)
    #expect(region["startColumn"] as? Int == 20)
    #expect(region["endColumn"] as? Int == 26)
    let offset = try #require(region["byteOffset"] as? Int)
    #expect(Array(text.utf8)[offset..<offset + 6] == Array("indien".utf8)[...])
    #expect(region["byteLength"] as? Int == 6)
  }

  @Test func safeSuggestionsBecomeFixes() throws {
    let log = try Self.log(of: [(path: "brief.txt", text: "Indien u wilt, bellen wij u.\n")])
    let result = try #require(try Self.results(log).first { $0["ruleId"] as? String == "officialese" })
    let fix = try #require((result["fixes"] as? [[String: Any]])?.first)
    let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
    let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
    let deleted = try #require(replacement["deletedRegion"] as? [String: Any])
    #expect(deleted["byteOffset"] as? Int == 0)
    #expect(deleted["byteLength"] as? Int == 6)
    #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "Als")
  }

  @Test func absolutePathsBecomeFileURIsAndDocxHasNoByteOffsets() throws {
    let text = "Indien u wilt, bellen wij u.\n"
    let log = try Self.log(of: [(path: "/srv/teksten/brief 1.txt", text: text), (path: "brief.docx", text: text)])
    let results = try Self.results(log)
    let locations = results.compactMap {
      ($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
    }
    let absolute = try #require(locations.first?["artifactLocation"] as? [String: Any])
    #expect(absolute["uri"] as? String == "file:///srv/teksten/brief%201.txt")
    #expect(absolute["uriBaseId"] == nil)
    let docx = try #require(results.last)
    let docxRegion = try #require(locations.last?["region"] as? [String: Any])
    #expect(docxRegion["byteOffset"] == nil)
    #expect(docxRegion["startLine"] as? Int == 1)
    #expect(docx["fixes"] == nil)
  }

  @Test(
    .enabled(
      if: SchemaValidator.isAvailable,
      "needs python3 with the jsonschema package (pip install jsonschema); .ci/run installs it"))
  func logsAreValidAgainstTheOfficialSchema() throws {
    let text = "Indien u wilt, bellen wij u.\n"
    let logs: [[(path: String, text: String)]] = [
      GoldenInput.files, [GoldenInput.note], [], [(path: "/srv/a.docx", text: text), (path: "<stdin>", text: text)],
    ]
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duidelijk-sarif-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [URL] = []
    for (index, log) in logs.enumerated() {
      let url = folder.appendingPathComponent("log\(index).sarif")
      try Data(ReportHarness.report("sarif", of: log)).write(to: url)
      files.append(url)
    }
    let validation = try SchemaValidator.validate(files)
    #expect(validation.status == 0, "\(validation.output)")
  }
}

/// Validates SARIF logs against `Schemas/sarif-schema-2.1.0.json` with
/// Python's `jsonschema` (Draft 4, the schema's own draft).
enum SchemaValidator {
  static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Schemas/sarif-schema-2.1.0.json")

  static let isAvailable = Subprocess.succeeds(["python3", "-c", "import jsonschema"])

  private static let script = """
    import json, sys, jsonschema
    with open(sys.argv[1], encoding="utf-8") as file:
        validator = jsonschema.Draft4Validator(json.load(file), format_checker=jsonschema.FormatChecker())
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as file:
            for error in validator.iter_errors(json.load(file)):
                failed = True
                print(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")
    sys.exit(1 if failed else 0)
    """

  /// Exit status 0 when every file is valid; otherwise the errors, one a line.
  static func validate(_ files: [URL]) throws -> SubprocessResult {
    try Subprocess.run(["python3", "-c", script, schema.path] + files.map(\.path))
  }
}
