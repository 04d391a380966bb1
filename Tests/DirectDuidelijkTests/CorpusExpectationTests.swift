import Foundation
import Testing

@testable import DirectDuidelijk

/// The folder `corpora/`.
let corporaFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("corpora")

/// One text of `corpora/` and its file of expected findings.
struct CorpusText: Sendable, CustomTestStringConvertible {
  let name: String
  var testDescription: String { name }

  static let all: [CorpusText] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corporaFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map(CorpusText.init)
  }()

  var expectedFile: URL {
    corporaFolder.appendingPathComponent(name.replacingSuffix(".txt", with: ".expected.tsv"))
  }
}

extension String {
  fileprivate func replacingSuffix(_ suffix: String, with replacement: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
  }
}

/// Every text in `corpora/` gives exactly the findings of its `.expected.tsv`
/// (`line`, `column`, `rule`, `entry`, `text`). After a deliberate change,
/// regenerate with `DUIDELIJK_UPDATE_GOLDEN=1 swift test` and review the diff.
@Suite("Corpus expectations")
struct CorpusExpectationTests {
  private static let header = "line\tcolumn\trule\tentry\ttext"

  private func findings(of text: String) throws -> [String] {
    let document = try Segmenter().document(for: text)
    var session = Checker().session()
    return session.check(document).map { finding in
      let position = document.position(of: finding.range.lowerBound)
      let written = document.text(finding.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      return "\(position.line)\t\(position.column)\t\(finding.ruleID)\t\(finding.entry ?? "")\t\(written)"
    }
  }

  @Test(arguments: CorpusText.all)
  func findingsMatchTheExpectedFile(_ corpus: CorpusText) throws {
    let text = try String(contentsOf: corporaFolder.appendingPathComponent(corpus.name), encoding: .utf8)
    let found = [Self.header] + (try findings(of: text))
    if ProcessInfo.processInfo.environment["DUIDELIJK_UPDATE_GOLDEN"] == "1" {
      try (found.joined(separator: "\n") + "\n").write(to: corpus.expectedFile, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: corpus.expectedFile, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let missing = expected.filter { !found.contains($0) }
    let unexpected = found.filter { !expected.contains($0) }
    #expect(missing.isEmpty && unexpected.isEmpty,
            "\(corpus.name): missing \(missing.prefix(5)), unexpected \(unexpected.prefix(5)); run DUIDELIJK_UPDATE_GOLDEN=1 swift test after a deliberate change")
  }

  @Test func rewritesHaveFarFewerFindings() throws {
    for corpus in CorpusText.all where !corpus.name.hasSuffix(".b1.txt") {
      let original = try findings(of: String(contentsOf: corporaFolder.appendingPathComponent(corpus.name), encoding: .utf8))
      let rewrite = try findings(
        of: String(contentsOf: corporaFolder.appendingPathComponent(corpus.name.replacingSuffix(".txt", with: ".b1.txt")), encoding: .utf8))
      #expect(rewrite.count * 3 < original.count, "\(corpus.name): \(original.count) findings, rewrite \(rewrite.count)")
    }
  }
}
