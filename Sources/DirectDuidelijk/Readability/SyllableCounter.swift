/// Counts the spoken syllables of a Dutch word, dictionary convention
/// (`so-ci-a-le` 4, `i-dee-en` 3, `mu-se-um` 3, `co-ör-di-na-tie` 5, `web-site` 2).
///
/// Rules first: each vowel nucleus is a syllable, where a nucleus is a run of
/// vowel letters read as one sound (`aa`, `ij`, `eeuw`, `eau`) and a trema
/// starts a new one (`ideeën`, `beëindigen`). Vowel pairs Dutch reads as two
/// sounds (`ia`, `eo`, `ua`) fall apart by themselves, since they are no
/// nucleus. Loanwords whose spelling the rules cannot read (`team`, `update`,
/// `website`) come from `wordlists/syllables.tsv`, also inside compounds
/// (`teamleider`, `websitebeheer`): see ``SyllableExceptions``.
public enum SyllableCounter {
  /// Syllables of `word` (any case); 0 when it has no vowel.
  public static func count(_ word: String) -> Int {
    var word = word
    return word.withUTF8 { count(utf8: $0) }
  }

  /// Syllables of the UTF-8 `word`, which may be in any case; 0 when it has no vowel.
  public static func count(utf8 word: UnsafeBufferPointer<UInt8>) -> Int {
    // Folding never makes a word longer than its UTF-8 form.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { buffer in
      let length = fold(word, into: buffer)
      return SyllableExceptions.builtin.count(UnsafeBufferPointer(rebasing: buffer[..<length]))
    }
  }

  // MARK: Letters

  /// Writes `word` as lower-case ASCII into `buffer` and returns the length.
  ///
  /// Accents are dropped (`één` → `een`), since they never split a vowel; a
  /// trema vowel becomes its capital (`ë` → `E`), since it starts a new
  /// nucleus, and so does a final é; `ĳ`, `æ`, `œ` and `ß` become two
  /// letters. Other scalars become `.`.
  static func fold(_ word: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var length = 0
    var index = 0
    while index < word.count {
      let byte = word[index]
      if byte < 0x80 {
        buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        index += 1
        length += 1
        continue
      }
      let value = UTF8Bytes.scalar(in: word, at: index).value
      index += UTF8Bytes.scalarLength(leadByte: byte)
      let pair: (UInt8, UInt8)? =
        switch value {
        case 0xC6, 0xE6: (0x61, 0x65)  // æ
        case 0xDF: (0x73, 0x73)  // ß
        case 0x132, 0x133: (0x69, 0x6A)  // ĳ
        case 0x152, 0x153: (0x6F, 0x65)  // œ
        default: nil
        }
      if let pair {
        buffer[length] = pair.0
        buffer[length + 1] = pair.1
        length += 2
      } else if value == 0xE9 || value == 0xC9, index == word.count || index + 1 == word.count && word[index] == 0x73 {
        // A final é is spoken, also after qu (`communiqué`, `cafés`).
        buffer[length] = 0x45
        length += 1
      } else {
        buffer[length] = value >= 0xC0 && value < 0x180 ? latinLetters.utf8Start[Int(value) - 0xC0] : 0x2E
        length += 1
      }
    }
    return length
  }

  /// The folded letter of every scalar from U+00C0 to U+017F (Latin-1 and
  /// Latin Extended-A), derived from their canonical decompositions.
  private static let latinLetters: StaticString = """
    aaaaAa.ceeeEiiiIdnooooO.ouuuUyt.aaaaAa.ceeeEiiiIdnooooO.ouuuUytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\
    ..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs
    """

  // MARK: Rules

  /// Syllables of `word[range]` by the spelling rules alone, reading the range
  /// as a word of its own (a compound part or the rest of a word).
  static func countByRules(_ word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    let letters = SyllableLetters(word: word, range: range)
    var total = 0
    var index = range.lowerBound
    while index < range.upperBound {
      guard letters.isVowel(at: index) else {
        index += 1
        continue
      }
      let length = letters.nucleusLength(at: index)
      if total == 0 || !letters.isSilentFinalE(at: index, length: length) { total += 1 }
      index += length
    }
    return total
  }
}

/// A folded word (see ``SyllableCounter/fold(_:into:)``) seen through the range being counted.
struct SyllableLetters {
  let word: UnsafeBufferPointer<UInt8>
  let range: Range<Int>

