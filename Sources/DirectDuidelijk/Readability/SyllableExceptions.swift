import DuidelijkData

/// Words and word parts whose syllables the spelling rules of
/// ``SyllableCounter`` cannot read, from `wordlists/syllables.tsv`.
///
/// A `word` row counts only the whole word. A `part` row also counts inside
/// a longer word, the rest of which the rules count: `team` gives
/// `team-lei-der` 3, `website` gives `web-site-be-heer` 4. A part ending in a
/// silent e (`update`) gets its e back as a syllable before a Dutch ending
/// (`up-da-ten`, `ge-üp-da-tet`), and an English plural `-es` after c, ch, g
/// or s is a syllable (`ser-vi-ces`). The frequency lexicon tells where a
/// compound has a boundary (`gemeente-website`, not `vi-site`).
public final class SyllableExceptions: Sendable {
  /// The built-in list, parsed on first use.
  ///
  /// The list is part of the binary and checked by the test suite, so a
  /// failure here is a build defect, not a user error.
  public static let builtin: SyllableExceptions = {
    do {
      return try SyllableExceptions(tsv: EmbeddedWordLists.syllables)
    } catch {
      preconditionFailure("built-in word list syllables.tsv is invalid: \(error)")
    }
  }()

  /// The columns of `syllables.tsv`.
  public static let columns = ["form", "syllables", "match", "note"]

  /// One row of the list.
  public struct Entry: Sendable {
    /// The word or part, lower case, as written in the list.
    public let form: String
    /// Its spoken syllables.
    public let syllables: Int
    /// Whether it also counts inside longer words.
    public let isPart: Bool
    /// The line in the file.
    public let line: Int
  }

  /// The rows, in file order.
  public let entries: [Entry]
  private let trie: Trie
  private let frequencies: FrequencyLexicon

