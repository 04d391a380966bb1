import Testing

@testable import DirectDuidelijk

/// One row of `participles.tsv`.
struct ParticipleCase: Sendable, CustomTestStringConvertible {
  let entry: WordListEntry
  var testDescription: String { "participles.tsv:\(entry.line) \(entry.term)" }

  static let all = VerbLexicon.builtin.verbs.map(ParticipleCase.init)
}

@Suite("Participle list")
struct ParticipleListTests {
  @Test func listIsLarge() {
    #expect(VerbLexicon.builtin.verbs.count >= 300)
  }

  @Test(arguments: ParticipleCase.all)
  func rowHasPrincipalPartsAndItsExampleMarksTheParticiple(_ testCase: ParticipleCase) throws {
    let entry = testCase.entry
    #expect(entry.forms.count == 6, "six forms in the ww order")
    #expect(entry.alternatives.isEmpty)
    let auxiliary = entry.noteKeywords.dropFirst().first
    #expect(["hebben", "zijn", "hebben/zijn"].contains(auxiliary), "note: ww hebben|zijn|hebben/zijn")
    let marked = try MarkedText(entry.example)
    #expect(marked.firstSpan?.lowercased() == entry.forms[VerbSlot.pastParticiple.rawValue])
    let participle = entry.forms[VerbSlot.pastParticiple.rawValue]
    var bytes = participle
    #expect(bytes.withUTF8 { VerbLexicon.builtin.listedParticiple($0) } != nil, "\(participle) is listed")
  }
}
