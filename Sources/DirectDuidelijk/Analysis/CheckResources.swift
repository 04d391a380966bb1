/// The word lists and lexicons rules draw on, built once and shared by all
/// files and threads. Built-in lists are parsed on first use.
public final class CheckResources: Sendable {
  /// Word frequencies.
  public let frequencies: FrequencyLexicon
  /// `officialese.tsv` plus the configuration's extra lists.
  public let officialese: PhraseMatcher
  /// `anglicisms.tsv`.
  public let anglicisms: PhraseMatcher
  /// `support-verbs.tsv`.
  public let supportVerbs: PhraseMatcher
  /// `abbreviations.tsv`, case-sensitive.
  public let abbreviations: PhraseMatcher
  /// The abbreviation lexicon of the segmenter (categories, sentence ends).
  public let abbreviationLexicon: AbbreviationLexicon
  /// Verb forms for the grammar rules.
  public let verbs: VerbLexicon
  /// Words the configuration accepts (`words.accept`), lower case.
  public let acceptedWords: Set<String>

  /// Resources with the built-in lists, plus `extraOfficialese` lists and `acceptedWords`.
  public init(extraOfficialese: [WordList] = [], acceptedWords: Set<String> = []) {
    frequencies = .builtin
    officialese = extraOfficialese.isEmpty
      ? Self.builtinOfficialese
      : PhraseMatcher(Self.merge(WordList.builtin("officialese.tsv"), with: extraOfficialese))
    anglicisms = Self.builtinAnglicisms
    supportVerbs = Self.builtinSupportVerbs
    abbreviations = Self.builtinAbbreviations
    abbreviationLexicon = .builtin
    verbs = .builtin
    self.acceptedWords = Set(acceptedWords.map { $0.lowercased() })
  }

  /// Whether a word of `text` is a single-word form of the officialese or anglicism lists.
  func hasListedWord(in text: String) -> Bool {
    text.split(separator: " ").contains { word in
      officialese.containsSingleWordForm(word.lowercased()) || anglicisms.containsSingleWordForm(word.lowercased())
    }
  }

  /// The resources with built-in lists only.
  public static let builtin = CheckResources()

  private static let builtinOfficialese = PhraseMatcher(WordList.builtin("officialese.tsv"))
  private static let builtinAnglicisms = PhraseMatcher(WordList.builtin("anglicisms.tsv"))
  private static let builtinSupportVerbs = PhraseMatcher(WordList.builtin("support-verbs.tsv"))
  private static let builtinAbbreviations = PhraseMatcher(
    WordList.builtin("abbreviations.tsv"), caseSensitive: true)

  private static func merge(_ list: WordList, with extra: [WordList]) -> WordList {
    list.appending(extra.flatMap(\.entries))
  }
}
