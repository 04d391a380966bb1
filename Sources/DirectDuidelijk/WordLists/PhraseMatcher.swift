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
  private let splitPatterns: [SplitPattern]
  /// What can start at a word, as ranges of `patternIndices` and `splitIndices`:
  /// one lookup per token, and no reference counting in the hot loop.
  private let starts: ByteKeyTable<Starts>
  private let patternIndices: [Int32]
  private let splitIndices: [Int32]
  /// Verb forms of split patterns: form → range of `splitVerbs`.
  private let splitVerbForms: ByteKeyTable<Range<Int32>>
  private let splitVerbs: [SplitVerb]
  /// Lower-cased hashes of the one-word keys, and of the first and second
  /// words of the two-word keys: most tokens start nothing and are passed
  /// over with one bit test, before any key is built or looked up.
  private let singleKeys: HashFilter
  private let pairFirstWords: HashFilter
  private let pairSecondWords: HashFilter

  private struct Starts: Sendable {
    var patterns: Range<Int32>
    var splits: Range<Int32>
  }

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
    var splitPatterns: [SplitPattern] = []
    var firstWordLists: [[UInt8]: [Int]] = [:]
    var splitFirstLists: [[UInt8]: [Int]] = [:]
    var verbLists: [[UInt8]: [SplitVerb]] = [:]

    for (entryIndex, entry) in list.entries.enumerated() {
      let forms = entry.forms.map { Self.words(of: $0, caseSensitive: caseSensitive) }
      for (formIndex, words) in forms.enumerated() where !words.isEmpty {
        firstWordLists[Self.key(words), default: []].append(patterns.count)
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
      splitFirstLists[Self.key(fixed), default: []].append(splitIndex)
      for (formIndex, words) in forms.enumerated() where words.count == first.count {
        verbLists[words[verbPosition], default: []].append(SplitVerb(pattern: splitIndex, form: formIndex))
      }
    }
    var singleKeys = HashFilter()
    var pairFirstWords = HashFilter()
    var pairSecondWords = HashFilter()
    var starts = ByteKeyTable<Starts>(capacity: firstWordLists.count + splitFirstLists.count)
    var patternIndices: [Int32] = []
    var splitIndices: [Int32] = []
    for key in Set(firstWordLists.keys).union(splitFirstLists.keys) {
      let patternStart = Int32(patternIndices.count)
      patternIndices += (firstWordLists[key] ?? []).map { Int32($0) }
      let splitStart = Int32(splitIndices.count)
      splitIndices += (splitFirstLists[key] ?? []).map { Int32($0) }
      let entry = Starts(
        patterns: patternStart..<Int32(patternIndices.count), splits: splitStart..<Int32(splitIndices.count))
      key.withUnsafeBufferPointer { _ = starts.insert(entry, for: $0) }
      let words = key.split(separator: 0x20, maxSplits: 1, omittingEmptySubsequences: false).map(Self.loweredHash)
      if words.count == 1 {
        singleKeys.insert(words[0])
      } else {
        pairFirstWords.insert(words[0])
        pairSecondWords.insert(words[1])
      }
    }
    self.singleKeys = singleKeys
    self.pairFirstWords = pairFirstWords
    self.pairSecondWords = pairSecondWords
    var splitVerbForms = ByteKeyTable<Range<Int32>>(capacity: verbLists.count)
    var splitVerbs: [SplitVerb] = []
    for (key, value) in verbLists {
      let range = Int32(splitVerbs.count)..<Int32(splitVerbs.count + value.count)
      splitVerbs += value
      key.withUnsafeBufferPointer { _ = splitVerbForms.insert(range, for: $0) }
    }
    self.patterns = patterns
    self.splitPatterns = splitPatterns
    self.starts = starts
    self.patternIndices = patternIndices
    self.splitIndices = splitIndices
    self.splitVerbForms = splitVerbForms
    self.splitVerbs = splitVerbs
  }

  /// The lookup key of a pattern: its first word, or its first two words
  /// with a space between, so a common first word (`in`, `een`) does not
  /// bring hundreds of candidates to compare.
  private static func key(_ words: [[UInt8]]) -> [UInt8] {
    words.count >= 2 ? words[0] + [0x20] + words[1] : words[0]
  }

  /// The hash a token of these bytes has in `AnalyzedText.hashes`.
  private static func loweredHash(_ word: ArraySlice<UInt8>) -> Int {
    let lowered = [UInt8](unsafeUninitializedCapacity: word.count) { buffer, count in
      word.withUnsafeBufferPointer { UTF8Bytes.lowercase($0, into: buffer) }
      count = word.count
    }
    return lowered.withUnsafeBufferPointer { ByteHash.of($0) }
  }

  /// The words of a form as the tokenizer splits them: at spaces, with a
  /// trailing comma on its own. Lowered with the same byte mapping as the
  /// text's tokens, so keys and tokens agree.
  private static func words(of form: String, caseSensitive: Bool) -> [[UInt8]] {
    var result: [[UInt8]] = []
    var form = form
    form.withUTF8 { bytes in
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
        defer { start = index + 1 }
        guard index > start else { continue }
        let piece = UnsafeBufferPointer(rebasing: bytes[start..<index])
        var word = [UInt8](unsafeUninitializedCapacity: piece.count) { buffer, count in
          if caseSensitive {
            for offset in 0..<piece.count { buffer[offset] = piece[offset] }
          } else {
            UTF8Bytes.lowercase(piece, into: buffer)
          }
          count = piece.count
        }
        if word.count > 1, word.last == 0x2C {
          word.removeLast()
          result.append(word)
          result.append([0x2C])
        } else {
          result.append(word)
        }
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

  /// Calls `body` with the bytes to look token `index` up by: its own, or
  /// with `pair` its own, a space and the next token's.
  @inline(__always)
  private func withKey<Result>(
    _ text: AnalyzedText, _ index: Int, sentenceStart: Bool, pair: Bool = false,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result?
  ) -> Result? {
    let range = text.tokens[index].range
    if !pair {
      guard caseSensitive else { return text.withLowered(range, body) }
      if let found = text.document.withBytes(range, body) { return found }
    }
    let next = pair ? text.tokens[index + 1].range : range.upperBound..<range.upperBound
    let length = range.count + (pair ? 1 + next.count : 0)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { key in
      func copy(_ source: TextRange, to start: Int) {
        let write: (UnsafeBufferPointer<UInt8>) -> Void = { bytes in
          for offset in 0..<bytes.count { key[start + offset] = bytes[offset] }
        }
        if caseSensitive { text.document.withBytes(source, write) } else { text.withLowered(source, write) }
      }
      func fill(lowerFirstLetterOnly: Bool) {
        copy(range, to: 0)
        if lowerFirstLetterOnly {
          let letter = text.document.withBytes(range) { UTF8Bytes.scalarLength(leadByte: $0[0]) }
          text.withLowered(range.lowerBound..<range.lowerBound + letter) { lowered in
            for offset in 0..<letter { key[offset] = lowered[offset] }
          }
        }
        if pair {
          key[range.count] = 0x20
          copy(next, to: range.count + 1)
        }
      }
      if pair || !caseSensitive {
        fill(lowerFirstLetterOnly: false)
        if let found = body(UnsafeBufferPointer(key)) { return found }
      }
      // A capital at the start of a sentence: `I.v.m. uw brief …`.
      guard caseSensitive, sentenceStart, text.isCapitalized(index) else { return nil }
      fill(lowerFirstLetterOnly: true)
      return body(UnsafeBufferPointer(key))
    }
  }

  /// What can start at token `index` on its own; without case, straight
  /// from its lower-cased bytes and precomputed hash.
  @inline(__always)
  private func singleKeyCandidates(_ text: AnalyzedText, _ index: Int, sentenceStart: Bool) -> Starts? {
    guard caseSensitive else {
      let hash = text.hashes[index]
      return text.withLowered(text.tokens[index].range) { starts.value(for: $0, hash: hash) }
    }
    return withKey(text, index, sentenceStart: sentenceStart) { starts.value(for: $0) }
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
    guard singleKeys.mayContain(text.hashes[index]),
      let candidates = singleKeyCandidates(text, index, sentenceStart: false)
    else {
      return false
    }
    return candidates.patterns.contains { patterns[Int(patternIndices[Int($0)])].words.count == 1 }
  }

  /// Whether a form of the list occurs in `words` (lower case), contiguous:
  /// an expansion or replacement must not bring a finding of its own.
  public func containsForm(inWords words: [String]) -> Bool {
    let bytes = words.map { Array($0.utf8) }
    for start in bytes.indices {
      var keys = [bytes[start]]
      if start + 1 < bytes.count { keys.append(bytes[start] + [0x20] + bytes[start + 1]) }
      for key in keys {
        guard let candidates = key.withUnsafeBufferPointer({ starts.value(for: $0) }) else { continue }
        for position in candidates.patterns {
          let pattern = patterns[Int(patternIndices[Int(position)])]
          if start + pattern.words.count <= bytes.count,
            pattern.words.elementsEqual(bytes[start..<(start + pattern.words.count)])
          {
            return true
          }
        }
      }
    }
    return false
  }

  /// Whether `word` (lower case, as the list writes it) is a single-word form.
  public func containsSingleWordForm(_ word: String) -> Bool {
    guard let candidates = starts.value(for: word) else { return false }
    return candidates.patterns.contains { patterns[Int(patternIndices[Int($0)])].words.count == 1 }
  }

  /// Every match in `sentence`, longest first where they overlap, in text order.
  public func matches(in text: AnalyzedText, sentence: Sentence) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    let tokens = sentence.tokens
    for index in tokens {
      let kind = text.tokens[index].kind
      guard kind != .punctuation && kind != .symbol else { continue }
      let hash = text.hashes[index]
      let single = singleKeys.mayContain(hash)
      let pair =
        index + 1 < tokens.upperBound && pairFirstWords.mayContain(hash)
        && pairSecondWords.mayContain(text.hashes[index + 1])
      guard single || pair else { continue }
      let sentenceStart = text.isSentenceStart(index, in: sentence)
      if single, let candidates = singleKeyCandidates(text, index, sentenceStart: sentenceStart) {
        collect(candidates, at: index, in: text, sentence: sentence, into: &found)
      }
      if pair,
        let candidates = withKey(text, index, sentenceStart: sentenceStart, pair: true, { starts.value(for: $0) })
      {
        collect(candidates, at: index, in: text, sentence: sentence, into: &found)
      }
    }
    return Self.longestFirst(found)
  }

  /// The matches of the patterns and split patterns in `candidates` at `index`.
  private func collect(
    _ candidates: Starts, at index: Int, in text: AnalyzedText, sentence: Sentence, into found: inout [PhraseMatch]
  ) {
    let tokens = sentence.tokens
    for position in candidates.patterns {
      let pattern = patterns[Int(patternIndices[Int(position)])]
      let last = index + pattern.words.count - 1
      guard last < tokens.upperBound else { continue }
      // The key held the first one or two words; the rest are compared here.
      var equal = true
      var word = 2
      while word < pattern.words.count {
        if !tokenEquals(text, index + word, pattern.words[word]) { equal = false; break }
        word += 1
      }
      if equal {
        found.append(PhraseMatch(entryIndex: pattern.entry, formIndex: pattern.form, tokens: index...last))
      }
    }
    for position in candidates.splits {
      if let match = splitMatch(Int(splitIndices[Int(position)]), at: index, in: text, sentence: sentence) {
        found.append(match)
      }
    }
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
      for position in verbs where splitVerbs[Int(position)].pattern == splitIndex {
        let verb = splitVerbs[Int(position)]
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
    // Tokens taken by kept matches: one lookup per token, not a scan of every
    // kept match, which made a huge unpunctuated sentence quadratic.
    let first = matches.lazy.map(\.tokens.lowerBound).min()!
    let last = matches.lazy.map(\.tokens.upperBound).max()!
    var taken = [Bool](repeating: false, count: last - first + 1)
    var kept: [PhraseMatch] = []
    for match in ordered {
      let span = (match.tokens.lowerBound - first)...(match.tokens.upperBound - first)
      guard !taken[span].contains(true) else { continue }
      for index in span { taken[index] = true }
      kept.append(match)
    }
    return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}