  /// The letter at `index`, or 0 outside the range.
  @inline(__always)
  subscript(_ index: Int) -> UInt8 {
    range.contains(index) ? word[index] : 0
  }

  /// The letter at `index` with a trema vowel read as the plain one.
  @inline(__always)
  func plain(_ index: Int) -> UInt8 {
    let letter = self[index]
    return letter >= 0x41 && letter <= 0x5A ? letter | 0x20 : letter
  }

  @inline(__always)
  static func isVowelLetter(_ letter: UInt8) -> Bool {
    switch letter | 0x20 {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
      UInt8(ascii: "y"):
      letter >= 0x41
    default: false
    }
  }

  /// Whether `word[range]` starts with a vowel, or with consonants that can
  /// start a syllable followed by a vowel (`leider`, `spirit`, not `btenaar`).
  static func startsWithOnset(_ word: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var end = range.lowerBound
    while end < range.upperBound && !isVowelLetter(word[end]) { end += 1 }
    guard end < range.upperBound else { return false }
    let length = end - range.lowerBound
    guard length > 1 else { return true }
    let cluster = UnsafeBufferPointer(rebasing: word[range.lowerBound..<end])
    return onsets.contains { $0.count == length && $0.elementsEqual(cluster) }
  }

  /// Consonant clusters that start Dutch and English syllables (single consonants always do).
  private static let onsets: [[UInt8]] = [
    "bl", "br", "ch", "chr", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "kw", "ph",
    "pl", "pr", "ps", "sc", "sch", "schr", "scr", "sh", "sj", "sk", "sl", "sm", "sn", "sp", "spl", "spr",
    "sq", "st", "str", "sw", "th", "thr", "tj", "tr", "ts", "tw", "vl", "vr", "wh", "wr", "zw",
  ].map { Array($0.utf8) }

