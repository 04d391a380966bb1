/// The word class a list entry declares at the start of its `note`.
public enum WordClass: String, Sendable, CaseIterable {
  /// Verb (`ww`): forms in the order infinitive, 1sg, 3sg, past sg, past pl, participle.
  case verb = "ww"
  /// Noun (`zn de`, `zn het`): singular, plural, diminutives.
  case noun = "zn"
  /// Adjective (`bn`): base, inflected, comparative, superlative.
  case adjective = "bn"
  /// Adverb (`bw`).
  case adverb = "bw"
  /// Preposition (`vz`).
  case preposition = "vz"
  /// Conjunction (`vw`).
  case conjunction = "vw"
  /// Pronoun (`vnw`).
  case pronoun = "vnw"
  /// Fixed multiword phrase without a verb (`uitdr`).
  case phrase = "uitdr"
}

/// The slots of a verb's forms, in the order word lists give them.
public enum VerbSlot: Int, Sendable, CaseIterable {
  case infinitive = 0
  case presentFirstSingular
  case presentThirdSingular
  case pastSingular
  case pastPlural
  case pastParticiple
}

/// One row of a word list.
public struct WordListEntry: Sendable, Hashable {
  /// The head word or phrase.
  public var term: String
  /// Every form to find, the term included.
  public var forms: [String]
  /// Plainer alternatives, preferred first.
  public var alternatives: [String]
  /// The note as written: a tag, then a remark.
  public var note: String
  /// An example sentence with the entry's span marked `⟦…⟧`.
  public var example: String
  /// The 1-based line of the row in its file.
  public var line: Int

  /// An entry with these columns.
  public init(
    term: String, forms: [String], alternatives: [String], note: String, example: String,
    line: Int
  ) {
    self.term = term
    self.forms = forms
    self.alternatives = alternatives
    self.note = note
    self.example = example
    self.line = line
  }

  private var noteWords: [Substring] { note.split(separator: " ", omittingEmptySubsequences: true) }

  /// The word class tag of the note, if it has one.
  public var wordClass: WordClass? {
    guard let first = noteWords.first else { return nil }
    return WordClass(rawValue: String(first.hasSuffix("!") ? first.dropLast() : first))
  }

  /// Whether the note marks the first alternative as a safe one-to-one swap (`bw!`).
  public var isSafeSwap: Bool { noteWords.first?.hasSuffix("!") ?? false }

  /// The article of a noun entry (`de` or `het`).
  public var article: String? {
    let words = noteWords
    guard wordClass == .noun, words.count > 1, words[1] == "de" || words[1] == "het" else {
      return nil
    }
    return String(words[1])
  }

  /// The words of the note after the tag (and article), e.g. the category and
  /// flags of an abbreviation or the auxiliary of a participle.
  public var noteKeywords: [Substring] { noteWords }
}
