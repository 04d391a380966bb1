/// Flags officialese words and phrases (`middels`, `teneinde`, `in het kader
/// van`) from `wordlists/officialese.tsv` and the configuration's extra lists,
/// in every listed inflection and with a capital at the start of a sentence.
///
/// Suggests the listed plainer alternatives; a one-to-one swap the list marks
/// safe is applied by `duidelijk fix`.
public struct OfficialeseRule: Rule {
  public static let description = RuleDescription(
    id: "officialese", defaultSeverity: .warning,
    summary: "Ambtelijke en ouderwetse woorden en uitdrukkingen met een eenvoudiger alternatief.",
    rationale: "Woorden als ‘middels’ en ‘teneinde’ kent een B1-lezer vaak niet of leest hij langzaam. Een gewoon woord zegt hetzelfde.",
    triggering: [
      Example("U kunt ⟦middels⟧ het formulier bezwaar maken.", rewrite: "U kunt met het formulier bezwaar maken."),
      Example("⟦Indien⟧ u vragen heeft, belt u ons dan.", rewrite: "Als u vragen heeft, belt u ons dan."),
      Example("Wij hebben uw aanvraag ⟦reeds⟧ ontvangen.", rewrite: "Wij hebben uw aanvraag al ontvangen."),
      Example("⟦In het kader van⟧ de nieuwe wet vragen wij uw gegevens.", rewrite: "Voor de nieuwe wet vragen wij uw gegevens."),
      Example("Wij schrijven u ⟦met betrekking tot⟧ uw aanvraag.", rewrite: "Wij schrijven u over uw aanvraag."),
      Example("Stuur het formulier terug ⟦teneinde⟧ uw uitkering te behouden.", rewrite: "Stuur het formulier terug om uw uitkering te houden."),
      Example("De gemeente ⟦verstrekt⟧ geen subsidie voor dakkapellen."),
    ],
    nonTriggering: [
      Example("U kunt met het formulier bezwaar maken."),
      Example("Als u vragen heeft, belt u ons dan."),
      Example("Wij hebben uw aanvraag al ontvangen."),
      Example("Voor de nieuwe wet vragen wij uw gegevens."),
      Example("De kaders van het plan staan in de bijlage."),
      Example("Het Middelste huis in de straat krijgt een nieuw dak."),
    ]
  )

  private var engine: WordListRuleEngine

  public init(settings: RuleSettings, resources: CheckResources) {
    engine = WordListRuleEngine(
      matcher: resources.officialese, description: Self.description, family: "officialese", settings: settings,
      resources: resources, label: "Ambtelijk"
    )
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] { engine.findings(in: text) }
}
