import Testing

@testable import DirectDuidelijk

@Suite("Frequency lexicon")
struct FrequencyLexiconTests {
  private func zipf(_ lexicon: FrequencyLexicon, _ word: String) -> Double? {
    Array(word.utf8).withUnsafeBufferPointer { lexicon.zipf($0) }
  }

  // Values have two decimals, as the list writes them.
  @Test func commentsAndTheHeaderAreNoEntries() {
    let lexicon = FrequencyLexicon(tsv: "# source: x\n# licence: y\nword\tzipf\na\t5.62\nbrief\t4.50\n\nwet\t4.90")
    #expect(zipf(lexicon, "a") == 5.62)
    #expect(zipf(lexicon, "brief") == 4.50)
    #expect(zipf(lexicon, "wet") == 4.9)
    #expect(zipf(lexicon, "word") == nil)
    #expect(zipf(lexicon, "zipf") == nil)
    #expect(zipf(lexicon, "b") == nil)
  }

  @Test func theBuiltInListKnowsCommonAndRareWords() {
    let lexicon = FrequencyLexicon.builtin
    #expect((zipf(lexicon, "de") ?? 0) > 7)
    #expect((zipf(lexicon, "gemeente") ?? 0) > 4)
    #expect(zipf(lexicon, "xqzwv") == nil)
  }
}
