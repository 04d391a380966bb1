/// Flags a tangconstructie: the finite verb and the participle, infinitive
/// or particle that belongs to it more than `max-gap` words apart
/// (`Wij hebben uw aanvraag voor … op 3 maart ontvangen`, `De raad stelt
/// de regels voor … vast`).
///
/// Only main clauses, where the finite verb comes early; suggests moving the
/// parts together. Offers no fix.
public struct SeparatedVerbRule: Rule {
  public static let description = RuleDescription(
    id: "separated-verb", defaultSeverity: .suggestion,
    summary: "Werkwoorden die ver uit elkaar staan (tangconstructie).",
    rationale: "Als het tweede deel van het werkwoord pas aan het eind van een lange zin komt, moet de lezer alles onthouden tot hij weet wat er gebeurt. Zet de werkwoorden dicht bij elkaar.",
    options: [("max-gap", .integer(7))],
    triggering: [
      Example(
        "Wij ⟦hebben uw aanvraag voor een omgevingsvergunning voor het plaatsen van een dakkapel op 3 maart ontvangen⟧.",
        rewrite: "Wij hebben op 3 maart uw aanvraag ontvangen. Het gaat om een omgevingsvergunning voor een dakkapel."),
      Example("De gemeenteraad ⟦stelt de nieuwe regels voor het parkeren in de binnenstad en de wijken rond het station vast⟧."),
      Example("Wij ⟦zullen uw bezwaarschrift tegen het besluit over de kapvergunning voor de eik in uw tuin zorgvuldig beoordelen⟧."),
      Example("U ⟦kunt het formulier voor de aanvraag van een gehandicaptenparkeerkaart bij de balie in het stadhuis ophalen⟧."),
      Example("Het college ⟦heeft het voorstel over de bouw van honderd nieuwe woningen aan de rand van het dorp gisteren besproken⟧."),
    ],
    nonTriggering: [
      Example("Wij hebben uw aanvraag op 3 maart ontvangen."),
      Example("De gemeenteraad stelt de nieuwe regels vast."),
      Example("Wij beoordelen uw bezwaar zorgvuldig."),
      Example("U kunt het formulier ophalen bij de balie in het stadhuis."),
      Example("Wij weten dat u het formulier voor de aanvraag van een parkeerkaart bij de balie in het stadhuis hebt opgehaald."),
      Example("Het college heeft gisteren het voorstel besproken over de bouw van honderd woningen."),
    ]
  )

  private let settings: RuleSettings
  private let maximumGap: Int
  private let verbs: VerbLexicon
  private let frequencies: FrequencyLexicon

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
    maximumGap = settings.integer("max-gap", in: Self.description)
    verbs = resources.verbs
    frequencies = resources.frequencies
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    var findings: [Finding] = []
    for sentence in text.document.sentences where sentence.wordCount > maximumGap + 2 {
      ClauseSplitter.forEachClause(in: text, sentence: sentence, mode: .loose) { clause in
        guard clause.count > maximumGap + 2, let finding = separatedVerb(in: clause, text: text) else { return }
        findings.append(finding)
      }
    }
    return findings
  }

  private func separatedVerb(in clause: UnsafeBufferPointer<Int>, text: AnalyzedText) -> Finding? {
    let last = clause[clause.count - 1]
    guard text.tokens[last].kind == .word else { return nil }
    // `om talent te behouden` is a clause of its own, not the end of a tang.
    if clause.count >= 2, text.loweredText(ofToken: clause[clause.count - 2]) == "te" { return nil }
    let lastWord = text.loweredText(ofToken: last)
    let lastIsParticle = lastWord.utf8.count <= 7 && VerbLexicon.particleSet.contains(lastWord)
    // The finite verb of a main clause stands early: first, second or third word.
    for position in 0..<min(3, clause.count - 1) {
      let finite = clause[position]
      guard text.tokens[finite].kind == .word else { continue }
      guard text.has(finite, .auxiliary) || lastIsParticle,
        belongsTogether(finite: finite, final: lastWord, text: text, lastToken: last)
      else { continue }
      let gap = clause.count - 1 - position - 1
      guard gap > maximumGap else { return nil }
      let range = text.tokens[finite].range.lowerBound..<text.tokens[last].range.upperBound
      return Self.description.finding(
        at: range, severity: settings.severity,
        message: "‘\(text.text(ofToken: finite))’ en ‘\(text.text(ofToken: last))’ staan \(gap) woorden uit elkaar. Zet ze dichter bij elkaar, of maak twee zinnen.")
    }
    return nil
  }

  /// An auxiliary with a participle or infinitive at the end, or a verb with its particle.
  private func belongsTogether(finite finiteToken: Int, final: String, text: AnalyzedText, lastToken: Int) -> Bool {
    if text.has(finiteToken, .auxiliary) {
      if text.withLowered(text.tokens[lastToken].range, { verbs.participle($0) }) != nil { return true }
      return final.hasSuffix("en") && final.count > 4 && !text.has(lastToken, .auxiliary)
        && text.has(finiteToken, [.modal, .takesInfinitive])
    }
    guard final.utf8.count <= 7, VerbLexicon.particleSet.contains(final) else { return false }
    let finite = text.loweredText(ofToken: finiteToken)
    var stems = [finite]
    if finite.hasSuffix("t") { stems.append(String(finite.dropLast())) }
    for stem in stems {
      let infinitives = finite.hasSuffix("en") ? [finite] : VerbLexicon.infinitives(ofStem: stem)
      if infinitives.contains(where: { frequencies.zipf(final + $0) != nil }) { return true }
    }
    return false
  }
}
