/// Flags paragraphs with more words than `max-words` (100).
///
/// Headings and list items are paragraphs of their own, so a long list is
/// not one long paragraph. Suggests splitting; offers no fix.
public struct LongParagraphRule: Rule {
  public static let description = RuleDescription(
    id: "long-paragraph", defaultSeverity: .suggestion,
    summary: "Alinea's met te veel woorden.",
    rationale: "Korte alinea's met één onderwerp helpen de lezer de tekst te overzien. Begin een nieuwe alinea bij een nieuw onderwerp.",
    options: [("max-words", .integer(100))],
    triggering: [
      Example("⟦" + Self.longParagraph + "⟧"),
      Example("Kort kopje\n\n⟦" + Self.longParagraph + "⟧\n\nEen korte alinea."),
      Example("Inleiding.\n\n⟦" + Self.longParagraph + " " + Self.longParagraph + "⟧"),
      Example("⟦" + Self.longParagraph + "⟧\n\n⟦" + Self.longParagraph + "⟧"),
      Example("Eén zin.\n\n⟦" + Self.longParagraph.replacingDutchSpaces() + "⟧"),
    ],
    nonTriggering: [
      Example("Een korte alinea met een paar zinnen. Nog een zin. En nog één."),
      Example(Self.halfParagraph + "\n\n" + Self.halfParagraph),
      Example("- " + Self.halfParagraph + "\n- " + Self.halfParagraph + "\n- " + Self.halfParagraph),
      Example("Kopje\n\n" + Self.halfParagraph),
      Example("Dit is één zin van precies tien woorden voor de test."),
    ]
  )

  /// About 110 words of letter prose.
  static let longParagraph =
    "Wij hebben uw aanvraag voor een vergunning goed ontvangen. In deze brief leggen wij uit hoe het verder gaat. Eerst kijken wij of uw aanvraag compleet is. Ontbreken er stukken, dan vragen wij u die binnen twee weken op te sturen. Daarna beoordelen wij of het plan past binnen de regels voor uw wijk. Soms vragen wij ook advies aan de welstandscommissie. Die kijkt of het uiterlijk van het bouwwerk past bij de straat. Binnen acht weken krijgt u van ons een besluit. Soms hebben wij meer tijd nodig. Dan laten wij u dat op tijd weten. Hebt u vragen over uw aanvraag? Bel dan met het team Vergunningen. Wij helpen u graag verder."

  /// About 55 words.
  static let halfParagraph =
    "Wij hebben uw aanvraag voor een vergunning goed ontvangen. In deze brief leggen wij uit hoe het verder gaat. Eerst kijken wij of uw aanvraag compleet is. Ontbreken er stukken, dan vragen wij u die binnen twee weken op te sturen. Daarna beoordelen wij of het plan past binnen de regels voor uw wijk."

  private let settings: RuleSettings
  private let maximum: Int

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
    maximum = settings.integer("max-words", in: Self.description)
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    let sentences = text.document.sentences
    return text.document.paragraphs.compactMap { paragraph in
      let words = sentences[paragraph.sentences].reduce(0) { $0 + $1.wordCount }
      guard words > maximum else { return nil }
      return Self.description.finding(
        at: paragraph.range, severity: settings.severity,
        message: "Deze alinea is lang (\(words) woorden). Maak er twee of meer alinea's van, elk met één onderwerp.")
    }
  }
}

extension String {
  /// The text with its spaces as no-break spaces: the same words, other bytes.
  fileprivate func replacingDutchSpaces() -> String {
    split(separator: " ").joined(separator: "\u{00A0}")
  }
}