  /// Whether the letter at `index` is (part of) a vowel, read in context.
  func isVowel(at index: Int) -> Bool {
    switch self[index] {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "A"),
      UInt8(ascii: "E"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "U"):
      return true
    case UInt8(ascii: "u"):
      // `qu` is a consonant pair (`quota`); so is `gu` before e (`guerrilla`,
      // `baguette`), unless a trema keeps the u (`ambiguë`).
      let previous = self[index - 1]
      return !(previous == UInt8(ascii: "q") || previous == UInt8(ascii: "g") && self[index + 1] == UInt8(ascii: "e"))
    case UInt8(ascii: "y"):
      // `y` before a vowel is a consonant at the start (`yoga`) and after a
      // vowel (`royaal`, `kayak`); after a consonant it is a vowel (`flyer`,
      // `embryo`), and so it is before a consonant (`baby`, `systeem`).
      guard Self.isVowelLetter(self[index + 1]) else { return true }
      return index > range.lowerBound && !Self.isVowelLetter(self[index - 1])
    case UInt8(ascii: "j"):
      // The `j` of `ij` belongs to the vowel.
      return self[index - 1] == UInt8(ascii: "i")
    default:
      return false
    }
  }

  /// Whether the letter at `index` can continue a nucleus: a vowel without trema.
  @inline(__always)
  private func continues(_ index: Int) -> Bool {
    let letter = self[index]
    return letter >= 0x61 && isVowel(at: index)
  }

  /// Length of the nucleus starting at the vowel at `index`.
  func nucleusLength(at index: Int) -> Int {
    guard continues(index + 1) else { return 1 }
    let first = plain(index)
    let second = self[index + 1]
    if continues(index + 2) {
      switch (first, second, self[index + 2]) {
      case (ascii("e"), ascii("e"), ascii("u")), (ascii("a"), ascii("a"), ascii("i")),
        (ascii("o"), ascii("o"), ascii("i")), (ascii("o"), ascii("e"), ascii("i")),
        // French `oeu` (`oeuvre`, `manoeuvre`).
        (ascii("o"), ascii("e"), ascii("u")):
        return 3
      case (ascii("i"), ascii("e"), ascii("u")):
        return ieuIsOneSound(at: index) ? 3 : 1
      case (ascii("e"), ascii("a"), ascii("u")):
        // `eau` (`bureau`), but the prefix ge- before au (`geautomatiseerd`).
        return self[index - 1] == ascii("g") ? 1 : 3
      case (ascii("e"), ascii("u"), ascii("i")), (ascii("o"), ascii("u"), ascii("i")):
        // French `euil`, `ouill` (`fauteuil`, `bouillon`); elsewhere eu or ou
        // and then i (`geuit` splits ge-uit, but counts the same).
        return self[index + 3] == ascii("l") ? 3 : 2
      case (ascii("e"), ascii("i"), ascii("j")):
        // A prefix before ij (`geijkt`, `beijveren`).
        return 1
      default:
        break
      }
    }
    switch (first, second) {
    case (ascii("a"), ascii("a")), (ascii("e"), ascii("e")), (ascii("o"), ascii("o")), (ascii("u"), ascii("u")),
      (ascii("i"), ascii("e")), (ascii("o"), ascii("e")), (ascii("o"), ascii("u")), (ascii("a"), ascii("u")),
      (ascii("e"), ascii("i")), (ascii("i"), ascii("j")), (ascii("u"), ascii("i")), (ascii("a"), ascii("i")),
      (ascii("o"), ascii("i")), (ascii("e"), ascii("y")), (ascii("a"), ascii("y")), (ascii("o"), ascii("y")),
      (ascii("u"), ascii("y")),
      // Latin `ae` is one vowel (`caesar`, `aerobics`, `collegae`).
      (ascii("a"), ascii("e")):
      return 2
    case (ascii("e"), ascii("u")):
      // `-eum` is e-um (`museum`, `museumkaart`), unless a vowel follows (`reuma`).
      let afterM = self[index + 3]
      let isEum = index > range.lowerBound && self[index + 2] == ascii("m") && !Self.isVowelLetter(afterM)
      return isEum ? 1 : 2
    case (ascii("u"), ascii("e")):
      // Final `ue` is French or English (`revue`, `avenue`, `issues`); inside a word u-e (`duet`).
      let end = range.upperBound
      return index + 2 == end || index + 3 == end && self[index + 2] == ascii("s") ? 2 : 1
    case (ascii("i"), ascii("o")):
      // English `-tion`, `-sion`, `-ional` (`mediation`, `professional`); Dutch
      // keeps i-o (`natie`, `nationaal`).
      return isEnglishIon(at: index) ? 2 : 1
    default:
      return 1
    }
  }

  /// Whether `ieu` at `index` is one sound: `ieuw` (`nieuw`), French `-ieu(r)`
  /// (`milieu`, `ingenieur`) and `-tieus`, `-cieus`, `-gieus` (`ambitieus`,
  /// `religieus`); after r (`serieus`, `interieur`) and in other `-ieus`
  /// (`harmonieus`, `copieus`) the i is a syllable of its own.
  private func ieuIsOneSound(at index: Int) -> Bool {
    let next = self[index + 3]
    if next == ascii("w") { return true }
    let previous = self[index - 1]
    if previous == ascii("r") { return false }
    guard next == ascii("s") || next == ascii("z") else { return true }
    switch previous {
    case ascii("t"), ascii("c"), ascii("g"), ascii("l"): return true
    default: return false
    }
  }

  /// Whether `io` at `index` ends an English `-tion`, `-sion` or `-ional`
  /// (with a plural s); `-stion` is left to Dutch (`bastion`).
  private func isEnglishIon(at index: Int) -> Bool {
    let previous = self[index - 1]
    guard previous == ascii("t") && self[index - 2] != ascii("s") || previous == ascii("s") else { return false }
    guard self[index + 2] == ascii("n") else { return false }
    var end = index + 3
    if self[end] == ascii("a") && self[end + 1] == ascii("l") { end += 2 }
    if self[end] == ascii("s") { end += 1 }
    return end == range.upperBound
  }

  /// Whether the nucleus at `index` is the silent final e of French `-que`,
  /// `-gue` (`cheque`, `vogue`, with a plural s).
  func isSilentFinalE(at index: Int, length: Int) -> Bool {
    guard length == 1, self[index] == ascii("e"), self[index - 1] == ascii("u") else { return false }
    let before = self[index - 2]
    guard before == ascii("q") || before == ascii("g") else { return false }
    let end = range.upperBound
    return index + 1 == end || index + 2 == end && self[index + 1] == ascii("s")
  }
}

@inline(__always)
private func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }
