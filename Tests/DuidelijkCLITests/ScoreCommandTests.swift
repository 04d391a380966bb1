import Foundation
import Testing

@Suite("duidelijk score")
struct ScoreCommandTests {
  private let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpora")

  /// The formulas, applied to the counts the JSON reports, give its figures to 0.01.
  @Test func jsonFiguresFollowFromTheReportedCounts() throws {
    let files = ["bijstand-beschikking.txt", "bijstand-beschikking.b1.txt"].map { corpus.appendingPathComponent($0).path }
    let run = try CLIRun.run(["score", "--format", "json", "--by", "sentence"] + files)
    #expect(run.status == 0)
    let document = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let fileMetrics = try #require(document["files"] as? [[String: Any]])
    let units = fileMetrics.flatMap { ($0["sentences"] as? [[String: Any]]) ?? [] }
    for metrics in fileMetrics + [try #require(document["total"] as? [String: Any])] + units {
      // A file's list of sentences stands in for its count of them.
      let sentences = try #require(
        (metrics["sentences"] as? Double) ?? (metrics["sentences"] as? [Any]).map { Double($0.count) })
      let words = try #require(metrics["words"] as? Double)
      let syllables = try #require(metrics["syllables"] as? Double)
      guard words > 0 else { continue }
      let douma = 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)
      let brouwer = 195 - 2 * (words / sentences) - 0.67 * (syllables / words * 100)
      #expect(abs(try #require(metrics["fleschDouma"] as? Double) - douma) <= 0.01)
      #expect(abs(try #require(metrics["brouwer"] as? Double) - brouwer) <= 0.01)
      #expect(abs(try #require(metrics["wordsPerSentence"] as? Double) - words / sentences) <= 0.01)
    }
    // The count without `--by` is the length of the list with it.
    let plain = try CLIRun.run(["score", "--format", "json"] + files)
    let plainFiles = try #require(
      (try JSONSerialization.jsonObject(with: plain.stdout) as? [String: Any])?["files"] as? [[String: Any]])
    #expect(plainFiles.map { $0["sentences"] as? Int } == fileMetrics.map { ($0["sentences"] as? [Any])?.count })
    // The rewrite reads easier than the original.
    let original = try #require(fileMetrics.first?["fleschDouma"] as? Double)
    let rewrite = try #require(fileMetrics.last?["fleschDouma"] as? Double)
    #expect(rewrite > original)
    #expect(fileMetrics.last?["level"] as? String == "B1")
  }

  @Test func textReportGivesVerdictFiguresAndPlacesToStart() throws {
    let run = try CLIRun.run(["score", corpus.appendingPathComponent("bijstand-beschikking.txt").path])
    #expect(run.status == 0)
    #expect(run.output.contains("Niveau (schatting):"))
    #expect(run.output.contains("Flesch-Douma"))
    #expect(run.output.contains("Waarom niet B1:"))
    #expect(run.output.contains("Begin hier:\n    1. regel "))
  }
}
