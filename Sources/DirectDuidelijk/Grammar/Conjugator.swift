/// Forms a Dutch verb in every slot of the `ww` order: the listed principal
/// parts for irregular verbs, the spelling rules for regular ones
/// (`sturen` → `stuur`, `stuurt`, `stuurde`, `stuurden`, `gestuurd`).
///
/// Separable verbs (`opsturen`) come back joined, as in a subordinate clause
/// (`opstuurt`); callers that need main-clause order split them themselves.
public struct Conjugator: Sendable {
  let verbs: VerbLexicon

  /// A conjugator that knows the irregular verbs of `verbs`.
  public init(verbs: VerbLexicon = .builtin) { self.verbs = verbs }

  /// The six forms of `infinitive` in the `ww` order, or nil for a phrase.
  public func forms(of infinitive: String) -> [String]? {
    guard !infinitive.utf8.contains(0x20), infinitive.count >= 3 else { return nil }
    if let listed = verbs.principalParts(of: infinitive) { return listed }
    // A separable particle before a listed verb: `toezenden` → `toe` + `zenden`.
    for particle in VerbLexicon.particles where infinitive.hasPrefix(particle) && infinitive.count > particle.count + 3 {
      let base = String(infinitive.dropFirst(particle.count))
      guard let baseForms = verbs.principalParts(of: base) ?? Self.regularForms(of: base, separable: true, isWord: verbs.knowsWord)
      else { continue }
      // Only when the rest is itself a verb the lexicon knows or the frequency list has.
      if verbs.principalParts(of: base) != nil || verbs.knowsWord(base) {
        return baseForms.enumerated().map { index, form in
          index == VerbSlot.pastParticiple.rawValue ? particle + "ge" + Self.withoutGe(form) : particle + form
        }
      }
    }
    return Self.regularForms(of: infinitive, separable: false, isWord: verbs.knowsWord)
  }

  private static func withoutGe(_ participle: String) -> String {
    participle.hasPrefix("ge") ? String(participle.dropFirst(2)) : participle
  }

  /// Regular conjugation from the spelling rules.
  static func regularForms(of infinitive: String, separable: Bool, isWord: (String) -> Bool) -> [String]? {
    guard infinitive.hasSuffix("en"), infinitive.count >= 4 else { return nil }
    let stem = stem(of: infinitive, isWord: isWord)
    let suffix = VerbLexicon.participleEnding(ofInfinitive: infinitive) == "t" ? "te" : "de"
    let endsInEnding = stem.hasSuffix(suffix == "te" ? "t" : "d")
    let third = stem.hasSuffix("t") ? stem : stem + "t"
    let participleCore = endsInEnding ? stem : stem + String(suffix.prefix(1))
    let inseparable = VerbLexicon.prefixes.contains { infinitive.hasPrefix($0) && infinitive.count > $0.count + 3 }
    let participle = (inseparable && !separable ? "" : "ge") + participleCore
    return [infinitive, stem, third, stem + suffix, stem + suffix + "n", participle]
  }

  /// `sturen` → `stuur`, `zetten` → `zet`, `leven` → `leef`, `reizen` → `reis`,
  /// `maken` → `maak`. Whether a long vowel is written double (`oordelen` →
  /// `oordeel`, but `wandelen` → `wandel`) is settled by which stem the
  /// frequency list knows (`isWord`).
  static func stem(of infinitive: String, isWord: (String) -> Bool) -> String {
    var scalars = Array(infinitive.dropLast(2).unicodeScalars)
    let vowels = "aeiou".unicodeScalars
    func text(_ scalars: [Unicode.Scalar]) -> String {
      var result = scalars
      // Voiced endings lose their voice: leev → leef, reiz → reis.
      if result.last == "v" { result[result.count - 1] = "f" }
      if result.last == "z" { result[result.count - 1] = "s" }
      return String(String.UnicodeScalarView(result))
    }
    // A double consonant at the end becomes single: zett → zet.
    if scalars.count >= 2, scalars[scalars.count - 1] == scalars[scalars.count - 2],
      !vowels.contains(scalars[scalars.count - 1])
    {
      scalars.removeLast()
      return text(scalars)
    }
    guard scalars.count >= 3 else { return text(scalars) }
    let vowel = scalars[scalars.count - 2]
    let beforeVowel = scalars[scalars.count - 3]
    guard "aeou".unicodeScalars.contains(vowel), !vowels.contains(beforeVowel),
      !vowels.contains(scalars[scalars.count - 1])
    else { return text(scalars) }
    // An open syllable's long vowel is written double when the syllable closes: mak → maak.
    var doubled = scalars
    doubled.insert(vowel, at: scalars.count - 1)
    let single = text(scalars)
    let double = text(doubled)
    if isWord(double + "t") || isWord(double) { return double }
    if isWord(single + "t") { return single }
    // Unknown: an `e` after an earlier vowel is unstressed (`wandel`); otherwise double.
    let earlierVowel = scalars.dropLast(3).contains { vowels.contains($0) }
    return vowel == "e" && earlierVowel ? single : double
  }
}
