/// Turns a word-list entry's alternatives into suggestions for one match, in
/// the form of the matched words: the same verb slot (`verstrekte` → `gaf`),
/// the plural (`verzoeken` → `vragen`), the inflected adjective, a capital
/// at the start of a sentence, and the article when the gender changes
/// (`het verzoek` → `de vraag`).
///
/// A suggestion is `safe` only when the list marks the swap as safe (`!` after
/// the tag), it is the first alternative, and its form is certain: one verb
/// slot (or slots that give the same form), no separable verb in a finite
/// form, and no adjective between a changed article and its noun.
struct AlternativeSuggestions: Sendable {
  let conjugator: Conjugator
  let inflector: Inflector
  private let cache = ConjugationCache()
  private let memo: SharedMemo<String, [String]?>

  init(resources: CheckResources) {
    conjugator = Conjugator(verbs: resources.verbs)
    inflector = Inflector(frequencies: resources.frequencies)
    memo = resources.conjugationMemo
  }

  /// The forms of `infinitive`, conjugated once per session.
  private func forms(of infinitive: String) -> [String]? {
    if let known = cache.forms[infinitive] { return known }
    let forms = memo.value(for: infinitive) { conjugator.forms(of: infinitive) }
    cache.forms[infinitive] = forms
    return forms
  }

  func suggestions(
    for match: PhraseMatch, entry: WordListEntry, in text: AnalyzedText, sentence: Sentence
  ) -> [Suggestion] {
    guard match.separatedVerb == nil else { return [] }
    let first = match.tokens.lowerBound
    let range = text.tokens[first].range.lowerBound..<text.tokens[match.tokens.upperBound].range.upperBound
    let capitalize = text.isSentenceStart(first, in: sentence) && text.isCapitalized(first)
    let matched = text.withLowered(range) { String(decoding: $0, as: UTF8.self) }
    let key = InflectionKey(entryIndex: match.entryIndex, formIndex: match.formIndex, matched: matched)
    let inflected: [Inflected]
    if let known = cache.inflections[key] {
      inflected = known
    } else {
      inflected = entry.alternatives.map { inflect($0, entry: entry, matched: matched, formIndex: match.formIndex) }
      cache.inflections[key] = inflected
    }
    var suggestions: [Suggestion] = []
    for (index, alternative) in inflected.enumerated() {
      let chosen: Form?
      switch alternative {
      case .form(let form): chosen = form
      case .byAuxiliary(let participle, let other):
        chosen = hasAuxiliary(text, sentence: sentence, around: first) ? participle : other
      }
      guard var form = chosen else { continue }
      var replacementRange = range
      if entry.wordClass == .noun, let article = form.article {
        // A determiner right before the noun follows its gender: het → de, dit → deze.
        if let determiner = adjacentDeterminer(text, before: first, in: sentence) {
          let changed = Self.determiner(determiner.word, forArticle: article)
          if changed != determiner.word {
            replacementRange = text.tokens[determiner.token].range.lowerBound..<range.upperBound
            let written = text.text(ofToken: determiner.token)
            form.text = Self.matchCase(changed, like: written) + " " + form.text
          }
        } else if form.article != entry.article {
          form.certain = false
        }
      }
      let startsSentence = capitalize && replacementRange.lowerBound == range.lowerBound
      // `toelichting, uitleg en tips` must not become `uitleg, uitleg en tips`.
      var replacement = form.lowered
      let repeatsNeighbour = replacement.withUTF8 { replaced in
        (max(sentence.tokens.lowerBound, first - 3)..<min(sentence.tokens.upperBound, match.tokens.upperBound + 4))
          .contains { token in
            !match.tokens.contains(token) && text.withLowered(text.tokens[token].range) { $0.elementsEqual(replaced) }
          }
      }
      suggestions.append(
        Suggestion(
          range: replacementRange, replacement: startsSentence ? form.text.capitalizingFirstLetter() : form.text,
          safe: index == 0 && entry.isSafeSwap && form.certain && !repeatsNeighbour))
    }
    return suggestions
  }

  /// A replacement and how sure its form is.
  fileprivate struct Form {
    var text: String { didSet { lowered = text.lowercased() } }
    /// `text` in lower case, made once for the form's many matches.
    private(set) var lowered: String
    var certain: Bool
    /// The article of a noun alternative.
    var article: String?

    init(text: String, certain: Bool, article: String? = nil) {
      self.text = text
      self.lowered = text.lowercased()
      self.certain = certain
      self.article = article
    }
  }

  /// An alternative in the form of the matched words, as far as the words
  /// alone decide it; the same for every match of the same form, so kept.
  fileprivate enum Inflected {
    /// The form, or nil when the alternative has none in this slot.
    case form(Form?)
    /// A verb form that is a participle when the clause has an auxiliary
    /// (`verstrekt`: 3rd person or participle), uncertain either way.
    case byAuxiliary(participle: Form?, other: Form?)
  }

  fileprivate struct InflectionKey: Hashable {
    var entryIndex: Int
    var formIndex: Int
    var matched: String
  }

