import Dispatch

/// The word lists and lexicons rules draw on, built once and shared by all
/// files and threads. Built-in lists are parsed on first use.
public final class CheckResources: Sendable {
  /// The configuration's officialese list merged with the built-in one, if it has extra lists.
  private let extendedOfficialese: PhraseMatcher?
  /// Words the configuration accepts (`words.accept`), lower case.
  public let acceptedWords: Set<String>
  /// Difficulty of lower-cased words, judged once per process.
  let difficultyMemo = SharedMemo<[UInt8], Bool>()
  /// Participle readings of lower-cased words, made once per process.
  let participleMemo = SharedMemo<[UInt8], ParticipleInfo?>()
  /// Conjugations of alternatives, made once per process.
  let conjugationMemo = SharedMemo<String, [String]?>(limit: 50_000)

  /// Resources with the built-in lists, plus `extraOfficialese` lists and `acceptedWords`.
  public init(extraOfficialese: [WordList] = [], acceptedWords: Set<String> = []) {
    extendedOfficialese =
      extraOfficialese.isEmpty
      ? nil : PhraseMatcher(WordList.builtin("officialese.tsv").appending(extraOfficialese.flatMap(\.entries)))
    self.acceptedWords = Set(acceptedWords.map { $0.lowercased() })
  }

  // Each built-in list is parsed the first time a rule asks for it, so a
  // command that needs few lists starts fast.

  /// Word frequencies.
  public var frequencies: FrequencyLexicon { .builtin }
  /// `officialese.tsv` plus the configuration's extra lists.
  public var officialese: PhraseMatcher { extendedOfficialese ?? Self.builtinOfficialese }
  /// `anglicisms.tsv`.
  public var anglicisms: PhraseMatcher { Self.builtinAnglicisms }
  /// `support-verbs.tsv`.
  public var supportVerbs: PhraseMatcher { Self.builtinSupportVerbs }
  /// `abbreviations.tsv`, case-sensitive.
  public var abbreviations: PhraseMatcher { Self.builtinAbbreviations }
  /// The abbreviation lexicon of the segmenter (categories, sentence ends).
  public var abbreviationLexicon: AbbreviationLexicon { .builtin }
  /// Verb forms for the grammar rules.
  public var verbs: VerbLexicon { .builtin }

  private static let builtinOfficialese = PhraseMatcher(WordList.builtin("officialese.tsv"))
  private static let builtinAnglicisms = PhraseMatcher(WordList.builtin("anglicisms.tsv"))
  private static let builtinSupportVerbs = PhraseMatcher(WordList.builtin("support-verbs.tsv"))
  private static let builtinAbbreviations = PhraseMatcher(WordList.builtinAbbreviations, caseSensitive: true)

  /// Starts building the built-in lists on background threads, all at once,
  /// and returns at once: reading and segmenting the input goes on meanwhile,
  /// and a rule that needs a list still being built waits for that one
  /// (each is built once, whoever asks first). Without this call the lists
  /// are built one by one, when first used. Calls after the first do nothing.
  public static func prepareBuiltinLists() { _ = preparation }

  private static let preparation: Void = {
    // The segmenter needs abbreviations first; the longest builds start early.
    let builders: [@Sendable () -> Void] = [
      { _ = AbbreviationLexicon.builtin; _ = builtinAbbreviations }, { _ = builtinOfficialese },
      { _ = FrequencyLexicon.builtin }, { _ = VerbLexicon.builtin }, { _ = builtinAnglicisms; _ = builtinSupportVerbs },
    ]
    for builder in builders { DispatchQueue.global(qos: .userInitiated).async(execute: builder) }
  }()

  /// Whether `text` holds a word or phrase of the officialese or anglicism lists.
  func hasListedWord(in text: String) -> Bool {
    let words = text.lowercased().split(separator: " ").map(String.init)
    return officialese.containsForm(inWords: words) || anglicisms.containsForm(inWords: words)
  }

  /// The resources with built-in lists only.
  public static let builtin = CheckResources()

}
