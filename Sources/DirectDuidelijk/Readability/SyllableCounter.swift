/// Counts the spoken syllables of a Dutch word, dictionary convention
/// (`so-ci-a-le` 4, `i-dee-en` 3, `mu-se-um` 3, `co-ör-di-na-tie` 5).
///
/// Rules first: each vowel nucleus is a syllable, where a nucleus is a run of
/// vowels read as one sound (`aa`, `ij`, `eeuw`, `eau`) and a trema starts a
/// new one (`ideeën`, `coördinatie`). Splits the rules do not see (`museum`,
/// `theater`) come from the vowel pairs Dutch reads as two sounds.
public enum SyllableCounter {
  /// Vowel sequences read as one sound, longest first.
  private static let nuclei: [[Unicode.Scalar]] = [
    "eeu", "ieu", "aai", "ooi", "oei", "eau", "aa", "ee", "oo", "uu", "ie", "oe", "ou", "au", "ei",
    "ij", "ui", "eu", "ai", "oi", "ey", "ay", "oy",
  ].map { Array($0.unicodeScalars) }

  /// Syllables of `word` (any case); 0 when it has no vowel.
  public static func count(_ word: String) -> Int {
    count(scalars: Array(word.lowercased().unicodeScalars))
  }

  /// Syllables of the UTF-8 `word`, which may be in any case.
  public static func count(utf8 word: UnsafeBufferPointer<UInt8>) -> Int {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(word.count)
    var index = 0
    while index < word.count {
      let scalar = UTF8Bytes.scalar(in: word, at: index)
      index += UTF8Bytes.scalarLength(leadByte: word[index])
      if scalar.isASCII, scalar.value >= 0x41, scalar.value <= 0x5A {
        scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
      } else if scalar.isASCII {
        scalars.append(scalar)
      } else {
        scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return count(scalars: scalars)
  }

  /// Syllables of a word given as lower-case scalars.
  static func count(scalars word: [Unicode.Scalar]) -> Int {
    var total = 0
    var index = 0
    while index < word.count {
      guard isVowel(word, at: index) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < word.count && isVowel(word, at: end) && !isTrema(word[end]) { end += 1 }
      total += nucleusCount(word, index..<end)
      index = end
    }
    return total
  }

  @inline(__always)
  private static func isTrema(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "ä", "ë", "ï", "ö", "ü": true
    default: false
    }
  }

  private static func isVowel(_ word: [Unicode.Scalar], at index: Int) -> Bool {
    switch word[index] {
    case "a", "e", "i", "o", "u", "á", "à", "â", "ä", "é", "è", "ê", "ë", "í", "ì", "î", "ï", "ó",
      "ò", "ô", "ö", "ú", "ù", "û", "ü":
      // `qu` is a consonant pair (`quota`).
      return !(word[index] == "u" && index > 0 && word[index - 1] == "q")
    case "y":
      // `y` before a vowel is a consonant (`yoga`); elsewhere a vowel (`baby`, `systeem`).
      if index + 1 < word.count, "aeiou".unicodeScalars.contains(word[index + 1]) { return false }
      return true
    case "j":
      // The `j` of `ij` belongs to the vowel.
      return index > 0 && word[index - 1] == "i"
    default:
      return false
    }
  }

  /// Nuclei in the vowel run `word[range]`.
  private static func nucleusCount(_ word: [Unicode.Scalar], _ range: Range<Int>) -> Int {
    var count = 0
    var index = range.lowerBound
    while index < range.upperBound {
      var matched = 1
      for nucleus in nuclei where nucleus.count <= range.upperBound - index {
        if zip(nucleus, word[index..<index + nucleus.count]).allSatisfy({ $0 == $1 }) {
          matched = nucleus.count
          break
        }
      }
      // `museum`, `petroleum`: e-um at the end of a word is two sounds.
      if matched == 2, word[index] == "e", word[index + 1] == "u", index + 2 < word.count,
        word[index + 2] == "m", index + 3 == word.count
      {
        matched = 1
      }
      // `geautomatiseerd`: the prefix ge- before au.
      if matched == 3, index == 1, word[0] == "g", word[1] == "e", word[2] == "a" {
        matched = 1
      }
      count += 1
      index += matched
    }
    return count
  }
}
