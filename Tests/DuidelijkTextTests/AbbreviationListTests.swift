import Testing

@testable import DuidelijkText

/// One row of `abbreviations.tsv`.
struct AbbreviationCase: Sendable, CustomTestStringConvertible {
  let entry: WordListEntry
  var testDescription: String { "line \(entry.line): \(entry.term)" }

  static let all = AbbreviationLexicon.builtin.entries.map(AbbreviationCase.init)
}

@Suite("Abbreviation list")
struct AbbreviationListTests {
  @Test(arguments: AbbreviationCase.all)
  func exampleKeepsTheAbbreviationWholeAndTheSentenceIntact(_ testCase: AbbreviationCase) throws {
    let entry = testCase.entry
    let marked = try MarkedText(entry.example)
    let span = try #require(marked.ranges.first, "the example marks no span")
    let document = try Segmenter().document(for: marked.text)
    // The marked abbreviation is one token, or whole tokens for `et al.`.
    let inside = document.tokens.filter { $0.range.overlaps(span) }
    let expectedCount = (marked.firstSpan ?? "").split(separator: " ").count
    #expect(inside.first?.range.lowerBound == span.lowerBound && inside.last?.range.upperBound == span.upperBound
            && inside.count == expectedCount,
            "⟦\(marked.firstSpan ?? "")⟧ is split: \(inside.map { document.text(of: $0) })")
    // No sentence ends right after it unless the list says it can end one.
    if !AbbreviationLexicon.builtin.canEndSentence(entry), marked.text.utf8.count > span.upperBound + 1 {
      #expect(!document.sentences.contains { $0.range.upperBound == span.upperBound },
              "a sentence ends after ⟦\(marked.firstSpan ?? "")⟧")
    }
    #expect(entry.alternatives.first?.isEmpty == false, "no expansion")
    #expect(AbbreviationCategory(rawValue: String(entry.noteKeywords.first ?? "")) != nil, "unknown category in '\(entry.note)'")
  }

  @Test func listIsLargeAndFormsAreUnique() {
    let entries = AbbreviationLexicon.builtin.entries
    #expect(entries.count >= 300)
    let forms = entries.flatMap(\.forms)
    #expect(Set(forms).count == forms.count)
  }
}

extension AbbreviationLexicon {
  fileprivate func canEndSentence(_ entry: WordListEntry) -> Bool {
    entry.noteKeywords.dropFirst().first == "eind"
  }
}
