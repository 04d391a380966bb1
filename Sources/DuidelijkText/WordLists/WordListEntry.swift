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

  /// The word class tag of the note, if it has one.
  public let wordClass: WordClass?
  /// Whether the note marks the first alternative as a safe one-to-one swap (`bw!`).
  public let isSafeSwap: Bool
  /// The article of a noun entry (`de` or `het`).
  public let article: String?
  /// The words of the note: the tag (or an abbreviation's category) and what follows.
  public let noteKeywords: [Substring]

  /// An entry with these columns; the note's tag is read once, here.
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
    // Split on bytes: a `Character` split runs grapheme breaking over every list at start-up.
    let words = note.utf8.split(separator: 0x20).map { Substring($0) }
    noteKeywords = words
    let tag = words.first.map { $0.hasSuffix("!") ? $0.dropLast() : $0 }
    wordClass = tag.flatMap { WordClass(rawValue: String($0)) }
    isSafeSwap = words.first?.hasSuffix("!") ?? false
    article = wordClass == .noun && words.count > 1 && (words[1] == "de" || words[1] == "het") ? String(words[1]) : nil
  }
}
