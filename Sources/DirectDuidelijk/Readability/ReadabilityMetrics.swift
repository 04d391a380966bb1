/// Readability figures of a text, a paragraph or a sentence, with the B1 estimate.
public struct ReadabilityMetrics: Sendable {
  /// The counts behind the figures.
  public let counts: ReadabilityCounts

  /// A description of `counts`.
  public init(_ counts: ReadabilityCounts) { self.counts = counts }

  /// Average sentence length in words.
  public var wordsPerSentence: Double {
    counts.sentences == 0 ? 0 : Double(counts.words) / Double(counts.sentences)
  }
  /// Average word length in syllables.
  public var syllablesPerWord: Double {
    counts.words == 0 ? 0 : Double(counts.syllables) / Double(counts.words)
  }
  /// Share of long sentences, 0…1.
  public var longSentenceShare: Double { share(counts.longSentences, of: counts.sentences) }
  /// Share of difficult words, 0…1.
  public var difficultWordShare: Double { share(counts.difficultWords, of: counts.words) }
  /// Share of sentences in the passive voice, 0…1.
  public var passiveShare: Double { share(counts.passiveSentences, of: counts.sentences) }

  /// Flesch–Douma: 206.835 − 0.93 · (words/sentences) − 77 · (syllables/words)
  /// (W. H. Douma, 1960, the Dutch adaptation of Flesch's reading ease).
  public var fleschDouma: Double {
    guard counts.words > 0 else { return 0 }
    return 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord
  }

  /// Leesindex Brouwer: 195 − 2 · (words/sentences) − 0.67 · (syllables per 100 words)
  /// (J. H. Brouwer, 1963).
  public var brouwer: Double {
    guard counts.words > 0 else { return 0 }
    return 195 - 2 * wordsPerSentence - 0.67 * (syllablesPerWord * 100)
  }

  /// The band of the Flesch–Douma score.
  public var fleschDoumaBand: ReadingEaseBand { ReadingEaseBand(score: fleschDouma) }
  /// The band of the Brouwer score.
  public var brouwerBand: ReadingEaseBand { ReadingEaseBand(score: brouwer) }

  /// The estimated language level with its reasons.
  public var level: LevelEstimate { LevelEstimate(self) }

  private func share(_ part: Int, of whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) / Double(whole)
  }
}

/// The usual Dutch bands of reading-ease scores (Flesch–Douma and Brouwer
/// share the 0–100 scale and Flesch's bands).
public enum ReadingEaseBand: String, Sendable, CaseIterable {
  case veryDifficult = "zeer moeilijk"
  case difficult = "moeilijk"
  case fairlyDifficult = "vrij moeilijk"
  case standard = "normaal"
  case fairlyEasy = "vrij makkelijk"
  case easy = "makkelijk"
  case veryEasy = "zeer makkelijk"

  /// The band of `score`: below 30, 30–50, 50–60, 60–70, 70–80, 80–90, 90 and up.
  public init(score: Double) {
    switch score {
    case ..<30: self = .veryDifficult
    case ..<50: self = .difficult
    case ..<60: self = .fairlyDifficult
    case ..<70: self = .standard
    case ..<80: self = .fairlyEasy
    case ..<90: self = .easy
    default: self = .veryEasy
    }
  }
}