  /// Parses the `form	syllables	match	note` format; `#` lines are comments.
  /// `frequencies` tells where a compound has a boundary.
  public init(tsv: String, frequencies: FrequencyLexicon = .builtin) throws(SyllableListError) {
    var entries: [Entry] = []
    var headerSeen = false
    var lineNumber = 0
    var firstLine: [String: Int] = [:]
    for rawLine in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if rawLine.isEmpty || rawLine.hasPrefix("#") { continue }
      let columns = rawLine.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if !headerSeen {
        guard columns == Self.columns else { throw .badHeader(line: lineNumber) }
        headerSeen = true
        continue
      }
      guard columns.count == Self.columns.count else {
        throw .wrongColumnCount(line: lineNumber, found: columns.count)
      }
      let form = columns[0]
      guard !form.isEmpty, form == form.lowercased() else { throw .badForm(line: lineNumber, form: form) }
      guard let syllables = Int(columns[1]), (1...20).contains(syllables) else {
        throw .badSyllables(line: lineNumber, value: columns[1])
      }
      guard columns[2] == "word" || columns[2] == "part" else {
        throw .badMatch(line: lineNumber, value: columns[2])
      }
      // A form may have a `word` row and a `part` row (`ware` 2 alone, 1 in `software`).
      let key = columns[2] + " " + form
      if let first = firstLine[key] { throw .duplicateForm(line: lineNumber, form: form, firstLine: first) }
      firstLine[key] = lineNumber
      entries.append(Entry(form: form, syllables: syllables, isPart: columns[2] == "part", line: lineNumber))
    }
    guard headerSeen else { throw .badHeader(line: max(lineNumber, 1)) }
    self.entries = entries
    trie = Trie(entries)
    self.frequencies = frequencies
  }

  /// Syllables of a folded word (see ``SyllableCounter``): its `word` row, or
  /// its `part` rows plus the rules for the rest.
  func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    if let whole = trie.wholeWord(word) { return whole }
    var total = 0
    var restStart = 0
    var index = 0
    while index < word.count {
      // Leftmost-longest, no overlaps; a part must sit at a compound boundary.
      guard let part = trie.longestPart(in: word, at: index),
        startsPart(word, restStart..<index, silentE: part.letterBeforeSilentE != 0),
        endsPart(word, at: index + part.length, silentE: part.letterBeforeSilentE != 0, long: part.length >= 6)
      else {
        index += 1
        continue
      }
      total += SyllableCounter.countByRules(word, restStart..<index) + part.syllables
      index += part.length
      restStart = index
      if part.letterBeforeSilentE != 0 {
        total += Self.spokenE(after: word, at: index, letterBefore: part.letterBeforeSilentE)
      }
    }
    return total + SyllableCounter.countByRules(word, restStart..<word.count)
  }

  /// Whether a part may start after `word[before]`, the letters since the last
  /// part: at the start, after a hyphen or a prefix (`ge-coacht`), after a
  /// word, perhaps with a linking s or e (`gemeente-website`), and, unless
  /// the part ends in a silent e, after any syllable closed by a consonant
  /// (`wieler-team`). So `visite`, `kordate`, `stapel` and `ontzwaveling`
  /// have no `site`, `date`, `tape` and `wave`.
  private func startsPart(_ word: UnsafeBufferPointer<UInt8>, _ before: Range<Int>, silentE: Bool) -> Bool {
    guard !before.isEmpty else { return true }
    let last = word[before.upperBound - 1]
    if last == UInt8(ascii: "-") { return true }
    for prefix in Self.prefixes where prefix.count <= before.count {
      if word[(before.upperBound - prefix.count)..<before.upperBound].elementsEqual(prefix) { return true }
    }
    guard before.contains(where: { SyllableLetters.isVowelLetter(word[$0]) }) else { return false }
    if !silentE && !SyllableLetters.isVowelLetter(last) || endsInWord(word, before) { return true }
    // A linking s or e (`-s-`, `-e-`).
    guard last == UInt8(ascii: "s") || last == UInt8(ascii: "e") else { return false }
    return endsInWord(word, before.lowerBound..<(before.upperBound - 1))
  }

  /// Whether `word[range]` is a common word of 3 letters or more, or ends in
  /// one of 4 or more (short words such as `ten` end too many Dutch words).
  private func endsInWord(_ word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count >= 3 else { return false }
    if isWord(word, range) { return true }
    guard range.count > 4 else { return false }
    for start in (range.lowerBound + 1)...(range.upperBound - 4) where isWord(word, start..<range.upperBound) {
      return true
    }
    return false
  }

  /// Whether a part may end at `end`: at the end, before a hyphen, an
  /// ending or another part. Otherwise the rest must start like a word:
  /// with a vowel or a consonant cluster that can start a syllable
  /// (`team-lei-der`, not `gemeen-team-btenaar`), and after a silent e with
  /// a word of 4 letters or more, or 3 after a `long` part of 6 or more
  /// (`website-beheer`, `service-bus`, not `face-tten`, `ops-tape-len` or `combi-ke-tel`).
  private func endsPart(_ word: UnsafeBufferPointer<UInt8>, at end: Int, silentE: Bool, long: Bool) -> Bool {
    let rest = end..<word.count
    guard !rest.isEmpty else { return true }
    let first = word[end]
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "'") { return true }
    let tail = UnsafeBufferPointer(rebasing: word[rest])
    if Self.consonantEndings.contains(where: { $0.elementsEqual(tail) }) { return true }
    if trie.longestPart(in: word, at: end) != nil { return true }
    guard silentE else {
      // A vowel on both sides would be one vowel (`yoga-at` is `yo-gaat`).
      let last = word[end - 1]
      if SyllableLetters.isVowelLetter(last) && last >= 0x61 && first >= 0x61 && SyllableLetters.isVowelLetter(first) {
        return false
      }
      return SyllableLetters.startsWithOnset(word, rest)
    }
    if Self.spokenE(after: word, at: end, letterBefore: 0) == 1 { return true }
    if rest.count >= (long ? 3 : 4) && isWord(word, rest) { return true }
    // Before a vowel only a whole word will do (`website-adres`, not `line-ariseren`).
    guard !SyllableLetters.isVowelLetter(first) else { return false }
    for length in stride(from: rest.count - 1, through: 4, by: -1) where isWord(word, end..<(end + length)) {
      return true
    }
    return false
  }

  /// Whether `word[range]` is a common word (Zipf 3 or more: once per million words).
  private func isWord(_ word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    // The lexicon spells a trema (a capital after folding) in UTF-8.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count * 2) { buffer in
      var length = 0
      for letter in word[range] {
        if letter >= 0x41 && letter <= 0x5A {
          buffer[length] = 0xC3
          buffer[length + 1] = Self.tremaSecondByte(letter)
          length += 2
        } else {
          buffer[length] = letter
          length += 1
        }
      }
      guard let zipf = frequencies.zipf(UnsafeBufferPointer(rebasing: buffer[..<length])) else { return false }
      return zipf >= 3
    }
  }

  /// The second UTF-8 byte of a trema vowel (`ä` C3 A4 … `ü` C3 BC), given its folded capital.
  private static func tremaSecondByte(_ letter: UInt8) -> UInt8 {
    switch letter {
    case UInt8(ascii: "A"): 0xA4
    case UInt8(ascii: "E"): 0xAB
    case UInt8(ascii: "I"): 0xAF
    case UInt8(ascii: "O"): 0xB6
    default: 0xBC
    }
  }

  /// Endings without a vowel after a part (`teams`, `gecoacht`, `getimed`).
  private static let consonantEndings: [[UInt8]] = ["s", "t", "d", "st"].map { Array($0.utf8) }

  /// Prefixes before which a part starts (`ge-deald`, `be-coacht`).
  private static let prefixes: [[UInt8]] = ["ge", "be", "ver", "ont", "her"].map { Array($0.utf8) }

  /// 1 when the silent e that ends a part at `index` is spoken after all:
  /// before a Dutch ending (`updaten`, `geüpdatet`, `gamers`, `parasiteren`),
  /// in an English plural after c, ch, g or s (`services`, `douches`) and in an
  /// English past tense after d or t (`geüpgraded`). `letterBefore` is the
  /// letter before the e.
  private static func spokenE(after word: UnsafeBufferPointer<UInt8>, at index: Int, letterBefore: UInt8) -> Int {
    let restLength = word.count - index
    guard restLength > 0 else { return 0 }
    let rest = UnsafeBufferPointer(rebasing: word[index...])
    if restLength == 1 {
      switch (rest[0], letterBefore) {
      case (UInt8(ascii: "s"), UInt8(ascii: "c")), (UInt8(ascii: "s"), UInt8(ascii: "g")),
        (UInt8(ascii: "s"), UInt8(ascii: "s")), (UInt8(ascii: "s"), UInt8(ascii: "h")),
        (UInt8(ascii: "d"), UInt8(ascii: "d")), (UInt8(ascii: "d"), UInt8(ascii: "t")):
        return 1
      default:
        break
      }
    }
    for ending in dutchEndings where ending.count == restLength && ending.elementsEqual(rest) { return 1 }
    // A noun in -ering, also in a compound (`dateringsmethode`).
    return rest.starts(with: ring) ? 1 : 0
  }

  private static let ring = Array("ring".utf8)

  /// Endings that make a silent e spoken (a schwa): verb and agent endings
  /// (`n`, `t`, `r`), and `-eren` verbs whose stem a part happens to spell.
  private static let dutchEndings: [[UInt8]] = [
    "n", "nd", "nde", "nden", "ns", "r", "rs", "t", "te", "ten", "ren", "rend", "rende", "rt",
  ].map { Array($0.utf8) }
}

