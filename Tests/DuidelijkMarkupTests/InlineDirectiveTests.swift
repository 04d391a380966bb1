import DuidelijkMarkup
import DuidelijkText
import Testing

@Suite("Inline directives")
struct InlineDirectiveTests {
  private func directives(_ source: String, _ type: InputType) throws -> [InlineDirective] {
    try ProseExtractor.prose(from: Array(source.utf8), type: type).directives
  }

  @Test func kindsAndRuleLists() throws {
    let source = """
      <!-- duidelijk-disable -->
      <!--duidelijk-enable officialese,anglicism-->
      <!-- duidelijk-disable-next-line long-sentence passive-voice -- een citaat -->
      <!--
        duidelijk-disable
        abbreviation
      -->
      """
    let found = try directives(source, .html)
    #expect(found.map(\.kind) == [.disable, .enable, .disableNextLine, .disable])
    #expect(
      found.map(\.rules) == [[], ["officialese", "anglicism"], ["long-sentence", "passive-voice"], ["abbreviation"]])
    #expect(found[0].range == 0..<26)
  }

  @Test func otherCommentsAreNoDirectives() throws {
    let source = "<!-- duidelijk-disablex --><!-- zie duidelijk-disable --><!-- Duidelijk-disable --><!---->"
    #expect(try directives(source, .html).isEmpty)
  }

  @Test func markdownCommentsInTextCountButNotInCode() throws {
    let source = """
      Een zin <!-- duidelijk-disable-next-line officialese --> met een opmerking.

      `<!-- duidelijk-disable -->` en

      ```
      <!-- duidelijk-disable -->
      ```

      > <!-- duidelijk-enable anglicism -->
      """
    let found = try directives(source, .markdown)
    #expect(
      found == [
        InlineDirective(kind: .disableNextLine, rules: ["officialese"], range: 8..<56),
        InlineDirective(kind: .enable, rules: ["anglicism"], range: 148..<183),
      ])
  }
}