  private func inflect(_ alternative: String, entry: WordListEntry, matched: String, formIndex: Int) -> Inflected {
    switch entry.wordClass {
    case .verb?:
      return verbForm(alternative, entry: entry, matched: matched)
    case .noun?:
      var article: String?
      var noun = alternative
      for candidate in ["de", "het"] where alternative.hasPrefix(candidate + " ") {
        article = candidate
        noun = String(alternative.dropFirst(candidate.count + 1))
      }
      switch formIndex {
      case 0: return .form(Form(text: noun, certain: article != nil, article: article))
      case 1:
        guard !noun.utf8.contains(0x20), let plural = inflector.plural(of: noun) else { return .form(nil) }
        return .form(Form(text: plural, certain: true, article: nil))
      default: return .form(nil)
      }
    case .adjective?:
      switch formIndex {
      case 0: return .form(Form(text: alternative, certain: true))
      case 1:
        guard !alternative.utf8.contains(0x20), let inflected = inflector.inflected(alternative) else { return .form(nil) }
        return .form(Form(text: inflected, certain: true))
      default: return .form(nil)
      }
    case .adverb?, .preposition?, .conjunction?, .pronoun?, .phrase?, nil:
      return .form(Form(text: alternative, certain: true))
    }
  }

  /// The alternative verb in the slot of the matched form.
  private func verbForm(_ alternative: String, entry: WordListEntry, matched: String) -> Inflected {
    // Multiword entries are matched whole; only their alternative in the same slot is known.
    if entry.term.utf8.contains(0x20) || alternative.utf8.contains(0x20) {
      return .form(matched == entry.term ? Form(text: alternative, certain: !alternative.utf8.contains(0x20)) : nil)
    }
    // The slot of the matched form: from the entry verb's own conjugation when
    // it has the form (lists write a form once, so their order can shift),
    // else from the list's order.
    var slots: [VerbSlot] = []
    if let own = forms(of: entry.term) {
      slots = VerbSlot.allCases.filter { own[$0.rawValue] == matched }
    }
    if slots.isEmpty {
      slots = VerbSlot.allCases.filter { $0.rawValue < entry.forms.count && entry.forms[$0.rawValue].lowercased() == matched }
    }
    guard !slots.isEmpty, let forms = forms(of: alternative) else { return .form(nil) }
    // A separable verb splits in a finite form (`stuurt … op`): not one swap.
    let separable = VerbLexicon.particles.contains { alternative.hasPrefix($0) && alternative.count > $0.count + 3 }
      && forms[VerbSlot.pastParticiple.rawValue].contains("ge")
      && !forms[VerbSlot.pastParticiple.rawValue].hasPrefix("ge")
    func form(_ slot: VerbSlot, certain: Bool) -> Form? {
      if separable && slot != .infinitive && slot != .pastParticiple { return nil }
      return Form(text: forms[slot.rawValue], certain: certain)
    }
    if slots.count > 1 && Set(slots.map { forms[$0.rawValue] }).count > 1 {
      let other = slots.first { $0 != .pastParticiple } ?? slots[0]
      return .byAuxiliary(
        participle: form(slots.contains(.pastParticiple) ? .pastParticiple : other, certain: false),
        other: form(other, certain: false))
    }
    return .form(form(slots[0], certain: true))
  }

  private func hasAuxiliary(_ text: AnalyzedText, sentence: Sentence, around index: Int) -> Bool {
    for token in sentence.tokens where token != index && text.tokens[token].kind == .word {
      let word = text.loweredText(ofToken: token)
      if DutchWordClasses.hebben.contains(word) || DutchWordClasses.zijn.contains(word)
        || DutchWordClasses.worden.contains(word)
      {
        return true
      }
    }
    return false
  }

  private func adjacentDeterminer(_ text: AnalyzedText, before index: Int, in sentence: Sentence) -> (token: Int, word: String)? {
    guard index > sentence.tokens.lowerBound else { return nil }
    let word = text.loweredText(ofToken: index - 1)
    return ["de", "het", "dit", "deze", "dat", "die"].contains(word) ? (index - 1, word) : nil
  }

  /// The determiner of the same kind for a noun of `article`'s gender.
  static func determiner(_ word: String, forArticle article: String) -> String {
    let neuter = article == "het"
    switch word {
    case "de", "het": return neuter ? "het" : "de"
    case "dit", "deze": return neuter ? "dit" : "deze"
    case "dat", "die": return neuter ? "dat" : "die"
    default: return word
    }
  }

  static func matchCase(_ word: String, like written: String) -> String {
    written.first?.isUppercase == true ? word.capitalizingFirstLetter() : word
  }
}

extension String {
  /// The string with its first letter in upper case (`in het kader van` → `In het kader van`).
  func capitalizingFirstLetter() -> String {
    guard let first = first else { return self }
    return first.uppercased() + dropFirst()
  }
}

/// Conjugations already made, for one rule of one session (so one thread).
private final class ConjugationCache: @unchecked Sendable {
  var forms: [String: [String]?] = [:]
  var inflections: [AlternativeSuggestions.InflectionKey: [AlternativeSuggestions.Inflected]] = [:]
}
