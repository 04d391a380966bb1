/// Decides whether a word is difficult for a B1 reader: rare (low Zipf
/// frequency), long, and not built from common parts.
///
/// Compounds are split into known parts with the linking sounds `s`, `e`
/// and `en`: `gemeentebelastingen` is `gemeente` + `belastingen`, both
/// common, so it is not difficult; `precariobelasting` has the rare part
/// `precario`, so it is. The analysis runs on UTF-8 bytes with hash lookups
/// of slices, so no string is built per split.
public struct WordDifficulty: Sendable {
  let frequencies: FrequencyLexicon

  /// Zipf frequency from which a word counts as common (about once per
  /// million words: the vocabulary of a B1 reader).
  public static let commonZipf = 3.0
  /// Rare words shorter than this (in letters) are not counted as difficult.
  public static let minimumLength = 7
  /// Words this long are hard to take in even when their parts are common
  /// (`bestemmingsplanwijziging`).
  public static let overlongLength = 22
  /// Parts of a compound have at least this many bytes, so `welstand` is
  /// not read as `wel` + `stand`.
  static let minimumPartLength = 4
  /// A last part of three letters counts when it is this common (`pas`, `dag`, `weg`).
  static let shortHeadLength = 3
  static let shortHeadZipf = 4.0

  /// A judge that uses `frequencies`.
  public init(frequencies: FrequencyLexicon = .builtin) { self.frequencies = frequencies }

  /// Whether the lower-case `word` is difficult.
  public func isDifficult(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { isDifficult(utf8: $0) }
  }

  /// Whether the lower-case UTF-8 `word` is difficult.
  public func isDifficult(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count >= Self.minimumLength else { return false }
    // Digits, underscores and other signs make a code or a placeholder
    // (`BSN123`, `naam_____`), not a word to explain; leaving them out also
    // keeps the compound search below to words of letters.
    if word.contains(where: Self.isSign) { return false }
    let letters = Self.letterCount(word)
    guard letters >= Self.minimumLength else { return false }
    if let zipf = frequencies.zipf(word), zipf >= Self.commonZipf { return false }
    if letters >= Self.overlongLength { return true }
    // Fewer letters in this many bytes: no Dutch word, and the compound
    // search below must stay bounded whatever the input.
    guard word.count <= 4 * Self.overlongLength else { return false }
    // Hyphenated compounds: every part must be common.
    if let hyphen = word.firstIndex(of: UInt8(ascii: "-")) {
      let first = UnsafeBufferPointer(rebasing: word[..<hyphen])
      let rest = UnsafeBufferPointer(rebasing: word[(hyphen + 1)...])
      return isDifficult(utf8: first) || isDifficult(utf8: rest)
    }
    if isInflectionOfCommonWord(word) { return false }
    return !isCompoundOfCommonParts(word)
  }

  /// Endings that inflect a common word: `ophaalt` (ophalen), `gebouwde`,
  /// `afvalpasjes`, `wijken`; and separable particles (`opgehaald` is `op` + `gehaald`).
  private static let endings: [[UInt8]] = ["tjes", "jes", "tje", "ste", "st", "je", "den", "ten", "de", "te", "en", "s", "t", "e", "d"]
    .map { Array($0.utf8) }
  /// Separable particles and the participle prefix, before a common word (`napraten`, `gestempelde`).
  private static let prefixes: [[UInt8]] = ["terug", "door", "over", "voor", "vast", "weg", "uit", "aan", "toe", "mee", "bij", "op", "af", "na", "om", "in", "ge"]
    .map { Array($0.utf8) }

  private func isInflectionOfCommonWord(_ word: UnsafeBufferPointer<UInt8>, allowPrefix: Bool = true) -> Bool {
    for ending in Self.endings where word.count > ending.count + 3 && word.suffix(ending.count).elementsEqual(ending) {
      let stem = UnsafeBufferPointer(rebasing: word[..<(word.count - ending.count)])
      if isCommon(stem) || isCommonVerbStem(stem) { return true }
    }
    guard allowPrefix else { return false }
    for prefix in Self.prefixes where word.count >= prefix.count + Self.minimumPartLength && word.prefix(prefix.count).elementsEqual(prefix) {
      let rest = UnsafeBufferPointer(rebasing: word[prefix.count...])
      if isCommon(rest) || isCommonVerbStem(rest) || isInflectionOfCommonWord(rest, allowPrefix: prefix != Self.prefixes.last!) {
        return true
      }
    }
    return false
  }

  /// `ophaal` is the stem of the common `ophalen`.
  private func isCommonVerbStem(_ stem: UnsafeBufferPointer<UInt8>) -> Bool {
    guard stem.count >= 3 else { return false }
    let text = String(decoding: stem, as: UTF8.self)
    return VerbLexicon.infinitives(ofStem: text).contains { frequencies.zipf($0).map { $0 >= Self.commonZipf } ?? false }
  }