/// A problem in `syllables.tsv`, found while loading it.
public enum SyllableListError: Error, Equatable, CustomStringConvertible {
  /// The header row is missing or has other columns.
  case badHeader(line: Int)
  /// A row has the wrong number of tab-separated columns.
  case wrongColumnCount(line: Int, found: Int)
  /// The form is empty or not in lower case.
  case badForm(line: Int, form: String)
  /// The syllable count is not a number from 1 to 20.
  case badSyllables(line: Int, value: String)
  /// The match column is neither `word` nor `part`.
  case badMatch(line: Int, value: String)
  /// A form appears on two rows with the same match.
  case duplicateForm(line: Int, form: String, firstLine: Int)

  public var description: String {
    switch self {
    case .badHeader(let line): "syllables.tsv:\(line): expected the header row 'form\tsyllables\tmatch\tnote'"
    case .wrongColumnCount(let line, let found): "syllables.tsv:\(line): expected 4 columns, found \(found)"
    case .badForm(let line, let form): "syllables.tsv:\(line): the form '\(form)' is empty or not lower case"
    case .badSyllables(let line, let value): "syllables.tsv:\(line): '\(value)' is not a syllable count from 1 to 20"
    case .badMatch(let line, let value): "syllables.tsv:\(line): match must be 'word' or 'part', not '\(value)'"
    case .duplicateForm(let line, let form, let firstLine):
      "syllables.tsv:\(line): the form '\(form)' is already on line \(firstLine)"
    }
  }
}

