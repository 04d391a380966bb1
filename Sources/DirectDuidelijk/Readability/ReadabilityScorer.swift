/// Counts what the readability figures need, per sentence, paragraph and text.
///
/// Feed it the chunks of one input in order; ask for the totals at the end.
public struct ReadabilityScorer: Sendable {
  private let difficulty: WordDifficulty
  private let passives: PassiveDetector
  /// The counts so far.
  public private(set) var total = ReadabilityCounts()
  private var cache = DifficultyCache()
  private let memo: SharedMemo<[UInt8], Bool>

  /// A scorer using `resources`' lexicons.
  public init(resources: CheckResources = .builtin) {
    difficulty = WordDifficulty(frequencies: resources.frequencies)
    memo = resources.difficultyMemo
    passives = PassiveDetector(verbs: resources.verbs, memo: resources.participleMemo)
  }

  /// The counts of one sentence.
  public mutating func counts(of sentence: Sentence, in text: AnalyzedText) -> ReadabilityCounts {
    var counts = ReadabilityCounts()
    counts.sentences = 1
    if sentence.wordCount > ReadabilityCounts.longSentenceWords { counts.longSentences = 1 }
    for index in sentence.tokens where text.tokens[index].kind == .word {
      counts.words += 1
      let range = text.tokens[index].range
      counts.syllables += text.document.withBytes(range) { SyllableCounter.count(utf8: $0) }
      // Names (a capital inside the sentence) and all-capital abbreviations are not difficult words.
      if text.isCapitalized(index) && !text.isSentenceStart(index, in: sentence) { continue }
      if text.isAllCapitals(index) { continue }
      if text.withLowered(range, { cache.isDifficult($0, difficulty, memo: memo) }) { counts.difficultWords += 1 }
    }
    if !passives.passives(in: text, sentence: sentence).isEmpty { counts.passiveSentences = 1 }
    return counts
  }

  /// Counts every sentence and paragraph of `text`; returns the counts per
  /// sentence (in order) and adds them to `total`.
  @discardableResult
  public mutating func add(_ text: AnalyzedText) -> [ReadabilityCounts] {
    let perSentence = text.document.sentences.map { counts(of: $0, in: text) }
    for counts in perSentence { total.add(counts) }
    total.paragraphs += text.document.paragraphs.count
    return perSentence
  }
}
