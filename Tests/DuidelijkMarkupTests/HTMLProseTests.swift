import DuidelijkMarkup
import DuidelijkText
import Testing

@Suite("HTML prose")
struct HTMLProseTests {
  static let parkeren = Result(catching: { try ExtractedSource(try fixture("parkeren.html"), type: .html) })

  @Test func proseKeepsTheSourceLayout() throws {
    try Self.parkeren.get().expectSourceLayout()
  }

  @Test func noTokenLiesInASkippedPart() throws {
    try Self.parkeren.get().expectNoToken(in: [
      "<!DOCTYPE html>", "<meta charset=\"utf-8\">",
      "<style>body { font-family: \"Geheim Lettertype\"; }</style>",
      "<script>var bericht = \"<p>Dit is script en geen tekst</p>\";</script>",
      "<!-- duidelijk-disable-next-line officialese -->",
      "href=\"https://www.voorbeeldgemeente.nl/parkeren\"", "src=\"zones.png\"",
      "<pre>Voorbeeld van een vaste tekst</pre>", "<code>parkeer --zone A</code>",
      "<!-- Een gewone opmerking -->", "<!-->",
      "<svg viewBox=\"0 0 10 10\"><text>Tekst in een plaatje</text></svg>",
      "<template><p>Sjabloontekst</p></template>", "<noscript>Zet JavaScript aan.</noscript>",
      "<tr><th>", "</th><th>", "</td></tr>",
    ])
  }

  static let words = [
    ExpectedWord("Parkeren", 5, 10, byte: 74),
    ExpectedWord("€", 13, 22, byte: 430),
    ExpectedWord("Kaart", 14, 75, byte: 577),
    ExpectedWord("<", 22, 60, byte: 919),
    ExpectedWord("België", 29, 51, byte: 1165),
    ExpectedWord("😀", 29, 62, byte: 1179),
    ExpectedWord("Einde", 34, 6, byte: 1439),
  ]

  @Test(arguments: words) func wordsAreAtTheirSourcePositions(_ word: ExpectedWord) throws {
    try word.check(in: Self.parkeren.get())
  }

  @Test func titleAltTitleBlocksAndBreaksAreUnitsOfTheirOwn() throws {
    let sentences = try Self.parkeren.get().sentences
    #expect(sentences.filter { $0 == "Parkeren in het centrum" }.count == 2)  // <title> and <h1>
    for expected in [
      "Kaart met parkeerzones", "Kaart van de parkeerzones", "Bekijk de", "kaart of bel ons .",
      "Wij helpen u graag .", "Zone A : maandag tot en met zaterdag", "Zone", "Prijs", "Centrum",
      "€ 3,- per uur", "Einde van de pagina .",
    ] {
      #expect(sentences.contains(expected), "\(expected)")
    }
  }

  @Test func directivesAreRead() throws {
    let extracted = try Self.parkeren.get()
    #expect(
      extracted.prose.directives == [
        InlineDirective(
          kind: .disableNextLine, rules: ["officialese"],
          range: try extracted.range(of: "<!-- duidelijk-disable-next-line officialese -->")),
        InlineDirective(
          kind: .disable, rules: ["passive-voice", "long-sentence"],
          range: try extracted.range(
            of: "<!-- duidelijk-disable passive-voice, long-sentence -- tabel met bedragen -->")),
        InlineDirective(kind: .enable, rules: [], range: try extracted.range(of: "<!-- duidelijk-enable -->")),
      ])
  }

  @Test func referencesDecodeAsHTMLDoes() throws {
    let extracted = try ExtractedSource(
      "<p>A&amp;B &lt &copy; &#146;t &#x20AC; &#0; &onbekend; &ampx</p><img alt=\"x&copy=2 &amp;\">", type: .html)
    extracted.expectSourceLayout()
    #expect(
      extracted.visibleTokenTexts.joined(separator: " ") == "A & B < © ’ t € \u{FFFD} & onbekend ; & x x&copy = 2 &")
  }

  @Test func anEntityInsideAWordKeepsTheWordWhole() throws {
    let extracted = try ExtractedSource("<p>Caf&eacute;s en auto&#8217;s in Belgi&euml;.</p>", type: .html)
    // The padding is invisible format characters.
    #expect(extracted.visibleTokenTexts == ["Cafés", "en", "auto’s", "in", "België", "."])
    #expect(try extracted.token("België").range == 35..<42)
  }

  @Test func commentsEndWhereBrowsersEndThem() throws {
    let extracted = try ExtractedSource(
      "<p>Een</p><!--->twee<!-- a -- b --!>drie<!-- nooit gesloten <p>vier</p>", type: .html)
    #expect(extracted.tokenTexts == ["Een", "twee", "drie"])
  }

  @Test func rawTextEndsOnlyAtItsOwnEndTag() throws {
    let extracted = try ExtractedSource(
      "<script>if (a </b> c) {}</SCRIPT >Na<style>p{}</style><textarea>Invoer</textarea><title>Kop &amp; titel</title>",
      type: .html)
    #expect(extracted.sentences == ["Na", "Kop & titel"])
  }

  @Test func tagsAndAttributesAreReadPastQuotes() throws {
    let extracted = try ExtractedSource(
      "<p data-x='a > b' title=\"Een > twee\" class=x>Tekst</p><a href=/x>link</a> < 3 en <?php echo ?>klaar",
      type: .html)
    #expect(extracted.sentences == ["Een > twee", "Tekst", "link < 3 en klaar"])
  }

  @Test func brokenMarkupNeverCrashes() throws {
    for source in ["<", "</", "<p", "<p title=\"open", "&", "&#", "&#x", "<!--", "<!", "<![CDATA[x", "<a b=>", "</>x"] {
      let extracted = try ExtractedSource(source, type: .html)
      extracted.expectSourceLayout()
    }
  }

  @Test func skippedElementsNestAndCloseByName() throws {
    let extracted = try ExtractedSource(
      "<pre><code>a</code> b</pre>c<pre/>d<svg><svg></svg>e</svg>f<code><b>g</code>h", type: .html)
    #expect(extracted.tokenTexts == ["c", "d", "f", "h"])
  }
}
