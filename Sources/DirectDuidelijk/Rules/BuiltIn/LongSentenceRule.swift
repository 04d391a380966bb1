/// Flags sentences with more words than a B1 reader takes in at once.
///
/// Counts words, numbers and abbreviations, not punctuation; headings and list
/// items are units of their own. Warns above `warning-above` words (20) and
/// errs above `error-above` (30); suggests splitting, offers no automatic fix.
public struct LongSentenceRule: Rule {
  public static let description = RuleDescription(
    id: "long-sentence", defaultSeverity: .warning,
    summary: "Zinnen die te lang zijn voor taalniveau B1.",
    rationale: "Een lezer op B1-niveau moet een lange zin vaak twee keer lezen. Zinnen van hoogstens 15 tot 20 woorden zijn het best te volgen.",
    options: [("warning-above", .integer(20)), ("error-above", .integer(30))],
    triggering: [
      Example(
        "⟦Omdat de aanvraag te laat was en de stukken niet compleet waren, kunnen wij uw verzoek op dit moment helaas nog niet in behandeling nemen.⟧",
        rewrite: "Uw aanvraag was te laat. Ook ontbraken er stukken. Daarom behandelen wij uw aanvraag nog niet."),
      Example(
        "Wij zijn blij. ⟦Tijdens de bijeenkomst in het buurthuis aan de Dorpsstraat konden bewoners hun vragen stellen over de plannen voor de nieuwe speeltuin bij de school.⟧"),
      Example(
        "⟦De gemeente heeft besloten dat de containers voor gft-afval vanaf 1 januari 2027 niet meer elke week maar om de twee weken worden geleegd in alle wijken.⟧"),
      Example(
        "⟦Ingevolge artikel 4:5 van de Algemene wet bestuursrecht wordt u in de gelegenheid gesteld om binnen twee weken na dagtekening van deze brief de ontbrekende gegevens aan te vullen.⟧"),
      Example(
        "⟦Wilt u uw paspoort, uw rijbewijs of een andere geldige identiteitskaart meenemen naar de balie, samen met het formulier dat u van ons hebt gekregen?⟧"),
      Example(
        "Kopje\n\n⟦Het college van burgemeester en wethouders van de gemeente heeft in zijn vergadering van dinsdag het voorstel over de nieuwe regels voor het parkeren besproken.⟧"),
    ],
    nonTriggering: [
      Example("Uw aanvraag was te laat. Wij behandelen hem later."),
      Example("De containers worden om de twee weken geleegd. Dat staat op de afvalkalender."),
      Example("Neem mee:\n- uw paspoort of identiteitskaart\n- een pasfoto die niet ouder is dan zes maanden\n- het ingevulde formulier"),
      Example("Bel ons op 14 0570 of mail naar info@gemeente.nl als u vragen hebt over uw aanvraag."),
      Example("Wij hebben uw brief van 12 maart 2026 ontvangen. Daarin vraagt u om uitstel van betaling."),
      Example("Café ’t Hoekje, dhr. J. de Vries en mevr. A.B. van den Berg-Öztürk zijn uitgenodigd."),
    ]
  )

  private let settings: RuleSettings
  private let warningAbove: Int
  private let errorAbove: Int

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
    // `max-words` is accepted as another name for `warning-above`.
    if case .integer(let value) = settings.options["max-words"] {
      warningAbove = value
    } else {
      warningAbove = settings.integer("warning-above", in: Self.description)
    }
    errorAbove = max(warningAbove, settings.integer("error-above", in: Self.description))
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    text.document.sentences.compactMap { sentence in
      guard sentence.wordCount > warningAbove else { return nil }
      // A configured severity wins; otherwise very long sentences are errors.
      let severity: Severity =
        sentence.wordCount > errorAbove && settings.severity == Self.description.defaultSeverity
        ? .error : settings.severity
      return Self.description.finding(
        at: sentence.range, severity: severity,
        message: "Deze zin is lang (\(sentence.wordCount) woorden). Maak er twee of drie zinnen van.",
        suggestions: splitSuggestion(sentence, text).map { [$0] } ?? [])
    }
  }

  /// Where a sentence can be cut in two, and how the second part begins:
  /// `;`, `, maar`, `, want`, `, omdat` (`Dat is omdat …`) and `, en`.
  private static let splitWords: [(word: String, start: String?)] = [
    ("maar", nil), ("want", nil), ("omdat", "Dat is omdat"), ("en", nil),
  ]

  /// The sentence cut at the split point nearest its middle, when both parts
  /// keep at least five words. Never safe: the reader must check the meaning.
  private func splitSuggestion(_ sentence: Sentence, _ text: AnalyzedText) -> Suggestion? {
    let tokens = sentence.tokens
    guard let last = tokens.last, text.tokens[last].kind == .punctuation else { return nil }
    var best: (index: Int, skip: Int, start: String?, balance: Int)?
    var wordsBefore = 0
    for index in tokens.dropLast() {
      if text.tokens[index].isWordLike { wordsBefore += 1 }
      guard text.tokens[index].kind == .punctuation else { continue }
      let mark = text.text(ofToken: index)
      var candidate: (skip: Int, start: String?)?
      if mark == ";" {
        candidate = (1, nil)
      } else if mark == ",", index + 1 < last {
        let next = text.loweredText(ofToken: index + 1)
        if let split = Self.splitWords.first(where: { $0.word == next }) {
          candidate = (1, split.start)
        }
      }
      guard let candidate else { continue }
      let wordsAfter = sentence.wordCount - wordsBefore
      guard wordsBefore >= 5, wordsAfter >= 5 else { continue }
      let balance = abs(wordsBefore - wordsAfter)
      if best == nil || balance < best!.balance { best = (index, candidate.skip, candidate.start, balance) }
    }
    guard let best else { return nil }
    let first = text.document.text(sentence.range.lowerBound..<text.tokens[best.index].range.lowerBound)
    let restStart = text.tokens[best.index + best.skip].range.lowerBound
    var second = text.document.text(restStart..<sentence.range.upperBound)
    second = best.start.map { "\($0) \(second)" } ?? second.capitalizingFirstLetter()
    return Suggestion(
      range: sentence.range, replacement: "\(first). \(second)", safe: false,
      explanation: "Maak er twee zinnen van.")
  }
}
