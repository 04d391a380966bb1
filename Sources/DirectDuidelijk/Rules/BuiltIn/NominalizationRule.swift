/// Flags noun style: support-verb constructions from
/// `wordlists/support-verbs.tsv` (`een besluit nemen` → `besluiten`, also with
/// the verb elsewhere in the sentence), and an infinitive used as a noun
/// (`het indienen van een aanvraag` → `een aanvraag indienen`).
///
/// Suggests the plain verb; these rewrites change word order, so none is safe.
public struct NominalizationRule: Rule {
  public static let description = RuleDescription(
    id: "nominalization", defaultSeverity: .suggestion,
    summary: "Naamwoordstijl: een zelfstandig naamwoord met een hulpwerkwoord waar één werkwoord volstaat.",
    rationale: "‘Een besluit nemen’ of ‘het indienen van een aanvraag’ maakt een zin lang en abstract. Met het werkwoord zelf (‘besluiten’, ‘een aanvraag indienen’) wordt de zin korter en levendiger.",
    triggering: [
      Example("Het college ⟦neemt volgende week een besluit⟧ over uw verzoek.", rewrite: "Het college besluit volgende week over uw verzoek."),
      Example("Wij hebben uw aanvraag ⟦in behandeling genomen⟧.", rewrite: "Wij behandelen uw aanvraag."),
      Example("⟦Het indienen van⟧ een aanvraag kan via de website.", rewrite: "U kunt een aanvraag indienen via de website."),
      Example("De aannemer ⟦brengt het werk in juni tot uitvoering⟧.", rewrite: "De aannemer voert het werk in juni uit."),
      Example("Voor ⟦het aanvragen van⟧ een paspoort hebt u een pasfoto nodig."),
      Example("Wij ⟦nemen uw bezwaar in behandeling⟧."),
    ],
    nonTriggering: [
      Example("Het college besluit volgende week over uw verzoek."),
      Example("Wij behandelen uw aanvraag binnen acht weken."),
      Example("U kunt een aanvraag indienen via de website."),
      Example("Het leven van een student is duur."),
      Example("Het besluit is genomen door de raad."),
      Example("Neem een pasfoto mee."),
    ]
  )

  /// Infinitives that are also ordinary nouns (`het leven`, `het wapen`).
  private static let lexicalisedNouns: Set<String> = [
    "leven", "wapen", "teken", "laken", "examen", "wezen", "vermogen", "verleden", "kussen", "deken",
    "eten", "genoegen", "verlangen", "verzoeken", "gebeuren", "welzijn", "wezen", "ontstaan",
  ]

  private var engine: WordListRuleEngine
  private let settings: RuleSettings
  private let frequencies: FrequencyLexicon

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
    frequencies = resources.frequencies
    engine = WordListRuleEngine(
      matcher: resources.supportVerbs, description: Self.description, family: "support-verbs", settings: settings,
      resources: resources, label: "Naamwoordstijl"
    )
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    var findings = engine.findings(in: text)
    let covered = findings.map(\.range)
    for sentence in text.document.sentences {
      for index in sentence.tokens.dropLast(2) where text.has(index, .het) {
        let verb = index + 1
        guard text.tokens[verb].kind == .word, text.has(index + 2, .van) else { continue }
        let word = text.loweredText(ofToken: verb)
        guard word.count >= 5, word.hasSuffix("en"), !Self.lexicalisedNouns.contains(word),
          frequencies.zipf(word) != nil
        else { continue }
        let range = text.tokens[index].range.lowerBound..<text.tokens[index + 2].range.upperBound
        guard !covered.contains(where: { $0.overlaps(range) }) else { continue }
        findings.append(
          Self.description.finding(
            at: range, severity: settings.severity,
            message: "Naamwoordstijl: ‘\(text.document.quotedText(range))’. Gebruik het werkwoord: ‘… \(word)’."))
      }
    }
    return findings
  }
}
