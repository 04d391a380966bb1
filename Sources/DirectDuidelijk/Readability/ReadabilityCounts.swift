/// The counts readability formulas are computed from.
///
/// Words here are tokens of letters (`word` tokens): numbers, abbreviations,
/// symbols, URLs and e-mail addresses are left out of `words`, `syllables`
/// and `difficultWords` alike, so the formulas stay consistent (they were
/// made for running text). Sentence length for `longSentences` counts every
/// word-like token, numbers and abbreviations included, as the
/// `long-sentence` rule does.
public struct ReadabilityCounts: Sendable, Hashable {
  /// Sentences, headings and list items.
  public var sentences = 0
  /// Words of letters.
  public var words = 0
  /// Syllables of those words.
  public var syllables = 0
  /// Paragraphs.
  public var paragraphs = 0
  /// Sentences with more than `ReadabilityCounts.longSentenceWords` words.
  public var longSentences = 0
  /// Words a B1 reader probably does not know.
  public var difficultWords = 0
  /// Sentences with a passive construction.
  public var passiveSentences = 0

  /// A sentence is long above this many words.
  public static let longSentenceWords = 20

  /// No counts yet.
  public init() {}

  /// Adds `other` to these counts.
  public mutating func add(_ other: ReadabilityCounts) {
    sentences += other.sentences
    words += other.words
    syllables += other.syllables
    paragraphs += other.paragraphs
    longSentences += other.longSentences
    difficultWords += other.difficultWords
    passiveSentences += other.passiveSentences
  }
}