  /// An ASCII character that is not a letter, hyphen, slash or apostrophe
  /// (`zorg-/welzijnsinstelling` and `'s-Hertogenbosch` are words).
  @inline(__always)
  private static func isSign(_ byte: UInt8) -> Bool {
    guard byte < 0x80 else { return false }
    let lower = byte | 0x20
    return !(lower >= 0x61 && lower <= 0x7A) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "/")
      && byte != UInt8(ascii: "'")
  }

  private static func letterCount(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    var letters = 0
    var index = 0
    while index < word.count {
      let byte = word[index]
      if byte >= 0x80 {
        if UTF8Bytes.isLetter(UTF8Bytes.scalar(in: word, at: index)) { letters += 1 }
        index += UTF8Bytes.scalarLength(leadByte: byte)
      } else {
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x7A { letters += 1 }
        index += 1
      }
    }
    return letters
  }

  /// Whether `word` splits into common parts, with linking `s`, `e` or `en`.
  func isCompoundOfCommonParts(_ word: UnsafeBufferPointer<UInt8>, depth: Int = 0) -> Bool {
    // Parts of parts must be longer: `schelding` is not `schel` + `ding`.
    let minimum = depth == 0 ? Self.minimumPartLength : Self.minimumPartLength + 1
    guard depth < 3, word.count >= 2 * minimum else { return false }
    // The head (last part) carries the meaning: try the longest first part
    // first. A very common short head (`pas`, `dag`) may have three letters.
    var split = word.count - Self.shortHeadLength
    while split >= minimum {
      defer { split -= 1 }
      guard UTF8Bytes.isScalarStart(word[split]) else { continue }
      let head = UnsafeBufferPointer(rebasing: word[split...])
      if head.count < minimum && (depth > 0 || !(frequencies.zipf(head).map { $0 >= Self.shortHeadZipf } ?? false)) {
        continue
      }
      guard isCommon(head) || isInflectionOfCommonWord(head) || isCompoundOfCommonParts(head, depth: depth + 1)
      else { continue }
      let modifier = UnsafeBufferPointer(rebasing: word[..<split])
      if isCommon(modifier) || isCommonVerbStem(modifier) || isShortCommonModifier(modifier, depth: depth) { return true }
      for link in Self.links where modifier.count >= link.count + minimum && modifier.suffix(link.count).elementsEqual(link) {
        if isCommon(UnsafeBufferPointer(rebasing: modifier[..<(modifier.count - link.count)])) { return true }
      }
      if depth == 0, isCompoundOfCommonParts(modifier, depth: depth + 1) { return true }
    }
    return false
  }

  private static let links: [[UInt8]] = [Array("s".utf8), Array("e".utf8), Array("en".utf8)]

  /// Three-letter words that are not the first part of compounds (`wel` in `welstand`).
  private static let notModifiers: Set<[UInt8]> = Set(["wel", "niet", "dan", "als", "nog", "ook", "zie", "dit", "dat", "die", "hun", "wat", "wie", "een", "het", "zij", "hij", "zal"].map { Array($0.utf8) })

  /// `dak` in `dakkapel`, `uit` in `uitkeren`: a very common short first part.
  private func isShortCommonModifier(_ part: UnsafeBufferPointer<UInt8>, depth: Int) -> Bool {
    guard depth == 0, part.count == Self.shortHeadLength, !Self.notModifiers.contains(Array(part)),
      let zipf = frequencies.zipf(part)
    else { return false }
    return zipf >= Self.shortHeadZipf
  }

  @inline(__always)
  private func isCommon(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
    guard part.count >= Self.shortHeadLength, let zipf = frequencies.zipf(part) else { return false }
    return zipf >= (part.count < Self.minimumPartLength ? Self.shortHeadZipf : Self.commonZipf)
  }
}

/// Remembers difficulty decisions for the words of one input, so a word
/// that comes back is judged once. Bounded: it starts afresh when full.
struct DifficultyCache: Sendable {
  private var table = ByteKeyTable<Bool>(capacity: 1024)
  private static let limit = 100_000

  /// Whether `word` is difficult, judged by `difficulty` the first time
  /// (in this session, or in any session sharing `memo`).
  mutating func isDifficult(
    _ word: UnsafeBufferPointer<UInt8>, _ difficulty: WordDifficulty, memo: SharedMemo<[UInt8], Bool>? = nil
  ) -> Bool {
    guard word.count >= WordDifficulty.minimumLength else { return false }
    if let known = table.value(for: word) { return known }
    let difficult =
      memo.map { $0.value(for: Array(word)) { difficulty.isDifficult(utf8: word) } }
      ?? difficulty.isDifficult(utf8: word)
    if table.count >= Self.limit { table = ByteKeyTable<Bool>(capacity: 1024) }
    table.insert(difficult, for: word)
    return difficult
  }
}
