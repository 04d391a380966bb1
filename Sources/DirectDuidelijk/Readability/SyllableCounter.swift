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
  /// Syllables of `word` (any case); 0 when it has no letter.
  ///
  /// A part without a vowel, between hyphens, is spelled out letter by letter
  /// (`tv` 2, `btw-nummer` 5), unless it is an interjection (`hm`, `pst`, `brr` 1).
  public static func count(_ word: String) -> Int {
    var word = word
    return word.withUTF8 { count(utf8: $0) }
  }

  /// Syllables of the UTF-8 `word`, which may be in any case; 0 when it has no letter.
  public static func count(utf8 word: UnsafeBufferPointer<UInt8>) -> Int {
    // Folding never makes a word longer than its UTF-8 form.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { buffer in
      let letters = UnsafeBufferPointer(rebasing: buffer[..<fold(word, into: buffer)])
      return SyllableExceptions.builtin.count(letters) + spelledLetters(letters)
    }
  }

  /// Syllables of the parts of `word` (between hyphens, before an
  /// apostrophe) that have no vowel: one per letter for an initialism (`tv`,
  /// `gsm'er`, `b'tje`), one for an interjection (`hm`, `pst`, `brr`); the
  /// rules give these parts nothing.
  static func spelledLetters(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    var total = 0
    var start = 0
    // Whether the part so far has only consonant letters, and does not follow an apostrophe.
    var spelled = true
    for index in 0...word.count {
      let letter = index < word.count ? word[index] : UInt8(ascii: "-")
      if letter == UInt8(ascii: "-") || letter == UInt8(ascii: "'") {
        if spelled && index > start {
          let part = UnsafeBufferPointer(rebasing: word[start..<index])
          total += isInterjection(part) ? 1 : part.count
        }
        start = index + 1
        spelled = letter == UInt8(ascii: "-")
      } else if letter < 0x61 || letter > 0x7A || SyllableLetters.isVowelLetter(letter) {
        spelled = false
      }
    }
    return total
  }

  /// Whether a part without vowels is a sound (`hm`, `pst`, `sst`, `brr`, `pff`)
  /// rather than an initialism (`pc`, `sms`, `ggz`).
  private static func isInterjection(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
    guard part.allSatisfy({ interjectionLetters.contains($0) }) else { return false }
    if part.count >= 2
      && (part[part.count - 1] == part[part.count - 2] || part[0] == UInt8(ascii: "s") && part[1] == UInt8(ascii: "s"))
    {
      return true
    }
    return interjections.contains { $0.elementsEqual(part) }
  }

  private static let interjectionLetters = Array("bfghmprstz".utf8)
  private static let interjections: [[UInt8]] = ["hm", "pst", "st", "sh", "ts"].map { Array($0.utf8) }

  // MARK: Letters

  /// Writes `word` as lower-case ASCII into `buffer` and returns the length.
  ///
  /// Accents are dropped (`één` → `een`), since they seldom split a vowel; a
  /// trema vowel becomes its capital (`ë` → `E`), since it starts a new
  /// nucleus, and so do é where it stands alone and a vowel after é;
  /// `ĳ`, `æ`, `œ` and `ß` become two letters. Other scalars become `.`.
  static func fold(_ word: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var length = 0
    var index = 0
    var afterAcuteE = false
    var afterAccent = false
    while index < word.count {
      let byte = word[index]
      var letter: UInt8
      var isAcuteE = false
      var isAccented = false
      if byte < 0x80 {
        letter = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        index += 1
      } else {
        let value = UTF8Bytes.scalar(in: word, at: index).value
        index += UTF8Bytes.scalarLength(leadByte: byte)
        switch value {
        case 0xC6, 0xE6:  // æ
          buffer[length] = 0x61
          length += 1
          letter = 0x65
        case 0xDF:  // ß
          buffer[length] = 0x73
          length += 1
          letter = 0x73
        case 0x132, 0x133:  // ĳ
          buffer[length] = 0x69
          length += 1
          letter = 0x6A
        case 0x152, 0x153:  // œ
          buffer[length] = 0x6F
          length += 1
          letter = 0x65
        case 0xC9, 0xE9:
          // é is a vowel of its own after a vowel other than e (`variété`,
          // `société`) and at the end, also after qu (`communiqué`, `cafés`).
          let previous = length > 0 ? buffer[length - 1] : 0
          let isFinal = index == word.count || index + 1 == word.count && word[index] == 0x73
          // Not after another accent, which stresses a long vowel (`híér`).
          let standsAlone = isFinal || previous != 0x65 && !afterAccent && SyllableLetters.isVowelLetter(previous)
          letter = standsAlone ? 0x45 : 0x65
          isAcuteE = true
        default:
          letter = value >= 0xC0 && value < 0x180 ? latinLetters.utf8Start[Int(value) - 0xC0] : 0x2E
          isAccented = letter >= 0x61 && SyllableLetters.isVowelLetter(letter)
        }
      }
      afterAccent = isAccented
      // A vowel after é starts a syllable (`privéauto`, `réussite`), as after a trema.
      if afterAcuteE && letter >= 0x61 && letter != 0x65 && SyllableLetters.isVowelLetter(letter) { letter -= 0x20 }
      afterAcuteE = isAcuteE
      buffer[length] = letter
      length += 1
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
      // `y` before a vowel is a consonant at the start (`yoga`, `pistache-yoghurt`)
      // and after a vowel (`royaal`, `kayak`); after a consonant it is a vowel
      // (`flyer`, `embryo`), and so it is before a consonant (`baby`, `systeem`).
      guard Self.isVowelLetter(self[index + 1]) else { return true }
      let previous = self[index - 1]
      return previous >= 0x61 && previous <= 0x7A && !Self.isVowelLetter(previous)
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
    let length = vowelsInNucleus(at: index)
    // Old spellings write ij after a vowel ending in i (`kooij`, `bruijn`).
    let last = index + length - 1
    if length > 1 && self[last] == ascii("i") && self[last + 1] == ascii("j") { return length + 1 }
    return length
  }

  private func vowelsInNucleus(at index: Int) -> Int {
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
        // The prefix ge- or be- before ij (`geijkt`, `beijveren`); elsewhere
        // an old spelling of ei (`Meijer`).
        let previous = self[index - 1]
        return previous == ascii("g") || previous == ascii("b") ? 1 : 3
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
      // Latin `-eum` after one consonant is e-um (`museum`, `museumkaart`,
      // `colosseum`); not before a vowel (`reuma`) or after a cluster (`kleum`).
      guard self[index + 2] == ascii("m"), !Self.isVowelLetter(self[index + 3]) else { return 2 }
      let consonant = self[index - 1]
      let before = self[index - 2]
      let isLatin =
        consonant != 0 && !Self.isVowelLetter(consonant) && (Self.isVowelLetter(before) || before == consonant)
      return isLatin ? 1 : 2
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
  /// with the i a glide (`milieu`, `ingenieur`, `interieur`) and `-tieus`,
  /// `-cieus`, `-gieus` (`ambitieus`, `religieus`); in other `-ieus`
  /// (`serieus`, `harmonieus`, `copieus`) the i is a syllable of its own.
  private func ieuIsOneSound(at index: Int) -> Bool {
    let next = self[index + 3]
    guard next == ascii("s") || next == ascii("z") else { return true }
    switch self[index - 1] {
    // `milieus` is the plural of milieu.
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
