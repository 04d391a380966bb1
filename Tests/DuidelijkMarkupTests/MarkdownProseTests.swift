import DuidelijkMarkup
import DuidelijkText
import Testing

@Suite("Markdown prose")
struct MarkdownProseTests {
  static let nieuwsbrief = Result(catching: { try ExtractedSource(try fixture("nieuwsbrief.md"), type: .markdown) })

  @Test func proseKeepsTheSourceLayout() throws {
    try Self.nieuwsbrief.get().expectSourceLayout()
  }

  @Test func noTokenLiesInASkippedPart() throws {
    try Self.nieuwsbrief.get().expectNoToken(in: [
      "---\ntitel: Voorblad van de nieuwsbrief\ndatum: 2025-03-01\n---",
      "https://www.voorbeeldgemeente.nl/grofvuil \"Regels over grofvuil\"",
      "<!-- duidelijk-disable long-sentence -->",
      "<div class=\"melding\">\nDeze tekst staat in een HTML-blok.\n</div>",
      "`afvalwijzer --postcode`",
      "```bash\necho \"Dit is broncode en geen tekst\"\n```",
      "    Ingesprongen code telt ook niet mee.",
      "<https://www.voorbeeldgemeente.nl/afval>",
      "<span class=\"nadruk\">", "</span>",
      "](logo.png)",
    ])
  }

  @Test func syntaxIsBlank() throws {
    try Self.nieuwsbrief.get().expectBlank(
      "#*_|[]-",
      in: [
        "# Nieuws", "## Wat", "**groente", "tuinafval**", "_supermarkt_", "| Papier | Maandag |",
        "[de regels", "- De papier", "  - Een glasbak",
      ])
  }

  static let words = [
    ExpectedWord("Nieuws", 6, 3, byte: 64),
    ExpectedWord("tuinafval", 8, 51, byte: 144),
    // Link text on the line after the `[`.
    ExpectedWord("grofvuil", 10, 1, byte: 243),
    ExpectedWord("supermarkt", 18, 33, byte: 519),
    ExpectedWord("Donderdag", 28, 27, byte: 742),
    ExpectedWord("Café’s", 39, 46, byte: 1061),
    ExpectedWord("🌉", 39, 72, byte: 1090),
    // `\*`: the backslash is blank, the star stays where it is.
    ExpectedWord("*", 40, 11, byte: 1119),
    // `&ndash;` and `&euro;`: the character at the start of the reference.
    ExpectedWord("–", 40, 20, byte: 1128),
    ExpectedWord("€", 40, 32, byte: 1140),
    ExpectedWord("Naïeve", 40, 45, byte: 1153),
    ExpectedWord("ideeën", 41, 5, byte: 1185),
  ]

  @Test(arguments: words) func wordsAreAtTheirSourcePositions(_ word: ExpectedWord) throws {
    try word.check(in: Self.nieuwsbrief.get())
  }

  @Test func headingsListItemsAndCellsAreSentencesOfTheirOwn() throws {
    let sentences = try Self.nieuwsbrief.get().sentences
    for expected in [
      "Nieuws over afval in uw wijk", "Wat verandert er ?", "De papiercontainer komt één keer per maand .",
      "Glas brengt u zelf naar de glasbak .", "Een glasbak vindt u bij de supermarkt .",
      "Soort afval", "Ophaaldag", "Papier", "Maandag", "Gft & etensresten", "Donderdag",
      "Lees ook de regels voor grofvuil op onze website .", "Het logo : Logo van de gemeente .",
    ] {
      #expect(sentences.contains(expected), "\(expected)")
    }
  }

  @Test func referencesAreDecodedAtTheStartOfTheirSpan() throws {
    let extracted = try Self.nieuwsbrief.get()
    let amp = try extracted.range(of: "&amp;")
    #expect(Array(extracted.prose.bytes[amp]) == Array("&    ".utf8))
    let euro = try extracted.range(of: "&euro;")
    #expect(Array(extracted.prose.bytes[euro]) == Array("€   ".utf8))
  }

  @Test func directivesAreReadFromHTMLBlocks() throws {
    let extracted = try Self.nieuwsbrief.get()
    #expect(
      extracted.prose.directives == [
        InlineDirective(
          kind: .disable, rules: ["long-sentence"],
          range: try extracted.range(of: "<!-- duidelijk-disable long-sentence -->")),
        InlineDirective(kind: .enable, rules: [], range: try extracted.range(of: "<!-- duidelijk-enable -->")),
      ])
  }

  @Test func crlfLineEndsGiveTheSameSentences() throws {
    let lf = try Self.nieuwsbrief.get()
    let crlf = try ExtractedSource(
      Array(String(decoding: lf.source, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8),
      type: .markdown)
    crlf.expectSourceLayout()
    #expect(crlf.sentences == lf.sentences)
  }

  @Test func textIsFoundWhereCmarkMisplacesIt() throws {
    // cmark puts lazy continuation lines and text after a hard break at the wrong column.
    let extracted = try ExtractedSource(
      "> Een zin die\ndoorloopt hier.\n\n- Regel een\\\nregel twee.\n", type: .markdown)
    extracted.expectSourceLayout()
    #expect(
      extracted.document.position(of: try extracted.token("doorloopt").range.lowerBound)
        == TextPosition(line: 2, column: 1))
    #expect(
      extracted.document.position(of: try extracted.token("regel").range.lowerBound) == TextPosition(line: 5, column: 1)
    )
    #expect(extracted.sentences == ["Een zin die doorloopt hier .", "Regel een regel twee ."])
  }

  @Test func tomlFrontMatterAndAByteOrderMarkAreBlank() throws {
    let extracted = try ExtractedSource("\u{FEFF}+++\ntitel = \"Geheim\"\n+++\nDe tekst.\n", type: .markdown)
    extracted.expectSourceLayout()
    #expect(extracted.sentences == ["De tekst ."])
    #expect(try extracted.token("De").range.lowerBound == 28)
  }

  @Test func aDashLineWithoutItsCloserIsNoFrontMatter() throws {
    let extracted = try ExtractedSource("---\nEen tekst zonder einde.\n", type: .markdown)
    #expect(extracted.sentences == ["Een tekst zonder einde ."])
  }

  @Test func unknownEntitiesTakeCmarksDecoding() throws {
    // `&frac12;` is not in the extractor's own table; cmark knows it.
    let extracted = try ExtractedSource("Een &frac12; liter en &onbekend; blijft.\n", type: .markdown)
    #expect(extracted.tokenTexts == ["Een", "½", "liter", "en", "&", "onbekend", ";", "blijft", "."])
  }

  @Test func anEntityInsideAWordKeepsTheWordWhole() throws {
    let extracted = try ExtractedSource("De idee&euml;n van auto&rsquo;s.\n", type: .markdown)
    #expect(extracted.visibleTokenTexts == ["De", "ideeën", "van", "auto’s", "."])
    extracted.expectSourceLayout()
  }

  @Test func invalidUTF8IsAnError() {
    #expect(throws: InputError.invalidUTF8(offset: 4)) {
      try ProseExtractor.prose(from: [0x54, 0x65, 0x6B, 0x73, 0xFF], type: .markdown)
    }
    #expect(throws: InputError.binaryContent(offset: 1)) { try ProseExtractor.prose(from: [0x54, 0], type: .html) }
  }
}
