import Foundation
import Testing

@testable import DirectDuidelijk

@Suite("Readability")
struct ReadabilityTests {
  @Test func formulasFollowTheirDefinitions() {
    var counts = ReadabilityCounts()
    counts.sentences = 10
    counts.words = 150
    counts.syllables = 240
    let metrics = ReadabilityMetrics(counts)
    #expect(abs(metrics.fleschDouma - (206.835 - 0.93 * 15 - 77 * 1.6)) < 1e-9)
    #expect(abs(metrics.brouwer - (195 - 2 * 15 - 0.67 * 160)) < 1e-9)
    #expect(metrics.fleschDoumaBand == ReadingEaseBand(score: metrics.fleschDouma))
  }

  @Test func bandsHaveTheirDutchNames() {
    #expect(ReadingEaseBand(score: 20) == .veryDifficult)
    #expect(ReadingEaseBand(score: 55).rawValue == "vrij moeilijk")
    #expect(ReadingEaseBand(score: 65).rawValue == "normaal")
    #expect(ReadingEaseBand(score: 95).rawValue == "zeer makkelijk")
  }

  @Test(arguments: [
    ("gemeentebelastingen", false), ("precariobelasting", true), ("bestemmingsplanwijziging", true),
    ("welstandscommissie", true), ("gemeente", false), ("kwijtschelding", true), ("brief", false),
    ("huisartsenpraktijk", false),
  ])
  func difficultWords(_ word: String, _ difficult: Bool) {
    #expect(WordDifficulty().isDifficult(word) == difficult)
  }

  private func metrics(_ text: String) throws -> ReadabilityMetrics {
    var scorer = ReadabilityScorer()
    scorer.add(AnalyzedText(try Segmenter().document(for: text)))
    return ReadabilityMetrics(scorer.total)
  }

  @Test func plainTextIsB1AndOfficialeseIsNot() throws {
    let plain = try metrics(
      "Wij hebben uw brief gekregen. U vraagt om hulp in huis. Wij komen bij u langs. Dan praten we over wat u nodig hebt. Daarna krijgt u een brief van ons. Daarin staat welke hulp u krijgt.")
    #expect(plain.level.level == .b1)
    #expect(plain.level.reasons.isEmpty)
    let official = try metrics(
      "Naar aanleiding van uw aanvraag van 12 maart jongstleden delen wij u mede dat uw verzoek tot toekenning van een maatwerkvoorziening in het kader van de Wet maatschappelijke ondersteuning in behandeling is genomen, waarbij een onderzoek naar de noodzakelijkheid van de gevraagde ondersteuning zal worden uitgevoerd door een consulent van de afdeling Zorg en Welzijn.")
    #expect(official.level.level != .b1)
    #expect(!official.level.reasons.isEmpty)
  }

  /// Every text in `corpora/` and its B1 rewrite: the rewrite scores easier.
  @Test func rewritesInCorporaScoreEasier() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("corpora")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".b1.txt") }.sorted()
    #expect(names.count >= 10)
    let order: [LevelEstimate.Level] = [.b1, .b2, .c1]
    for name in names {
      let original = try metrics(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
      let rewrite = try metrics(
        String(contentsOf: folder.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".b1.txt")), encoding: .utf8))
      #expect(rewrite.fleschDouma > original.fleschDouma, "\(name)")
      #expect(order.firstIndex(of: rewrite.level.level)! <= order.firstIndex(of: original.level.level)!, "\(name)")
    }
  }
}
