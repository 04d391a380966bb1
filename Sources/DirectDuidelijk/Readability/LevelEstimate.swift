/// An estimate of the language level (CEFR) a text asks of its reader.
///
/// No readability score measures a CEFR level by itself. The estimate checks
/// explicit thresholds drawn from Dutch plain-language guidance (Direct
/// Duidelijk, Klare taal, the B1 writing advice of Rijksoverheid and
/// Stichting Makkelijk Lezen): sentences of 15 words or fewer on average,
/// few sentences over 20 words, few rare words, little passive voice, and a
/// Flesch–Douma score of at least 60. Each missed threshold is a reason; the
/// level follows from how far the figures are off. It is uncertain for
/// short texts (under 100 words), lists and tables, and for texts whose
/// difficulty lies in their ideas rather than their words.
public struct LevelEstimate: Sendable {
  /// The estimated level.
  public enum Level: String, Sendable, CaseIterable {
    /// B1 or easier.
    case b1 = "B1"
    /// B2.
    case b2 = "B2"
    /// C1 or harder.
    case c1 = "C1"
  }

  /// A threshold: the value for B1, and the value beyond which the text is C1.
  struct Threshold: Sendable {
    let b1: Double
    let c1: Double
  }

  static let wordsPerSentence = Threshold(b1: 15, c1: 22)
  static let longSentenceShare = Threshold(b1: 0.10, c1: 0.35)
  static let difficultWordShare = Threshold(b1: 0.05, c1: 0.12)
  static let passiveShare = Threshold(b1: 0.15, c1: 0.40)
  static let fleschDouma = Threshold(b1: 60, c1: 40)

  /// The estimated level.
  public let level: Level
  /// What keeps the text above B1, in Dutch; empty for B1.
  public let reasons: [String]
  /// Whether the text is too short for a firm estimate.
  public let uncertain: Bool

  /// The estimate for `metrics`.
  public init(_ metrics: ReadabilityMetrics) {
    var reasons: [String] = []
    var overC1 = 0
    var overB1 = 0
    func test(_ value: Double, _ threshold: Threshold, higherIsHarder: Bool, reason: String) {
      let pastB1 = higherIsHarder ? value > threshold.b1 : value < threshold.b1
      let pastC1 = higherIsHarder ? value > threshold.c1 : value < threshold.c1
      guard pastB1 else { return }
      overB1 += 1
      if pastC1 { overC1 += 1 }
      reasons.append(reason)
    }
    let counts = metrics.counts
    test(metrics.wordsPerSentence, Self.wordsPerSentence, higherIsHarder: true,
         reason: "De zinnen zijn gemiddeld \(Self.format(metrics.wordsPerSentence)) woorden lang; voor B1 hoogstens 15.")
    test(metrics.longSentenceShare, Self.longSentenceShare, higherIsHarder: true,
         reason: "\(counts.longSentences) van de \(counts.sentences) zinnen hebben meer dan 20 woorden (\(Self.percent(metrics.longSentenceShare))); voor B1 hoogstens 10%.")
    test(metrics.difficultWordShare, Self.difficultWordShare, higherIsHarder: true,
         reason: "\(Self.percent(metrics.difficultWordShare)) van de woorden is moeilijk (\(counts.difficultWords) woorden); voor B1 hoogstens 5%.")
    test(metrics.passiveShare, Self.passiveShare, higherIsHarder: true,
         reason: "\(counts.passiveSentences) van de \(counts.sentences) zinnen staan in de lijdende vorm (\(Self.percent(metrics.passiveShare))); voor B1 hoogstens 15%.")
    // Without words the formula measures nothing (its 0 would read as "zeer moeilijk").
    if counts.words > 0 {
      test(metrics.fleschDouma, Self.fleschDouma, higherIsHarder: false,
           reason: "De Flesch-Douma-score is \(Self.format(metrics.fleschDouma)) (\(metrics.fleschDoumaBand.rawValue)); voor B1 minstens 60.")
    }
    // One threshold just missed still reads as B1-ish; two or one far off is B2; far off on two is C1.
    if overC1 >= 2 || (overC1 >= 1 && overB1 >= 3) {
      level = .c1
    } else if overB1 >= 2 || overC1 >= 1 {
      level = .b2
    } else {
      level = .b1
    }
    self.reasons = level == .b1 && overB1 == 0 ? [] : reasons
    uncertain = counts.words < 100
  }

  /// `15,3`: one decimal with a Dutch comma.
  static func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10),\(abs(tenths) % 10)"
  }

  /// `12%`.
  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
