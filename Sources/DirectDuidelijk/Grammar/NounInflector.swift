/// Plural and inflected forms for suggested replacements, chosen among the
/// spellings Dutch rules allow by which one the frequency list knows best
/// (`vraag` → `vragen`, `brief` → `brieven`, `bus` → `bussen`, `regel` → `regels`).
struct Inflector: Sendable {
  let frequencies: FrequencyLexicon

  /// The plural of the noun `singular`, or nil when no candidate is a known word.
  func plural(of singular: String) -> String? {
    mostFrequent(Self.enCandidates(singular) + [singular + "s", singular + "'s"])
  }

  /// The inflected (`-e`) form of the adjective `base`: `groot` → `grote`, `wit` → `witte`.
  func inflected(_ base: String) -> String? {
    if base.hasSuffix("e") { return base }
    let candidates = Self.enCandidates(base).map { String($0.dropLast()) }
    return mostFrequent(candidates)
  }

  /// `X` + `en`, with the spelling changes Dutch makes before it.
  private static func enCandidates(_ word: String) -> [String] {
    var scalars = Array(word.unicodeScalars)
    guard let last = scalars.last else { return [] }
    var candidates = [word + "en"]
    let vowels = "aeiou".unicodeScalars
    // A double vowel before the last consonant becomes single: vraag → vragen.
    if scalars.count >= 3, scalars[scalars.count - 2] == scalars[scalars.count - 3],
      vowels.contains(scalars[scalars.count - 2]), !vowels.contains(last)
    {
      scalars.remove(at: scalars.count - 2)
    }
    var voiced = scalars
    if last == "f" { voiced[voiced.count - 1] = "v" }
    if last == "s" { voiced[voiced.count - 1] = "z" }
    candidates.append(String(String.UnicodeScalarView(scalars)) + "en")
    candidates.append(String(String.UnicodeScalarView(voiced)) + "en")
    // A short vowel doubles the last consonant: bus → bussen.
    if !vowels.contains(last) { candidates.append(word + String(last) + "en") }
    return candidates
  }

  private func mostFrequent(_ candidates: [String]) -> String? {
    var best: (word: String, zipf: Double)?
    for candidate in candidates {
      if let zipf = frequencies.zipf(candidate), best == nil || zipf > best!.zipf { best = (candidate, zipf) }
    }
    return best?.word
  }
}
