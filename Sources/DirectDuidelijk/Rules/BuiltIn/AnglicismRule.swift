/// Flags English words that have a common Dutch alternative (`deadline`,
/// `feedback`, `checken`), from `wordlists/anglicisms.tsv`, in every listed form.
///
/// Suggests the Dutch alternatives.
public struct AnglicismRule: Rule {
  public static let description = RuleDescription(
    id: "anglicism", defaultSeverity: .suggestion,
    summary: "Engelse woorden waarvoor een gewoon Nederlands woord bestaat.",
    rationale: "Niet iedere lezer kent Engels. Een Nederlands woord is voor de meeste lezers sneller duidelijk.",
    triggering: [
      Example("De ⟦deadline⟧ voor uw aanvraag is 1 mei.", rewrite: "De uiterste datum voor uw aanvraag is 1 mei."),
      Example("Wij horen graag uw ⟦feedback⟧ op het plan."),
      Example("Wij ⟦checken⟧ of uw gegevens kloppen."),
      Example("Alle ⟦stakeholders⟧ zijn uitgenodigd voor de bijeenkomst."),
      Example("⟦Feedback⟧ is welkom tot vrijdag."),
    ],
    nonTriggering: [
      Example("De uiterste datum voor uw aanvraag is 1 mei."),
      Example("Wij horen graag uw mening over het plan."),
      Example("Stuur ons een e-mail via de website."),
      Example("Het team van de bibliotheek helpt u graag."),
      Example("Wij controleren of uw gegevens kloppen."),
    ]
  )

  private var engine: WordListRuleEngine

  public init(settings: RuleSettings, resources: CheckResources) {
    engine = WordListRuleEngine(
      matcher: resources.anglicisms, description: Self.description, family: "anglicisms", settings: settings,
      resources: resources, label: "Engels woord"
    )
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] { engine.findings(in: text) }
}
