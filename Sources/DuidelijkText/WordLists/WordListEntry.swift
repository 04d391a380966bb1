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
  public var noteKeywords: [Substring] { Self.spaceSeparated(note) }

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
    // Only the first two words are read here, on bytes: every list is read at
    // start-up, and generic splits cost more than the rest of the row.
    var words = (first: "", second: "")
    var copy = note
    copy.withUTF8 { bytes in
      var index = 0
      func word() -> String {
        while index < bytes.count && bytes[index] == 0x20 { index += 1 }
        let start = index
        while index < bytes.count && bytes[index] != 0x20 { index += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      }
      words = (word(), word())
    }
    let safe = words.first.utf8.last == UInt8(ascii: "!")
    wordClass = WordClass(rawValue: safe ? String(words.first.dropLast()) : words.first)
    isSafeSwap = safe
    article = wordClass == .noun && (words.second == "de" || words.second == "het") ? words.second : nil
  }

  /// The words of `text` between single or repeated spaces.
  private static func spaceSeparated(_ text: String) -> [Substring] {
    let utf8 = text.utf8
    var words: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x20 {
        if start != index { words.append(Substring(utf8[start..<index])) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex { words.append(Substring(utf8[start..<utf8.endIndex])) }
    return words
  }
}
