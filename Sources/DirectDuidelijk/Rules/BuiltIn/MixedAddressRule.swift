/// Flags a text that addresses the reader both formally (`u`, `uw`) and
/// informally (`je`, `jij`, `jouw`, `jullie`): every use of the form that
/// came second is reported.
///
/// Suggests keeping to the form the text started with; offers no fix.
public struct MixedAddressRule: Rule {
  public static let description = RuleDescription(
    id: "mixed-address", defaultSeverity: .warning,
    summary: "De lezer wordt in één tekst zowel met ‘u’ als met ‘je’ aangesproken.",
    rationale: "Wisselen tussen ‘u’ en ‘je’ maakt een tekst onrustig en onduidelijk: wie wordt bedoeld? Kies één vorm en houd die vast.",
    triggering: [
      Example("U kunt het formulier online invullen. Daarna krijg ⟦je⟧ een bevestiging.", rewrite: "U kunt het formulier online invullen. Daarna krijgt u een bevestiging."),
      Example("Heeft u vragen? Bel ons, dan helpen wij ⟦jou⟧ graag."),
      Example("Je kunt hier parkeren. Betaal wel ⟦uw⟧ parkeergeld."),
      Example("Stuur ons uw formulier. Vergeet ⟦je⟧ pasfoto niet. Dan kan ⟦jij⟧ snel verder."),
      Example("Jullie zijn welkom. Meldt ⟦u⟧ zich bij de balie?"),
    ],
    nonTriggering: [
      Example("U kunt het formulier online invullen. Daarna krijgt u een bevestiging."),
      Example("Je kunt hier parkeren. Betaal wel je parkeergeld."),
      Example("Heeft u vragen? Bel ons gerust."),
      Example("De letter U staat voor uur op het bord."),
      Example("Kijk op jouwgemeente.nl voor meer informatie, zegt u."),
    ]
  )

  private enum Address {
    case formal
    case informal
  }

  private let settings: RuleSettings
  private var firstForm: Address?

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    var findings: [Finding] = []
    for sentence in text.document.sentences {
      for index in sentence.tokens where text.tokens[index].kind == .word {
        // `U` inside a sentence is a letter, not the pronoun (which is written `u`).
        if text.isCapitalized(index) && !text.isSentenceStart(index, in: sentence) { continue }
        let form: Address
        if text.has(index, .formalAddress) {
          form = .formal
        } else if text.has(index, .informalAddress) {
          form = .informal
        } else {
          continue
        }
        guard let firstForm else {
          self.firstForm = form
          continue
        }
        guard form != firstForm else { continue }
        let earlier = firstForm == .formal ? "‘u’" : "‘je’"
        findings.append(
          Self.description.finding(
            at: text.tokens[index].range, severity: settings.severity,
            message: "Hier staat ‘\(text.text(ofToken: index))’, eerder in de tekst \(earlier). Spreek de lezer steeds op dezelfde manier aan."))
      }
    }
    return findings
  }
}
