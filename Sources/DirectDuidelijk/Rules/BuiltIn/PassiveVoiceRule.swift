/// Flags the passive voice: a form of `worden` or `zijn` with a past
/// participle (`wordt … verzonden`, `is besloten`), in main and subordinate
/// order, split over the sentence, impersonal (`er wordt gekeken`) and with
/// modals (`moet worden ingevuld`). `zijn` with a participle that is often
/// an adjective (`is gesloten`) gives a suggestion rather than a warning.
///
/// Suggests naming who acts; when the sentence says it (`door de gemeente`),
/// the message names that actor and a main clause gets an active rewrite
/// (`De gemeente beoordeelt de aanvraag.`), never applied automatically.
public struct PassiveVoiceRule: Rule {
  public static let description = RuleDescription(
    id: "passive-voice", defaultSeverity: .warning,
    summary: "De lijdende vorm: ‘wordt verzonden’, ‘is besloten’.",
    rationale: "In de lijdende vorm staat niet wie iets doet. De lezer moet dat raden. Een actieve zin (‘Wij sturen u de brief’) is duidelijker en korter.",
    triggering: [
      Example("De brief ⟦wordt morgen verzonden⟧.", rewrite: "Wij versturen de brief morgen."),
      Example("Uw aanvraag ⟦wordt volgende week door ons beoordeeld⟧.", rewrite: "Wij beoordelen uw aanvraag volgende week."),
      Example("Wij laten u weten dat de brief door de gemeente ⟦wordt verstuurd⟧.", rewrite: "Wij laten u weten dat de gemeente de brief verstuurt."),
      Example("Er ⟦is besloten⟧ om de weg af te sluiten.", rewrite: "Wij hebben besloten de weg af te sluiten."),
      Example("Het formulier moet ⟦worden ingevuld⟧ voor 1 mei."),
      Example("De regels ⟦zijn vastgesteld⟧ door de gemeenteraad."),
      Example("Wij weten dat uw aanvraag vorige week ⟦ingediend is⟧."),
      Example("⟦Werd de vergunning verleend⟧?"),
    ],
    nonTriggering: [
      Example("Wij versturen de brief morgen."),
      Example("Hij is gisteren naar Assen vertrokken."),
      Example("Wij hebben uw brief goed ontvangen."),
      Example("Hij heeft zijn brief gisteren verstuurd."),
      Example("Het wordt morgen warm en zonnig."),
      Example("Zij is voorzitter geworden van de raad."),
      Example("Zijn gestolen fiets staat weer voor de deur."),
    ]
  )

  private let settings: RuleSettings
  private let detector: PassiveDetector
  private let rewriter: PassiveRewriter

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
    detector = PassiveDetector(verbs: resources.verbs, memo: resources.participleMemo)
    rewriter = PassiveRewriter(conjugator: Conjugator(verbs: resources.verbs))
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    var findings: [Finding] = []
    for sentence in text.document.sentences {
      for passive in detector.passives(in: text, sentence: sentence) {
        let first = min(passive.auxiliary, passive.participle)
        let last = max(passive.auxiliary, passive.participle)
        let range = text.tokens[first].range.lowerBound..<text.tokens[last].range.upperBound
        let written =
          last == first + 1
          ? text.document.quotedText(range)
          : "\(text.text(ofToken: first)) … \(text.text(ofToken: last))"
        var message = "Lijdende vorm: ‘\(written)’. "
        if let actor = passive.actor {
          let actorText = text.document.quotedText(text.tokens[actor.lowerBound + 1].range.lowerBound..<text.tokens[actor.upperBound].range.upperBound)
          message += "Maak de zin actief en begin met wie het doet: ‘\(actorText) …’."
        } else {
          message += "Zeg wie het doet, bijvoorbeeld: ‘Wij …’."
        }
        // `zijn` with an often adjectival participle: perhaps a state, not an action.
        let severity: Severity =
          passive.certain ? settings.severity : min(settings.severity, .suggestion)
        // With the actor in a main clause, the whole sentence can be turned around.
        let suggestions = rewriter.rewrite(passive, in: text, sentence: sentence).map {
          [Suggestion(range: sentence.range, replacement: $0, safe: false, explanation: "Actieve zin: begin met wie het doet.")]
        } ?? []
        findings.append(Self.description.finding(at: range, severity: severity, message: message, suggestions: suggestions))
      }
    }
    return findings
  }
}
