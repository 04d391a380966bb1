import CDuidelijkICU
import DuidelijkTestSupport
import Testing

@testable import DuidelijkText

/// The word boundaries found without ICU must be ICU's, character for character.
@Suite("Word breaks without ICU")
struct SimpleWordBreakTests {
  private let icu = try! ICUBreakIterator(kind: DDBreakKindWord, simpleWordBreaks: false)
  private let simple = try! ICUBreakIterator(kind: DDBreakKindWord)

  private func boundaries(_ iterator: ICUBreakIterator, _ text: String) -> [Int32] {
    var offsets: [Int32] = []
    Array(text.utf8).withUnsafeBufferPointer { try! iterator.boundaries(in: $0, into: &offsets) }
    return offsets
  }

  /// Every character the C shim classifies, and a few it sends to ICU.
  private static let alphabet: [String] =
    ["a", "Z", "é", "Ë", "ÿ", "×", "÷", "0", "9", " ", "  ", ":", ".", ",", ";", "'", "_", "\r", "\n", "\r\n",
     "\u{0B}", "\u{0C}", "\t", "!", "-", "(", "/", "@", "‘", "’", "“", "”", "–", "—", "…"]
  private static let elsewhere: [String] = ["€", "\u{A0}", "ĳ", "\u{301}", "😀", "ß", "\u{AD}", "中", "\u{85}", "\u{2028}"]

  private func compare(_ text: String) {
    let found = boundaries(simple, text)
    let expected = boundaries(icu, text)
    guard found != expected else { return }
    let first = zip(found, expected).first { $0 != $1 }.map { min($0, $1) } ?? min(found.last ?? 0, expected.last ?? 0)
    let bytes = Array(text.utf8)
    let window = bytes[max(0, Int(first) - 12)..<min(bytes.count, Int(first) + 12)]
    Issue.record("first difference at byte \(first), near \(String(decoding: window, as: UTF8.self).debugDescription)")
  }

  /// One long random string: every pair and triple of classes the rules
  /// look at occurs thousands of times, and one call of each is fast.
  @Test func randomTextBreaksAsInICU() {
    var generator = SeededGenerator(state: 20261203)
    compare((0..<300_000).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined())
  }

  /// Characters the shim does not know, now and then: ICU takes the text
  /// around them, and the seams must not show.
  @Test(arguments: [(7, 40), (8, 5), (9, 300)] as [(UInt64, UInt64)])
  func textWithOtherCharactersBreaksAsInICU(seed: UInt64, oneIn: UInt64) {
    var generator = SeededGenerator(state: seed)
    compare(
      (0..<200_000).map { _ in
        generator.next() % oneIn == 0
          ? Self.elsewhere[Int(generator.next() % UInt64(Self.elsewhere.count))]
          : Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))]
      }.joined())
  }

  /// The shim checks its rules against the ICU in use when it opens an
  /// iterator and falls back to ICU alone if they differ; with the ICU they
  /// were written for, they must agree.
  @Test func theRulesAgreeWithICU72() {
    if ICUBreakIterator.icuVersion.hasPrefix("72.") {
      #expect(simple.findsWordBreaksWithoutICU)
    }
    #expect(!icu.findsWordBreaksWithoutICU)
  }

  @Test func withRulesThatDisagreeICUTakesEverything() throws {
    let fallback = try ICUBreakIterator(kind: DDBreakKindWord)
    fallback.disableRulesWithoutICU()
    #expect(!fallback.findsWordBreaksWithoutICU)
    var generator = SeededGenerator(state: 11)
    let text = (0..<20_000).map { _ in (Self.alphabet + Self.elsewhere)[Int(generator.next() % UInt64(Self.alphabet.count + Self.elsewhere.count))] }.joined()
    #expect(boundaries(fallback, text) == boundaries(icu, text))
  }

  /// The letters of `corpora/` segment to the same tokens and sentences either way.
  @Test func corporaTextsSegmentAsWithICUAlone() throws {
    let texts = try corpusTexts()
    #expect(texts.count >= 10)
    let fast = try Segmenter()
    let reference = try Segmenter(wordBreaksByICUOnly: true)
    for (name, text) in texts {
      let (a, b) = (try fast.document(for: text), try reference.document(for: text))
      #expect(a.tokens == b.tokens, "\(name)")
      #expect(a.sentences == b.sentences, "\(name)")
    }
  }

  @Test func dutchSentencesBreakAsInICU() {
    let texts = [
      "Wij vragen u het formulier vóór 1 januari 2026 in te vullen, en het te sturen naar ons.",
      "Het is 3,5% of 12.000 euro; zie art. 4:12 Awb en ’s-Hertogenbosch (blz. 12–14).",
      "De cliënt z’n ideeën: ‘prima’, zei hij… “Goed zo!” — en dan ‘t gaat door_nu.",
      "Line one\r\nline two\n\nline  three\u{0C}four 2025-2026 14:30 e-mail i.v.m. a.s. U.S.A.",
    ]
    for text in texts { #expect(boundaries(simple, text) == boundaries(icu, text), "\(text)") }
  }
}
