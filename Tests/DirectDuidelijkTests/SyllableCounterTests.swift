import Testing

@testable import DirectDuidelijk

@Suite("Syllables")
struct SyllableCounterTests {
  @Test(arguments: [
    ("sociale", 4), ("ideeën", 3), ("museum", 3), ("coördinatie", 5), ("geïnteresseerd", 5),
    ("beïnvloeden", 4), ("zee", 1), ("theater", 3), ("politie", 3), ("cliënt", 2),
    ("belastingaangifte", 6), ("bureau", 2), ("niveau", 2), ("eeuw", 1), ("ambitieus", 3),
    ("januari", 4), ("individueel", 5), ("financiële", 5), ("e-mail", 2), ("geautomatiseerd", 6),
  ])
  func countsDictionarySyllables(_ word: String, _ expected: Int) {
    #expect(SyllableCounter.count(word) == expected)
  }
}
