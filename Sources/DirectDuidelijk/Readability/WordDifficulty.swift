/// Decides whether a word is difficult for a B1 reader: rare (low Zipf
/// frequency), long, and not built from common parts.
///
/// Compounds are split into known parts with the linking sounds `s`, `e`
/// and `en`: `gemeentebelastingen` is `gemeente` + `belastingen`, both
/// common, so it is not difficult; `precariobelasting` has the rare part
/// `precario`, so it is.
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
  /// Parts of a compound have at least this many letters, so `welstand` is
  /// not read as `wel` + `stand`.
  static let minimumPartLength = 4

  /// A judge that uses `frequencies`.
  public init(frequencies: FrequencyLexicon = .builtin) { self.frequencies = frequencies }

  /// Whether the lower-case `word` is difficult.
  public func isDifficult(_ word: String) -> Bool {
    let letters = word.unicodeScalars.filter { UTF8Bytes.isLetter($0) }.count
    guard letters >= Self.minimumLength else { return false }
    if let zipf = frequencies.zipf(word), zipf >= Self.commonZipf { return false }
    if letters >= Self.overlongLength { return true }
    // Hyphenated compounds: every part must be common.
    if word.contains("-") {
      return word.split(separator: "-").contains { isDifficult(String($0)) }
    }
    return !isCompoundOfCommonParts(Array(word.unicodeScalars))
  }

  /// Whether `word` splits into two or three common parts, with linking `s`, `e` or `en`.
  func isCompoundOfCommonParts(_ word: [Unicode.Scalar], depth: Int = 0) -> Bool {
    let minimum = Self.minimumPartLength
    guard depth < 3, word.count >= 2 * minimum else { return false }
    // The head (last part) carries the meaning: try the longest first part first.
    for split in stride(from: word.count - minimum, through: minimum, by: -1) {
      let head = Array(word[split...])
      guard isCommon(head) || isCompoundOfCommonParts(head, depth: depth + 1) else { continue }
      var modifier = Array(word[..<split])
      if isCommon(modifier) { return true }
      for link in ["s", "e", "en"] where modifier.count >= link.count + minimum {
        if modifier.suffix(link.count).elementsEqual(link.unicodeScalars) {
          modifier.removeLast(link.count)
          if isCommon(modifier) { return true }
          modifier.append(contentsOf: link.unicodeScalars)
        }
      }
      if depth == 0, isCompoundOfCommonParts(modifier, depth: depth + 1) { return true }
    }
    return false
  }

  private func isCommon(_ part: [Unicode.Scalar]) -> Bool {
    guard part.count >= Self.minimumPartLength else { return false }
    let text = String(String.UnicodeScalarView(part))
    guard let zipf = frequencies.zipf(text) else { return false }
    return zipf >= Self.commonZipf
  }
}
