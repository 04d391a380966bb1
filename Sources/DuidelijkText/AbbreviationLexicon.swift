/// The category of an abbreviation, the first word of its note in `abbreviations.tsv`.
public enum AbbreviationCategory: String, Sendable, CaseIterable {
  case title = "titel"
  case month = "maand"
  case day = "dag"
  case unit = "eenheid"
  case time = "tijd"
  case address = "adres"
  case latin = "latijn"
  case general = "algemeen"
  case legal = "juridisch"
  case government = "bestuur"
  case organisation = "organisatie"
  case education = "onderwijs"
  case care = "zorg"
  case finance = "financieel"

  /// Whether every reader knows it, so the `abbreviation` rule leaves it alone.
  public var isWidelyKnown: Bool {
    switch self {
    case .title, .month, .day, .unit, .time, .address: true
    default: false
    }
  }
}

/// What the lexicon knows about one written form of an abbreviation.
public struct AbbreviationInfo: Sendable, Hashable {
  /// Index of the entry in `AbbreviationLexicon.entries`.
  public var entryIndex: Int
  /// The entry's category.
  public var category: AbbreviationCategory
  /// Whether it often ends a sentence (`enz.`, `etc.`), so a capital after it starts a new one.
  public var canEndSentence: Bool
}

/// Dutch abbreviations for the sentence splitter and the `abbreviation` rule.
public struct AbbreviationLexicon: Sendable {
  /// The rows of the list.
  public let entries: [WordListEntry]
  private let forms: ByteKeyTable<AbbreviationInfo>

  /// Builds the lexicon from a list in the `abbreviations.tsv` format.
  public init(_ list: WordList) {
    var table = ByteKeyTable<AbbreviationInfo>(capacity: list.entries.count * 2)
    for (index, entry) in list.entries.enumerated() {
      let keywords = entry.noteKeywords
      let category = keywords.first.flatMap { AbbreviationCategory(rawValue: String($0)) } ?? .general
      let info = AbbreviationInfo(
        entryIndex: index, category: category, canEndSentence: keywords.dropFirst().first == "eind")
      for form in entry.forms { table.insert(info, for: form) }
    }
    self.entries = list.entries
    self.forms = table
  }

  /// The built-in list, parsed once.
  public static let builtin = AbbreviationLexicon(WordList.builtinAbbreviations)

  /// The form written exactly as `bytes`, if listed.
  @inline(__always)
  public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> AbbreviationInfo? {
    forms.value(for: bytes)
  }

  /// The entry behind `info`.
  public func entry(_ info: AbbreviationInfo) -> WordListEntry { entries[info.entryIndex] }
}
