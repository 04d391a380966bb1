/// Where a word-list entry occurs in a sentence.
public struct PhraseMatch: Sendable, Hashable {
  /// Index of the entry in the matcher's list.
  public var entryIndex: Int
  /// Index of the matched form among the entry's forms.
  public var formIndex: Int
  /// Tokens from the first to the last part of the match.
  public var tokens: ClosedRange<Int>
  /// The token of the verb when the verb stands apart from the rest (`neemt … een besluit`).
  public var separatedVerb: Int?
}

/// Finds the forms of a word list in text, word by word, with no `String`
/// per token: single words by one hash lookup, phrases by their first word.
///
/// A multiword verb entry (`een besluit nemen`, tag `ww`) is also found when
/// its verb stands elsewhere in the sentence (`Wij nemen morgen een besluit`).
public final class PhraseMatcher: Sendable {
  /// The entries, in list order.
  public let entries: [WordListEntry]
  /// Whether case must match (abbreviations); otherwise forms match in any case.
  public let caseSensitive: Bool
  /// How many words may lie between a separated verb and the rest of its phrase.
  public let maximumVerbDistance: Int

  private struct Pattern: Sendable {
    var entry: Int
    var form: Int
    var words: [[UInt8]]
  }

  /// A verb phrase split into the words that never change and its verb forms.
  private struct SplitPattern: Sendable {
    var entry: Int
    /// The fixed words, in order (`een besluit`, or `kennis` + `van`).
    var fixed: [[UInt8]]
    /// The fixed word is the particle of a separable verb (`vindt … plaats`):
    /// it ends its clause and the verb comes before it.
    var particle = false
  }

  private let patterns: [Pattern]
  private let firstWords: ByteKeyTable<[Int]>
  private let splitPatterns: [SplitPattern]
  private let splitFirstWords: ByteKeyTable<[Int]>
  /// Verb forms of split patterns: form → (split pattern, form index) pairs.
  private let splitVerbForms: ByteKeyTable<[SplitVerb]>

  private struct SplitVerb: Sendable {
    var pattern: Int
    var form: Int
  }

  /// A matcher for `list`.
  public init(_ list: WordList, caseSensitive: Bool = false, maximumVerbDistance: Int = 8) {
    self.entries = list.entries
    self.caseSensitive = caseSensitive
    self.maximumVerbDistance = maximumVerbDistance
    var patterns: [Pattern] = []
    var firstWords = ByteKeyTable<[Int]>(capacity: list.entries.count * 4)
    var splitPatterns: [SplitPattern] = []
    var splitFirstWords = ByteKeyTable<[Int]>(capacity: 64)
    var splitVerbForms = ByteKeyTable<[SplitVerb]>(capacity: 256)
    var firstWordLists: [[UInt8]: [Int]] = [:]
    var splitFirstLists: [[UInt8]: [Int]] = [:]
    var verbLists: [[UInt8]: [SplitVerb]] = [:]

    for (entryIndex, entry) in list.entries.enumerated() {
      let forms = entry.forms.map { Self.words(of: $0, caseSensitive: caseSensitive) }
      for (formIndex, words) in forms.enumerated() where !words.isEmpty {
        firstWordLists[words[0], default: []].append(patterns.count)
        patterns.append(Pattern(entry: entryIndex, form: formIndex, words: words))
      }
      guard entry.wordClass == .verb, let first = forms.first else { continue }
      // A separable verb (`plaatsvinden`) lists its split forms (`vindt plaats`):
      // the particle is fixed, the verb before it may stand words away.
      if first.count == 1 {
        let split = forms.enumerated().filter { $0.element.count == 2 }
        guard let particle: [UInt8] = split.first?.element[1], split.allSatisfy({ $0.element[1] == particle }) else { continue }
        let splitIndex = splitPatterns.count
        splitPatterns.append(SplitPattern(entry: entryIndex, fixed: [particle], particle: true))
        splitFirstLists[particle, default: []].append(splitIndex)
        for (formIndex, words) in split {
          verbLists[words[0], default: []].append(SplitVerb(pattern: splitIndex, form: formIndex))
        }
        continue
      }
      // The verb of a multiword `ww` entry is the one word that differs between forms.
      guard let verbPosition = Self.changingPosition(forms) else { continue }
      var fixed = first
      fixed.remove(at: verbPosition)
      let splitIndex = splitPatterns.count
      splitPatterns.append(SplitPattern(entry: entryIndex, fixed: fixed))
      splitFirstLists[fixed[0], default: []].append(splitIndex)
      for (formIndex, words) in forms.enumerated() where words.count == first.count {
        verbLists[words[verbPosition], default: []].append(SplitVerb(pattern: splitIndex, form: formIndex))
      }
    }
    for (key, value) in firstWordLists { key.withUnsafeBufferPointer { _ = firstWords.insert(value, for: $0) } }
    for (key, value) in splitFirstLists { key.withUnsafeBufferPointer { _ = splitFirstWords.insert(value, for: $0) } }
    for (key, value) in verbLists { key.withUnsafeBufferPointer { _ = splitVerbForms.insert(value, for: $0) } }
    self.patterns = patterns
    self.firstWords = firstWords
    self.splitPatterns = splitPatterns
    self.splitFirstWords = splitFirstWords
    self.splitVerbForms = splitVerbForms
  }

