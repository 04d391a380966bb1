import Testing

@testable import DirectDuidelijk

/// A word list, how to match it, and how many rows it must have.
struct ListUnderTest: Sendable, CustomTestStringConvertible {
  let name: String
  let minimumRows: Int
  let caseSensitive: Bool
  var testDescription: String { name }

  static let all = [
    ListUnderTest(name: "officialese.tsv", minimumRows: 600, caseSensitive: false),
    ListUnderTest(name: "anglicisms.tsv", minimumRows: 150, caseSensitive: false),
    ListUnderTest(name: "support-verbs.tsv", minimumRows: 100, caseSensitive: false),
    ListUnderTest(name: "abbreviations.tsv", minimumRows: 200, caseSensitive: true),
  ]

  var list: WordList { WordList.builtin(name) }
}

/// One row of a list, with the matcher of its list.
struct ListEntryCase: Sendable, CustomTestStringConvertible {
  let list: String
  let index: Int
  let entry: WordListEntry
  let matcher: PhraseMatcher
  var testDescription: String { "\(list):\(entry.line) \(entry.term)" }

  static let all: [ListEntryCase] = ListUnderTest.all.flatMap { list in
    let matcher = PhraseMatcher(list.list, caseSensitive: list.caseSensitive)
    return matcher.entries.enumerated().map { ListEntryCase(list: list.name, index: $0, entry: $1, matcher: matcher) }
  }
}

@Suite("Word lists")
struct WordListTests {
  @Test(arguments: ListUnderTest.all)
  func listParsesWithSourceLicenceAndEnoughRows(_ list: ListUnderTest) {
    let parsed = list.list
    #expect(parsed.entries.count >= list.minimumRows)
    #expect(parsed.source?.isEmpty == false)
    #expect(parsed.licence?.isEmpty == false)
  }

  @Test(arguments: ListEntryCase.all)
  func exampleTriggersItsEntry(_ testCase: ListEntryCase) throws {
    let marked = try MarkedText(testCase.entry.example)
    let span = try #require(marked.ranges.first, "no ⟦…⟧ span")
    let document = try Segmenter().document(for: marked.text)
    let text = AnalyzedText(document)
    let matches = document.sentences.flatMap { testCase.matcher.matches(in: text, sentence: $0) }
    let ranges = matches.map {
      (entry: $0.entryIndex,
       range: text.tokens[$0.tokens.lowerBound].range.lowerBound..<text.tokens[$0.tokens.upperBound].range.upperBound)
    }
    // The entry itself, or a longer phrase of the list that holds it (`omwille` in `omwille van`).
    let found = ranges.contains { $0.entry == testCase.index && $0.range == span }
      || ranges.contains { $0.range.count > span.count && $0.range.lowerBound <= span.lowerBound && $0.range.upperBound >= span.upperBound }
    #expect(found, "found \(ranges.map { document.text($0.range) }) for ⟦\(marked.firstSpan ?? "")⟧")
  }

  @Test(arguments: ListEntryCase.all)
  func entryIsWellFormed(_ testCase: ListEntryCase) {
    let entry = testCase.entry
    let forms = Set(entry.forms.map { $0.lowercased() })
    for alternative in entry.alternatives {
      let bare = WordListRuleEngine.withoutArticle(alternative).lowercased()
      #expect(!forms.contains(bare), "\(entry.term) lists itself as alternative")
    }
    #expect(!entry.alternatives.isEmpty, "\(entry.term) has no alternative")
    if testCase.list != "abbreviations.tsv" {
      #expect(entry.wordClass != nil, "\(entry.term): the note must start with a word-class tag")
      if entry.wordClass == .noun { #expect(entry.article != nil, "\(entry.term): a noun needs its article") }
      if entry.wordClass == .verb && !entry.term.contains(" ") {
        #expect(entry.forms.count >= 4, "\(entry.term): a verb lists its forms")
      }
    }
  }

  @Test func formsAreUniqueWithinEachList() {
    for list in ListUnderTest.all {
      var seen: [String: Int] = [:]
      for entry in list.list.entries {
        for form in Set(entry.forms.map { list.caseSensitive ? $0 : $0.lowercased() }) {
          #expect(seen[form] == nil, "\(list.name): '\(form)' on lines \(seen[form] ?? 0) and \(entry.line)")
          seen[form] = entry.line
        }
      }
    }
  }
}
