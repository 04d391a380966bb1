/// Flags rare, long words that have no listed alternative: a word whose Zipf
/// frequency is below 3 (rarer than once per million words), at least seven
/// letters long, and not built from common parts (`precariobelasting`); and
/// words of 22 letters or more whatever their parts (`bestemmingsplanwijziging`).
///
/// Names (a capital inside a sentence, street names, words with digits),
/// numbers, abbreviations, words in the
/// configuration's `words.accept` and words another list covers are left out.
/// Suggests explaining the word; offers no fix.
public struct DifficultWordRule: Rule {
  public static let description = RuleDescription(
    id: "difficult-word", defaultSeverity: .suggestion,
    summary: "Zeldzame, lange woorden die een B1-lezer waarschijnlijk niet kent.",
    rationale: "Een lezer op B1-niveau kent de ongeveer 5000 meest gebruikte woorden. Een zeldzaam woord moet u uitleggen of vervangen.",
    triggering: [
      Example("U betaalt ⟦precariobelasting⟧ voor uw terras.", rewrite: "U betaalt belasting voor uw terras op de stoep."),
      Example("Er geldt een ⟦bestemmingsplanwijziging⟧ voor dit perceel."),
      Example("De ⟦welstandscommissie⟧ geeft advies over het uiterlijk."),
      Example("U kunt ⟦kwijtschelding⟧ aanvragen als uw inkomen laag is."),
      Example("⟦Subsidiariteit⟧ is het uitgangspunt van dit beleid."),
    ],
    nonTriggering: [
      Example("U betaalt gemeentebelastingen voor uw huis."),
      Example("De gemeente stuurt u een brief."),
      Example("Meneer Wijnbergen woont in Hoogezand-Sappemeer."),
      Example("Bel 0570-123456 of kijk op www.gemeente.nl."),
      Example("De burgemeester opent het nieuwe zwembad."),
      Example("Uw omgevingsvergunning is klaar."),
    ]
  )

  private let settings: RuleSettings
  private let difficulty: WordDifficulty
  private let resources: CheckResources
  private var cache = DifficultyCache()

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
    self.resources = resources
    difficulty = WordDifficulty(frequencies: resources.frequencies)
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    var findings: [Finding] = []
    for sentence in text.document.sentences {
      for index in sentence.tokens where text.tokens[index].kind == .word {
        let range = text.tokens[index].range
        // Most words are short: passed over before anything is looked up.
        guard range.count >= WordDifficulty.minimumLength, !text.isAllCapitals(index) else { continue }
        // A capital inside a sentence marks a name; all capitals an abbreviation.
        let capitalized = text.isCapitalized(index)
        if capitalized && !text.isSentenceStart(index, in: sentence) { continue }
        guard
          text.withLowered(range, { lowered in
            cache.isDifficult(lowered, difficulty, memo: resources.difficultyMemo)
              && !(capitalized && Self.isPlaceName(lowered))
          }),
          !text.document.withBytes(range, { $0.contains { $0 >= 0x30 && $0 <= 0x39 } }),
          !resources.acceptedWords.contains(text.loweredText(ofToken: index)), !isListedElsewhere(text, index)
        else { continue }
        findings.append(
          Self.description.finding(
            at: range, severity: settings.severity,
            message: "Moeilijk woord: ‘\(text.text(ofToken: index))’. Leg het uit of kies een gewoner woord."))
      }
    }
    return findings
  }

  /// Endings of street and place names (`Kastanjelaan`, `Koestraat`), which start sentences too.
  private static let placeNameEndings: [[UInt8]] = [
    "laan", "straat", "weg", "plein", "singel", "gracht", "kade", "dijk", "hof", "park", "dreef", "steeg", "pad", "veld",
  ].map { Array($0.utf8) }

  /// Whether the lower-cased `word` ends as a street or place name.
  private static func isPlaceName(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    placeNameEndings.contains { ending in
      word.count >= ending.count && word[(word.count - ending.count)...].elementsEqual(ending)
    }
  }

  /// Words the officialese and anglicism lists already report.
  private func isListedElsewhere(_ text: AnalyzedText, _ index: Int) -> Bool {
    resources.officialese.containsSingleWord(text, index) || resources.anglicisms.containsSingleWord(text, index)
  }
}
