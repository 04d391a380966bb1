import Testing

@testable import DuidelijkText

@Suite("Word list parsing")
struct WordListParsingTests {
  private let header = "term\tforms\talternatives\tnote\texample\n"

  @Test func rowsKeepTheirColumnsAndTheNoteTag() throws {
    let list = try WordList(
      name: "x.tsv",
      contents: header
        + "derhalve\tderhalve\tdaarom|dus\tbw!  Formeel woord.\tHet is ⟦derhalve⟧ nodig.\n"
        + "\n# source: eigen\n"
        + "aanvraag\taanvraag|aanvragen\t\tzn de\tUw ⟦aanvraag⟧ is binnen.\r\n")
    #expect(list.source == "eigen")
    #expect(list.entries.count == 2)
    let first = list.entries[0]
    #expect(first.forms == ["derhalve"])
    #expect(first.alternatives == ["daarom", "dus"])
    #expect(first.wordClass == .adverb)
    #expect(first.isSafeSwap)
    #expect(first.article == nil)
    #expect(first.noteKeywords == ["bw!", "Formeel", "woord."])
    let second = list.entries[1]
    #expect(second.line == 5)
    #expect(second.forms == ["aanvraag", "aanvragen"])
    #expect(second.alternatives.isEmpty)
    #expect(second.wordClass == .noun)
    #expect(!second.isSafeSwap)
    #expect(second.article == "de")
    #expect(second.example == "Uw ⟦aanvraag⟧ is binnen.")
  }

  @Test func aNoteWithoutATagHasNoWordClass() throws {
    let list = try WordList(name: "x.tsv", contents: header + "ter zake\tter zake\tover\tFormeel.\t⟦Ter zake⟧ dit.\n")
    #expect(list.entries[0].wordClass == nil)
    #expect(list.entries[0].article == nil)
  }

  @Test(arguments: [
    ("term\tforms\n", WordListError.badHeader(file: "x.tsv", line: 1)),
    ("term\tforms\talternatives\tnote\texample\nmiddels\tmiddels\tmet\tvz\n",
     .wrongColumnCount(file: "x.tsv", line: 2, expected: 5, found: 4)),
    ("term\tforms\talternatives\tnote\texample\nmiddels\tmiddels\tmet\tvz\tvb\t\n",
     .wrongColumnCount(file: "x.tsv", line: 2, expected: 5, found: 6)),
    ("term\tforms\talternatives\tnote\texample\n\tmiddels\tmet\tvz\tvb\n",
     .emptyColumn(file: "x.tsv", line: 2, column: "term")),
    ("term\tforms\talternatives\tnote\texample\nmiddels\tmet\tmet\tvz\tvb\n",
     .termNotAmongForms(file: "x.tsv", line: 2, term: "middels")),
  ])
  func badRowsAreNamed(_ contents: String, _ error: WordListError) {
    #expect(throws: error) { try WordList(name: "x.tsv", contents: contents) }
  }
}
