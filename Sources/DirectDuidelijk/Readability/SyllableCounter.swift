/// Counts the spoken syllables of a Dutch word, dictionary convention
/// (`so-ci-a-le` 4, `i-dee-en` 3, `mu-se-um` 3, `co-ör-di-na-tie` 5).
///
/// Rules first: each vowel nucleus is a syllable, where a nucleus is a run of
/// vowels read as one sound (`aa`, `ij`, `eeuw`, `eau`) and a trema starts a
/// new one (`ideeën`, `coördinatie`). Vowel pairs Dutch reads as two sounds
/// (`ia`, `eo`, `ua`) fall apart by themselves, since they are no nucleus.
public enum SyllableCounter {
  /// Syllables of `word` (any case); 0 when it has no vowel.
  public static func count(_ word: String) -> Int {
    var word = word
    return word.withUTF8 { count(utf8: $0) }
  }

  /// Syllables of the UTF-8 `word`, which may be in any case.
  public static func count(utf8 word: UnsafeBufferPointer<UInt8>) -> Int {
    withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: word.count) { buffer in
      var length = 0
      var index = 0
      while index < word.count {
        let byte = word[index]
        if byte < 0x80 {
          buffer[length] = Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
          index += 1
        } else {
          let scalar = UTF8Bytes.scalar(in: word, at: index)
          index += UTF8Bytes.scalarLength(leadByte: byte)
          let lowered = scalar.properties.lowercaseMapping.unicodeScalars
          buffer[length] = lowered.count == 1 ? lowered.first! : scalar
        }
        length += 1
      }
      return count(scalars: UnsafeBufferPointer(rebasing: buffer[..<length]))
    }
  }

  /// Syllables of a word given as lower-case scalars.
  static func count(scalars word: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
    var total = 0
    var index = 0
    while index < word.count {
      guard isVowel(word, at: index) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < word.count && isVowel(word, at: end) && !isTrema(word[end]) { end += 1 }
      var position = index
      while position < end {
        position += nucleusLength(word, at: position, end: end)
        total += 1
      }
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

  @inline(__always)
  private static func isPlainVowel(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a", "e", "i", "o", "u": true
    default: false
    }
  }

  private static func isVowel(_ word: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Bool {
    switch word[index] {
    case "a", "e", "i", "o", "u", "á", "à", "â", "ä", "é", "è", "ê", "ë", "í", "ì", "î", "ï", "ó",
      "ò", "ô", "ö", "ú", "ù", "û", "ü":
      // `qu` is a consonant pair (`quota`).
      return !(word[index] == "u" && index > 0 && word[index - 1] == "q")
    case "y":
      // `y` before a vowel is a consonant (`yoga`); elsewhere a vowel (`baby`, `systeem`).
      return !(index + 1 < word.count && isPlainVowel(word[index + 1]))
    case "j":
      // The `j` of `ij` belongs to the vowel.
      return index > 0 && word[index - 1] == "i"
    default:
      return false
    }
  }

  /// Length of the nucleus starting at `index` in the vowel run ending at `end`.
  private static func nucleusLength(_ word: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, end: Int) -> Int {
    let first = word[index]
    if index + 2 < end {
      switch (first, word[index + 1], word[index + 2]) {
      case ("e", "e", "u"), ("i", "e", "u"), ("a", "a", "i"), ("o", "o", "i"), ("o", "e", "i"):
        return 3
      case ("e", "a", "u"):
        // `geautomatiseerd`: the prefix ge- before au.
        return index == 1 && word[0] == "g" ? 1 : 3
      default:
        break
      }
    }
    guard index + 1 < end else { return 1 }
    switch (first, word[index + 1]) {
    case ("e", "u"):
      // `museum`, `petroleum`: e-um at the end of a word is two sounds.
      return index + 3 == word.count && word[index + 2] == "m" ? 1 : 2
    case ("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("i", "e"), ("o", "e"), ("o", "u"), ("a", "u"),
      ("e", "i"), ("i", "j"), ("u", "i"), ("a", "i"), ("o", "i"), ("e", "y"), ("a", "y"), ("o", "y"):
      return 2
    default:
      return 1
    }
  }
}
