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
    /// Indices of the words in `words`.
    var words: Range<Int32>
  }

  /// A verb phrase split into the words that never change and its verb forms.
  private struct SplitPattern: Sendable {
    var entry: Int
    /// Indices in `words` of the fixed words, in order (`een besluit`, or `kennis` + `van`).
    var fixed: [Int32]
    /// The fixed word is the particle of a separable verb (`vindt … plaats`):
    /// it ends its clause and the verb comes before it.
    var particle = false
  }

  /// The words of every form, in one buffer: a list has thousands, and one
  /// array each made building the matcher a large part of start-up.
  private let words: WordStore
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
  /// Lower-cased hashes of those verb forms: the words around a split
  /// pattern's fixed words are mostly passed over with one bit test.
  private let splitVerbFilter: HashFilter
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
  ///
  /// Built at start-up for every run, so keys go into byte tables, not
  /// dictionaries of byte arrays (whose hashing alone cost more than the rest).
  public init(_ list: WordList, caseSensitive: Bool = false, maximumVerbDistance: Int = 8) {
    self.entries = list.entries
    self.caseSensitive = caseSensitive
    self.maximumVerbDistance = maximumVerbDistance
    var store = WordStore()
    var patterns: [Pattern] = []
    var splitPatterns: [SplitPattern] = []
    var groups = StartGroups()
    var verbGroups = ByteKeyTable<Int32>(capacity: 256)
    var verbLists: [[SplitVerb]] = []
    var key: [UInt8] = []
    func addVerb(_ word: Int32, _ verb: SplitVerb) {
      let group = store.withWord(word) { form -> Int in
        if let group = verbGroups.value(for: form) { return Int(group) }
        verbGroups.insert(Int32(verbLists.count), for: form)
        verbLists.append([])
        return verbLists.count - 1
      }
      verbLists[group].append(verb)
    }

    for (entryIndex, entry) in list.entries.enumerated() {
      let forms = entry.forms.map { store.append(form: $0, caseSensitive: caseSensitive) }
      for (formIndex, words) in forms.enumerated() where !words.isEmpty {
        store.key(words.lowerBound, words.count > 1 ? words.lowerBound + 1 : nil, into: &key)
        groups.add(pattern: key)
        patterns.append(Pattern(entry: entryIndex, form: formIndex, words: words))
      }
      guard entry.wordClass == .verb, let first = forms.first else { continue }
      // A separable verb (`plaatsvinden`) lists its split forms (`vindt plaats`):
      // the particle is fixed, the verb before it may stand words away.
      if first.count == 1 {
        let split = forms.enumerated().filter { $0.element.count == 2 }
        guard let particle = split.first.map({ $0.element.lowerBound + 1 }),
          split.allSatisfy({ store.equal($0.element.lowerBound + 1, particle) })
        else { continue }
        let splitIndex = splitPatterns.count
        splitPatterns.append(SplitPattern(entry: entryIndex, fixed: [particle], particle: true))
        store.key(particle, nil, into: &key)
        groups.add(split: key)
        for (formIndex, words) in split { addVerb(words.lowerBound, SplitVerb(pattern: splitIndex, form: formIndex)) }
        continue
      }
      // The verb of a multiword `ww` entry is the one word that differs between forms.
      guard let verbPosition = store.changingPosition(forms) else { continue }
      var fixed = Array(first)
      fixed.remove(at: verbPosition)
      let splitIndex = splitPatterns.count
      splitPatterns.append(SplitPattern(entry: entryIndex, fixed: fixed))
      store.key(fixed[0], fixed.count > 1 ? fixed[1] : nil, into: &key)
      groups.add(split: key)
      for (formIndex, words) in forms.enumerated() where words.count == first.count {
        addVerb(words.lowerBound + Int32(verbPosition), SplitVerb(pattern: splitIndex, form: formIndex))
      }
    }
    var singleKeys = HashFilter()
    var pairFirstWords = HashFilter()
    var pairSecondWords = HashFilter()
    groups.table.forEachKey { key in
      if let space = key.firstIndex(of: 0x20) {
        pairFirstWords.insert(Self.loweredHash(UnsafeBufferPointer(rebasing: key[..<space])))
        pairSecondWords.insert(Self.loweredHash(UnsafeBufferPointer(rebasing: key[(space + 1)...])))
      } else {
        singleKeys.insert(Self.loweredHash(key))
      }
    }
    let (patternIndices, patternStarts) = StartGroups.members(byGroup: groups.patternGroups, groupCount: groups.count)
    let (splitIndices, splitStarts) = StartGroups.members(byGroup: groups.splitGroups, groupCount: groups.count)
    let starts = groups.table.mapValues { group in
      let group = Int(group)
      return Starts(
        patterns: patternStarts[group]..<patternStarts[group + 1], splits: splitStarts[group]..<splitStarts[group + 1])
    }
    self.singleKeys = singleKeys
    self.pairFirstWords = pairFirstWords
    self.pairSecondWords = pairSecondWords
    var splitVerbs: [SplitVerb] = []
    var ranges: [Range<Int32>] = []
    for verbs in verbLists {
      ranges.append(Int32(splitVerbs.count)..<Int32(splitVerbs.count + verbs.count))
      splitVerbs += verbs
    }
    self.words = store
    self.patterns = patterns
    self.splitPatterns = splitPatterns
    self.starts = starts
    self.patternIndices = patternIndices
    self.splitIndices = splitIndices
    self.splitVerbForms = verbGroups.mapValues { ranges[Int($0)] }
    var splitVerbFilter = HashFilter()
    verbGroups.forEachKey { splitVerbFilter.insert(Self.loweredHash($0)) }
    self.splitVerbFilter = splitVerbFilter
    self.splitVerbs = splitVerbs
  }

  /// The lookup key of each pattern and split pattern, as a group number
  /// (keys numbered as they first appear).
  private struct StartGroups {
    var table = ByteKeyTable<Int32>(capacity: 4096)
    /// The group of each pattern, in pattern order.
    var patternGroups: [Int32] = []
    /// The group of each split pattern, in split pattern order.
    var splitGroups: [Int32] = []

    var count: Int { table.count }

    private mutating func group(_ key: [UInt8]) -> Int32 {
      key.withUnsafeBufferPointer { bytes in
        if let group = table.value(for: bytes) { return group }
        let group = Int32(table.count)
        table.insert(group, for: bytes)
        return group
      }
    }

    mutating func add(pattern key: [UInt8]) { patternGroups.append(group(key)) }
    mutating func add(split key: [UInt8]) { splitGroups.append(group(key)) }

    /// The member indices ordered by group (in their own order within one), and
    /// where each group starts among them: a counting sort, no array per group.
    static func members(byGroup groups: [Int32], groupCount: Int) -> (members: [Int32], starts: [Int32]) {
      var starts = [Int32](repeating: 0, count: groupCount + 1)
      for group in groups { starts[Int(group) + 1] += 1 }
      for group in 0..<groupCount { starts[group + 1] += starts[group] }
      var next = starts
      var members = [Int32](repeating: 0, count: groups.count)
      for (member, group) in groups.enumerated() {
        members[Int(next[Int(group)])] = Int32(member)
        next[Int(group)] += 1
      }
      return (members, starts)
    }
  }

  /// The hash a token of these bytes has in `AnalyzedText.hashes`.
  private static func loweredHash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lowered in
      UTF8Bytes.lowercase(word, into: lowered)
      return ByteHash.of(UnsafeBufferPointer(lowered))
    }
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
  private func tokenEquals(_ text: AnalyzedText, _ index: Int, _ word: Int32) -> Bool {
    let range = text.tokens[index].range
    guard range.count == words.length(of: word) else { return false }
    return words.withWord(word) { expected in
      let compare: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
        for offset in 0..<expected.count where bytes[offset] != expected[offset] { return false }
        return true
      }
      return caseSensitive ? text.document.withBytes(range, compare) : text.withLowered(range, compare)
    }
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
            pattern.words.map(self.words.word).elementsEqual(bytes[start..<(start + pattern.words.count)], by: { $0.elementsEqual($1) })
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
    // Most tokens start nothing: they are passed over with bit tests on
    // buffers taken once per sentence, not through arrays at every token.
    singleKeys.withProbe { single in
      pairFirstWords.withProbe { pairFirst in
        pairSecondWords.withProbe { pairSecond in
          text.filterBits.withUnsafeBufferPointer { bits in
            for index in tokens {
              let bit = bits[index]
              // Punctuation and symbols start nothing.
              guard bit & AnalyzedText.punctuationFlag == 0 else { continue }
              let isSingle = single.mayContain(bit: bit)
              let isPair =
                index + 1 < tokens.upperBound && pairFirst.mayContain(bit: bit)
                && pairSecond.mayContain(bit: bits[index + 1] & ~AnalyzedText.punctuationFlag)
              guard isSingle || isPair else { continue }
              candidates(at: index, single: isSingle, pair: isPair, in: text, sentence: sentence, into: &found)
            }
          }
        }
      }
    }
    return Self.longestFirst(found)
  }

  /// The matches that start at token `index`, which passed the filters.
  private func candidates(
    at index: Int, single: Bool, pair: Bool, in text: AnalyzedText, sentence: Sentence, into found: inout [PhraseMatch]
  ) {
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
        if !tokenEquals(text, index + word, pattern.words.lowerBound + Int32(word)) { equal = false; break }
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
      guard text.tokens[candidate].kind == .word, splitVerbFilter.mayContain(text.hashes[candidate]),
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
      || text.withLowered(text.tokens[next].range) {
        Self.prepositionsAfterParticle.value(for: $0, hash: text.hashes[next]) != nil
      }
  }

  /// A particle may be followed by a prepositional phrase (`schort de betaling op tot …`).
  private static let prepositionsAfterParticle: ByteKeyTable<Bool> = {
    let words = ["tot", "met", "naar", "voor", "bij", "om", "tijdens", "wegens", "vanwege", "na", "vanaf", "binnen", "zodra"]
    var table = ByteKeyTable<Bool>(capacity: 32)
    for word in words { table.insert(true, for: word) }
    return table
  }()

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

