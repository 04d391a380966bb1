/// Rewrites a passive main clause into the active voice when the sentence
/// names who acts: `De aanvraag wordt door de gemeente beoordeeld.` →
/// `De gemeente beoordeelt de aanvraag.`
///
/// Handles the subject first (`De brief`, `Uw aanvraag`), the `door` phrase
/// before or after the participle, present and past (`wordt`, `werd`), the
/// perfect (`is … vastgesteld` → `heeft … vastgesteld`), pronouns (`door ons`
/// → `Wij`), agreement with the actor, and separable verbs (`stelt … vast`).
/// Anything else (subordinate clauses, inversion, more after the
/// participle) gets no rewrite.
struct PassiveRewriter: Sendable {
  let conjugator: Conjugator

  /// Words that start a subject noun phrase.
  private static let determiners: Set<String> = [
    "de", "het", "een", "uw", "mijn", "onze", "ons", "zijn", "haar", "hun", "deze", "dit", "die", "dat", "alle",
    "elke", "ieder", "iedere", "veel", "enkele", "sommige", "twee", "drie",
  ]

  /// The subject form of a pronoun after `door`, and its person.
  private static let pronouns: [String: (subject: String, person: Person)] = [
    "mij": ("ik", .first), "ons": ("wij", .plural), "jou": ("jij", .second), "u": ("u", .second),
    "jullie": ("jullie", .plural), "hem": ("hij", .third), "haar": ("zij", .third), "hen": ("zij", .plural),
    "hun": ("zij", .plural), "ze": ("zij", .plural),
  ]

  private enum Person {
    case first, second, third, plural
  }

  /// The active sentence, or nil when the clause has another shape.
  func rewrite(_ passive: PassiveMatch, in text: AnalyzedText, sentence: Sentence) -> String? {
    guard let actor = passive.actor else { return nil }
    let words = sentence.tokens.filter { text.tokens[$0].kind != .punctuation || $0 == sentence.tokens.upperBound - 1 }
    guard let last = sentence.tokens.last, text.tokens[last].kind == .punctuation,
      ["." , "!"].contains(text.text(ofToken: last))
    else { return nil }
    let aux = passive.auxiliary
    let participle = passive.participle
    // Main clause with the subject first: every token before the auxiliary.
    let subject = sentence.tokens.lowerBound..<aux
    guard !subject.isEmpty, aux < participle, subject.allSatisfy({ text.tokens[$0].kind != .punctuation }),
      Self.determiners.contains(text.loweredText(ofToken: subject.lowerBound))
    else { return nil }
    // The `door` phrase right before the participle, or right after it at the end;
    // its noun phrase ends before adverbs (`door ons zorgvuldig beoordeeld`).
    guard let actorWords = actorNounPhrase(actor, text) else { return nil }
    let middle: [Int]
    if actor.upperBound + 1 == participle, participle + 1 == last {
      middle = Array((aux + 1)..<actor.lowerBound) + Array((actorWords.upperBound + 1)..<participle)
    } else if actor.lowerBound == participle + 1, actor.upperBound + 1 == last {
      middle = Array((aux + 1)..<participle)
    } else {
      return nil
    }
    guard middle.allSatisfy({ text.tokens[$0].kind != .punctuation }), !words.isEmpty else { return nil }

    // Who acts, as a subject, and the person the verb agrees with.
    var actorText = actorWords.map { text.text(ofToken: $0) }.joined(separator: " ")
    var person = Person.third
    if actorWords.count == 1, let pronoun = Self.pronouns[text.loweredText(ofToken: actorWords.lowerBound)] {
      actorText = pronoun.subject
      person = pronoun.person
    } else if isPlural(actorWords, text) {
      person = .plural
    }

    let auxiliary = text.loweredText(ofToken: aux)
    guard let forms = conjugator.forms(of: passive.info.infinitive) else { return nil }
    let particle = separableParticle(of: passive.info.infinitive, participle: forms[VerbSlot.pastParticiple.rawValue])
    var finite: String
    var tail: [String] = []
    switch auxiliary {
    case "wordt", "worden", "word":
      finite = presentForm(forms, person)
    case "werd", "werden":
      finite = person == .plural ? forms[VerbSlot.pastPlural.rawValue] : forms[VerbSlot.pastSingular.rawValue]
    case "is", "zijn", "ben", "bent":
      finite = person == .plural ? "hebben" : (person == .first ? "heb" : (person == .second && actorText == "jij" ? "hebt" : "heeft"))
      tail = [forms[VerbSlot.pastParticiple.rawValue]]
    case "was", "waren":
      finite = person == .plural ? "hadden" : "had"
      tail = [forms[VerbSlot.pastParticiple.rawValue]]
    default:
      return nil
    }
    if tail.isEmpty, let particle {
      finite = String(finite.dropFirst(particle.count))
      tail = [particle]
    }
    var object = subject.map { text.text(ofToken: $0) }
    object[0] = object[0].lowercased()
    let parts = [actorText.capitalizingFirstLetter(), finite] + object + middle.map { text.text(ofToken: $0) } + tail
    return parts.joined(separator: " ") + text.text(ofToken: last)
  }

  /// The actor: a pronoun alone, or a noun phrase up to the first function word
  /// that is not part of it (`de gemeente`, `het college van B en W`).
  private func actorNounPhrase(_ actor: ClosedRange<Int>, _ text: AnalyzedText) -> ClosedRange<Int>? {
    let first = actor.lowerBound + 1
    guard first <= actor.upperBound else { return nil }
    if Self.pronouns[text.loweredText(ofToken: first)] != nil { return first...first }
    var last = first
    while last < actor.upperBound {
      let next = last + 1
      let word = text.loweredText(ofToken: next)
      let inPhrase = !text.has(next, .functionWord) || ["van", "en", "de", "het", "een"].contains(word)
      guard inPhrase else { break }
      last = next
    }
    return first...last
  }

  private func presentForm(_ forms: [String], _ person: Person) -> String {
    switch person {
    case .first: forms[VerbSlot.presentFirstSingular.rawValue]
    case .second, .third: forms[VerbSlot.presentThirdSingular.rawValue]
    case .plural: forms[VerbSlot.infinitive.rawValue]
    }
  }

  /// `vaststellen` with `vastgesteld`: the particle `vast`.
  private func separableParticle(of infinitive: String, participle: String) -> String? {
    VerbLexicon.particles.first { infinitive.hasPrefix($0) && participle.hasPrefix($0 + "ge") }
  }

  /// `de inwoners`, `de gemeente en de provincie`: a plural actor.
  private func isPlural(_ words: ClosedRange<Int>, _ text: AnalyzedText) -> Bool {
    let lowered = words.map { text.loweredText(ofToken: $0) }
    if lowered.contains("en") { return true }
    guard let head = lowered.last, lowered.first == "de" || lowered.count == 1 else { return false }
    for ending in ["en", "s"] where head.hasSuffix(ending) && head.count > ending.count + 2 {
      let singular = String(head.dropLast(ending.count))
      // `gemeenten` has the singular `gemeente`; `examen` is singular itself.
      if conjugator.verbs.knowsWord(singular) || conjugator.verbs.knowsWord(singular + "e") { return true }
    }
    return false
  }
}
