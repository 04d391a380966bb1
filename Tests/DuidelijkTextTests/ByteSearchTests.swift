import Testing

@testable import DuidelijkText

@Suite("Byte search")
struct ByteSearchTests {
  private func contains(_ haystack: String, _ needle: String) -> Bool {
    Array(haystack.utf8).withUnsafeBufferPointer { UTF8Bytes.contains($0, needle) }
  }

  @Test func findsNeedlesAnywhere() {
    #expect(contains("de wet maatschappelijke ondersteuning", "maatschappelijke"))
    #expect(contains("abc", "abc"))
    #expect(contains("xxabc", "abc"))
    #expect(contains("aab", "ab"))
    #expect(contains("ideeën en cliënten", "cliënt"))
    #expect(contains("", ""))
  }

  @Test func rejectsWhatIsNotThere() {
    #expect(!contains("ab", "abc"))
    #expect(!contains("", "a"))
    #expect(!contains("abd abe", "abc"))
    // Byte for byte: no case folding and no normalisation.
    #expect(!contains("Wmo", "wmo"))
    #expect(!contains("ide\u{65}\u{308}en", "ideëen"))
  }
}