/// The words of a matcher's forms, lowered as tokens are, in one byte buffer;
/// a form is a range of word indices.
private struct WordStore: Sendable {
  private var bytes: [UInt8] = []
  private var ranges: [Range<Int32>] = []

  /// Adds the words of `form` as the tokenizer splits them: at spaces, with
  /// a trailing comma on its own. Lowered with the same byte mapping as the
  /// text's tokens (unless `caseSensitive`), so keys and tokens agree.
  mutating func append(form: String, caseSensitive: Bool) -> Range<Int32> {
    let first = Int32(ranges.count)
    var form = form
    form.withUTF8 { source in
      var start = 0
      for index in 0...source.count where index == source.count || source[index] == 0x20 {
        defer { start = index + 1 }
        guard index > start else { continue }
        let piece = UnsafeBufferPointer(rebasing: source[start..<index])
        let wordStart = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: piece.count))
        bytes.withUnsafeMutableBufferPointer { buffer in
          let target = UnsafeMutableBufferPointer(rebasing: buffer[wordStart...])
          if caseSensitive {
            for offset in 0..<piece.count { target[offset] = piece[offset] }
          } else {
            UTF8Bytes.lowercase(piece, into: target)
          }
        }
        if piece.count > 1, bytes.last == 0x2C {
          ranges.append(Int32(wordStart)..<Int32(bytes.count - 1))
          ranges.append(Int32(bytes.count - 1)..<Int32(bytes.count))
        } else {
          ranges.append(Int32(wordStart)..<Int32(bytes.count))
        }
      }
    }
    return first..<Int32(ranges.count)
  }

  /// The bytes of word `index`.
  func word(_ index: Int32) -> ArraySlice<UInt8> {
    let range = ranges[Int(index)]
    return bytes[Int(range.lowerBound)..<Int(range.upperBound)]
  }

  /// The byte length of word `index`.
  @inline(__always)
  func length(of index: Int32) -> Int { ranges[Int(index)].count }

  /// Calls `body` with the bytes of word `index`.
  @inline(__always)
  func withWord<Result>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let range = ranges[Int(index)]
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)])) }
  }

  /// Whether words `a` and `b` have the same bytes.
  func equal(_ a: Int32, _ b: Int32) -> Bool { word(a) == word(b) }

  /// The lookup key of a pattern from its first one or two words, with a
  /// space between: a common first word (`in`, `een`) alone would bring
  /// hundreds of candidates to compare.
  func key(_ first: Int32, _ second: Int32?, into key: inout [UInt8]) {
    key.removeAll(keepingCapacity: true)
    key += word(first)
    if let second {
      key.append(0x20)
      key += word(second)
    }
  }

  /// The only word position at which the forms differ, if there is one.
  func changingPosition(_ forms: [Range<Int32>]) -> Int? {
    guard let first = forms.first else { return nil }
    var position: Int?
    for form in forms.dropFirst() where form.count == first.count {
      for offset in 0..<form.count where !equal(form.lowerBound + Int32(offset), first.lowerBound + Int32(offset)) {
        if let position, position != offset { return nil }
        position = offset
      }
    }
    return position
  }
}
