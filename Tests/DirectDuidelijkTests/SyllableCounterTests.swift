import DuidelijkData
import Foundation
import Testing

@testable import DirectDuidelijk

/// One row of `syllables.tsv`.
struct SyllableExceptionCase: Sendable, CustomTestStringConvertible {
  let entry: SyllableExceptions.Entry
  var testDescription: String { "syllables.tsv:\(entry.line) \(entry.form)" }

  static let all = SyllableExceptions.builtin.entries.map(SyllableExceptionCase.init)
}

/// One row of the gold list in `Data/syllables-gold.tsv`.
struct GoldSyllables {
  let word: String
  let syllables: Int

  /// The rows of the gold list, read next to this file.
  static func load() throws -> [GoldSyllables] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Data").appendingPathComponent("syllables-gold.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst(3).compactMap { line in
      let columns = line.split(separator: "\t")
      guard columns.count >= 2, let syllables = Int(columns[1]) else { return nil }
      return GoldSyllables(word: String(columns[0]), syllables: syllables)
    }
  }
}

@Suite("Syllables")
struct SyllableCounterTests {
  @Test(arguments: [
    ("sociale", 4), ("ideeën", 3), ("museum", 3), ("coördinatie", 5), ("geïnteresseerd", 5),
    ("beïnvloeden", 4), ("zee", 1), ("theater", 3), ("politie", 3), ("team", 1), ("update", 2),
    ("baseline", 2), ("website", 2), ("cliënt", 2), ("belastingaangifte", 6), ("bureau", 2),
    ("niveau", 2), ("eeuw", 1), ("ambitieus", 3), ("januari", 4), ("individueel", 5),
    ("financiële", 5), ("e-mail", 2), ("geautomatiseerd", 6),
    // Loan parts inside compounds and before Dutch endings.
    ("teamleider", 3), ("websitebeheer", 4), ("deadline", 2), ("updaten", 3), ("geüpdatet", 4),
    ("services", 3), ("gemeentewebsite", 5),
    // Dutch words that only look as if they hold a loan part.
    ("visite", 3), ("kordate", 3), ("stapelen", 3), ("centimeter", 4), ("gemeenteambtenaar", 6),
    // Spelling classes the rules read.
    ("serieus", 3), ("milieu", 2), ("beëindigen", 4), ("naïef", 2), ("één", 1), ("variété", 4),
    ("privéauto", 4), ("flyer", 2), ("royaal", 2), ("guerrilla", 3), ("koukleum", 2), ("geijkt", 2),
    ("tv", 2), ("hm", 1),
  ])
  func countsDictionarySyllables(_ word: String, _ expected: Int) {
    #expect(SyllableCounter.count(word) == expected)
  }

  @Test func countsAnyCase() {
    #expect(SyllableCounter.count("IDEEËN") == 3)
    #expect(SyllableCounter.count("Websitebeheer") == 4)
  }

  @Test func goldListIsAtLeast98PercentExact() throws {
    let gold = try GoldSyllables.load()
    #expect(gold.count >= 2000)
    let misses = gold.filter { SyllableCounter.count($0.word) != $0.syllables }
    let exact = Double(gold.count - misses.count) / Double(gold.count)
    print("syllables-gold.tsv: \(gold.count - misses.count) of \(gold.count) exact (\(exact * 100)%)")
    for miss in misses {
      print("  \(miss.word): \(SyllableCounter.count(miss.word)), gold \(miss.syllables)")
    }
    #expect(exact >= 0.98)
  }

  @Test func exceptionListParsesWithSourceAndLicence() throws {
    let text = EmbeddedWordLists.syllables
    #expect(text.hasPrefix("# source: "))
    #expect(text.contains("\n# licence: "))
    let list = try SyllableExceptions(tsv: text)
    let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count - 1
    #expect(list.entries.count == rows, "every row but the header is an entry")
  }

  @Test(arguments: SyllableExceptionCase.all)
  func exceptionRowIsApplied(_ testCase: SyllableExceptionCase) {
    let entry = testCase.entry
    // Alone, a form with a `word` row and a `part` row (`ware`) counts as the word.
    let hasWordRow = SyllableExceptions.builtin.entries.contains { !$0.isPart && $0.form == entry.form }
    if !entry.isPart || !hasWordRow {
      #expect(SyllableCounter.count(entry.form) == entry.syllables)
    }
    if entry.isPart {
      // voet-bal and be-heer around the part: 2 syllables each.
      #expect(SyllableCounter.count("voetbal" + entry.form) == entry.syllables + 2)
      #expect(SyllableCounter.count(entry.form + "beheer") == entry.syllables + 2)
    }
  }

  @Test(arguments: [
    ("term\tforms\n", SyllableListError.badHeader(line: 1)),
    ("form\tsyllables\tmatch\tnote\nteam\t1\tpart\n", .wrongColumnCount(line: 2, found: 3)),
    ("form\tsyllables\tmatch\tnote\nTeam\t1\tpart\t\n", .badForm(line: 2, form: "Team")),
    ("form\tsyllables\tmatch\tnote\nteam\téén\tpart\t\n", .badSyllables(line: 2, value: "één")),
    ("form\tsyllables\tmatch\tnote\nteam\t1\tstart\t\n", .badMatch(line: 2, value: "start")),
    (
      "form\tsyllables\tmatch\tnote\nteam\t1\tpart\t\n# comment\nteam\t1\tpart\t\n",
      .duplicateForm(line: 4, form: "team", firstLine: 2)
    ),
  ])
  func malformedListIsRejected(_ tsv: String, _ expected: SyllableListError) {
    #expect(throws: expected) { try SyllableExceptions(tsv: tsv) }
  }
}