  /// The words of a form as the tokenizer splits them: at spaces, with a
  /// trailing comma on its own.
  private static func words(of form: String, caseSensitive: Bool) -> [[UInt8]] {
    var result: [[UInt8]] = []
    for piece in form.split(separator: " ") {
      let text = caseSensitive ? String(piece) : piece.lowercased()
      if text.count > 1, text.hasSuffix(",") {
        result.append(Array(text.dropLast().utf8))
        result.append(Array(",".utf8))
      } else {
        result.append(Array(text.utf8))
      }
    }
    return result
  }

  /// The only word position at which the forms differ, if there is one.
  private static func changingPosition(_ forms: [[[UInt8]]]) -> Int? {
    guard let first = forms.first else { return nil }
    var position: Int?
    for form in forms.dropFirst() where form.count == first.count {
      for index in form.indices where form[index] != first[index] {
        if let position, position != index { return nil }
        position = index
      }
    }
    return position
  }

  /// Calls `body` with the bytes to look token `index` up by.
  @inline(__always)
  private func withKey<Result>(
    _ text: AnalyzedText, _ index: Int, sentenceStart: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Result?
  ) -> Result? {
    let range = text.tokens[index].range
    guard caseSensitive else { return text.withLowered(range, body) }
    if let found = text.document.withBytes(range, body) { return found }
    // A capital at the start of a sentence: `I.v.m. uw brief …`.
    guard sentenceStart, text.isCapitalized(index) else { return nil }
    return text.document.withBytes(range) { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { key in
        _ = key.initialize(from: bytes)
        let length = UTF8Bytes.scalarLength(leadByte: bytes[0])
        text.withLowered(range.lowerBound..<range.lowerBound + length) { lowered in
          for offset in 0..<length { key[offset] = lowered[offset] }
        }
        return body(UnsafeBufferPointer(key))
      }
    }
  }