/// The forms of the list as a trie over folded letters, matched without
/// regard to trema on a, i, o and u (`upload` also matches `geüpload`).
///
/// One dense table of rows (a child per letter, then what ends there), since
/// it is walked from every letter of every word; it is built once and never
/// changed, so it is read through a plain pointer.
private final class Trie: @unchecked Sendable {
  struct Match {
    let length: Int
    let syllables: Int
    /// For a part ending in a silent e (consonant + e), the consonant; else 0.
    let letterBeforeSilentE: UInt8
  }

  /// Children for a–z, hyphen and apostrophe (0 for none: the root is no
  /// child), then the row's info: `part` syllables, `word` syllables << 8,
  /// the letter before a final silent e << 16.
  private static let width = 29
  private static let info = 28
  private let table: UnsafeMutableBufferPointer<Int32>

  init(_ entries: [SyllableExceptions.Entry]) {
    var rows = [Int32](repeating: 0, count: Self.width)
    for entry in entries {
      var form = entry.form
      let letters = form.withUTF8 { utf8 in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { buffer in
          Array(buffer[..<SyllableCounter.fold(utf8, into: buffer)])
        }
      }
      var row = 0
      for letter in letters {
        guard let column = Self.column(letter) else { preconditionFailure("syllables.tsv: bad letter in \(form)") }
        let slot = row * Self.width + column
        if rows[slot] == 0 {
          rows[slot] = Int32(rows.count / Self.width)
          rows.append(contentsOf: repeatElement(0, count: Self.width))
        }
        row = Int(rows[slot])
      }
      let info = row * Self.width + Self.info
      rows[info] |= Int32(entry.syllables) << (entry.isPart ? 0 : 8)
      let count = letters.count
      if count >= 2 && letters[count - 1] == UInt8(ascii: "e") && !SyllableLetters.isVowelLetter(letters[count - 2]) {
        rows[info] |= Int32(letters[count - 2]) << 16
      }
    }
    table = UnsafeMutableBufferPointer.allocate(capacity: rows.count)
    _ = table.initialize(from: rows)
  }

  deinit { table.deallocate() }

  /// The column of a folded letter. A trema on a, i, o or u (a capital after
  /// folding) matches the plain letter; `E` (ë, or a spoken é) matches
  /// nothing, as no part has it (`comprimé` has no `prime`).
  @inline(__always)
  private static func column(_ letter: UInt8) -> Int? {
    switch letter {
    case 0x61...0x7A: Int(letter - 0x61)
    case UInt8(ascii: "A"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "U"): Int(letter - 0x41)
    case UInt8(ascii: "-"): 26
    case UInt8(ascii: "'"): 27
    default: nil
    }
  }

  /// The syllables of the `word` row equal to all of `word`.
  func wholeWord(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
    var row = 0
    for letter in word {
      guard let column = Self.column(letter) else { return nil }
      row = Int(table[row * Self.width + column])
      if row == 0 { return nil }
    }
    let syllables = Int(table[row * Self.width + Self.info] >> 8 & 0xFF)
    return syllables > 0 ? syllables : nil
  }

  /// The longest `part` row starting at `index` of `word`.
  func longestPart(in word: UnsafeBufferPointer<UInt8>, at index: Int) -> Match? {
    var row = 0
    var best: Match?
    var position = index
    while position < word.count, let column = Self.column(word[position]) {
      row = Int(table[row * Self.width + column])
      if row == 0 { break }
      position += 1
      let info = table[row * Self.width + Self.info]
      if info & 0xFF > 0 {
        best = Match(
          length: position - index, syllables: Int(info & 0xFF), letterBeforeSilentE: UInt8(info >> 16 & 0xFF))
      }
    }
    return best
  }
}