  @inline(__always)
  private func tokenEquals(_ text: AnalyzedText, _ index: Int, _ word: [UInt8]) -> Bool {
    let range = text.tokens[index].range
    guard range.count == word.count else { return false }
    let compare: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
      word.withUnsafeBufferPointer { expected in
        for offset in 0..<expected.count where bytes[offset] != expected[offset] { return false }
        return true
      }
    }
    return caseSensitive ? text.document.withBytes(range, compare) : text.withLowered(range, compare)
  }

  /// Whether token `index` on its own is a form of an entry.
  public func containsSingleWord(_ text: AnalyzedText, _ index: Int) -> Bool {
    guard let candidates = withKey(text, index, sentenceStart: false, { firstWords.value(for: $0) }) else {
      return false
    }
    return candidates.contains { patterns[$0].words.count == 1 }
  }

  /// Whether `word` (lower case, as the list writes it) is a single-word form.
  public func containsSingleWordForm(_ word: String) -> Bool {
    firstWords.value(for: word)?.contains { patterns[$0].words.count == 1 } ?? false
  }

  /// Every match in `sentence`, longest first where they overlap, in text order.
  public func matches(in text: AnalyzedText, sentence: Sentence) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    let tokens = sentence.tokens
    for index in tokens {
      let token = text.tokens[index]
      guard token.kind != .punctuation && token.kind != .symbol else { continue }
      let sentenceStart = text.isSentenceStart(index, in: sentence)
      if let candidates = withKey(text, index, sentenceStart: sentenceStart, { firstWords.value(for: $0) }) {
        for patternIndex in candidates {
          let pattern = patterns[patternIndex]
          let last = index + pattern.words.count - 1
          guard last < tokens.upperBound else { continue }
          var equal = true
          var position = 1
          while position < pattern.words.count {
            if !tokenEquals(text, index + position, pattern.words[position]) { equal = false; break }
            position += 1
          }
          if equal {
            found.append(PhraseMatch(entryIndex: pattern.entry, formIndex: pattern.form, tokens: index...last))
          }
        }
      }
      if !splitPatterns.isEmpty,
        let candidates = withKey(text, index, sentenceStart: sentenceStart, { splitFirstWords.value(for: $0) })
      {
        for splitIndex in candidates {
          if let match = splitMatch(splitIndex, at: index, in: text, sentence: sentence) { found.append(match) }
        }
      }
    }
    return Self.longestFirst(found)
  }

  /// The fixed words of split pattern `splitIndex` at `index`, and its verb nearby.
  private func splitMatch(_ splitIndex: Int, at index: Int, in text: AnalyzedText, sentence: Sentence) -> PhraseMatch? {
    let pattern = splitPatterns[splitIndex]
    let last = index + pattern.fixed.count - 1
    guard last < sentence.tokens.upperBound else { return nil }
    for position in 1..<pattern.fixed.count where !tokenEquals(text, index + position, pattern.fixed[position]) {
      return nil
    }
    if pattern.particle && !endsClause(after: last, in: text, sentence: sentence) { return nil }
    // The verb: the nearest form within reach, before or after the fixed words
    // (a particle's verb only before it).
    var best: (token: Int, form: Int, distance: Int)?
    let lower = max(sentence.tokens.lowerBound, index - maximumVerbDistance)
    let upper = pattern.particle ? index - 1 : min(sentence.tokens.upperBound - 1, last + maximumVerbDistance)
    guard lower <= upper else { return nil }
    for candidate in lower...upper where candidate < index || candidate > last {
      guard text.tokens[candidate].kind == .word,
        let verbs = text.withLowered(text.tokens[candidate].range, { splitVerbForms.value(for: $0) })
      else { continue }
      for verb in verbs where verb.pattern == splitIndex {
        let distance = candidate < index ? index - candidate : candidate - last
        if best == nil || distance < best!.distance { best = (candidate, verb.form, distance) }
      }
    }
    guard let best else { return nil }
    return PhraseMatch(
      entryIndex: pattern.entry, formIndex: best.form, tokens: min(index, best.token)...max(last, best.token),
      separatedVerb: best.token)
  }

  /// Whether the clause ends after token `index`: punctuation, the end of the
  /// sentence, or a word that opens a new clause.
  private func endsClause(after index: Int, in text: AnalyzedText, sentence: Sentence) -> Bool {
    let next = index + 1
    guard next < sentence.tokens.upperBound else { return true }
    return text.tokens[next].kind == .punctuation || text.has(next, .clauseOpener)
      || Self.prepositionsAfterParticle.contains(text.loweredText(ofToken: next))
  }

  /// A particle may be followed by a prepositional phrase (`schort de betaling op tot …`).
  private static let prepositionsAfterParticle: Set<String> = [
    "tot", "met", "naar", "voor", "bij", "om", "tijdens", "wegens", "vanwege", "na", "vanaf", "binnen", "zodra",
  ]

  /// Keeps the longest of overlapping matches (the earlier one on a tie), in text order.
  private static func longestFirst(_ matches: [PhraseMatch]) -> [PhraseMatch] {
    guard matches.count > 1 else { return matches }
    let ordered = matches.sorted {
      ($0.tokens.count, -$0.tokens.lowerBound) > ($1.tokens.count, -$1.tokens.lowerBound)
    }
    var kept: [PhraseMatch] = []
    for match in ordered where !kept.contains(where: { $0.tokens.overlaps(match.tokens) }) {
      kept.append(match)
    }
    return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}
