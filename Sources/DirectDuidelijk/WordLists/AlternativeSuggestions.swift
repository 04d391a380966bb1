/// Turns a word-list entry's alternatives into suggestions for one match.
///
/// A suggestion replaces the matched words. It is `safe` only when the list
/// marks the swap as safe (`!` after the tag) and the alternative fits the
/// matched form without inflecting it: an invariable word or phrase, or the
/// form the alternative is written in (the infinitive of a verb, the singular
/// of a noun whose article stays the same).
enum AlternativeSuggestions {
  static func suggestions(
    for match: PhraseMatch, entry: WordListEntry, in text: AnalyzedText, sentence: Sentence
  ) -> [Suggestion] {
    guard match.separatedVerb == nil else { return [] }
    let invariable: Bool =
      switch entry.wordClass {
      case .adverb, .preposition, .conjunction, .phrase, .pronoun, nil: true
      case .verb, .noun, .adjective: false
      }
    guard invariable || match.formIndex == 0 else { return [] }
    let first = text.tokens[match.tokens.lowerBound]
    let range = first.range.lowerBound..<text.tokens[match.tokens.upperBound].range.upperBound
    let capitalize = text.isSentenceStart(match.tokens.lowerBound, in: sentence)
      && text.isCapitalized(match.tokens.lowerBound)
    var suggestions: [Suggestion] = []
    for (index, alternative) in entry.alternatives.enumerated() {
      var replacement = alternative
      if entry.wordClass == .noun {
        // The article stays as written, so only an alternative of the same gender fits.
        guard let article = entry.article, alternative.hasPrefix(article + " ") else { continue }
        replacement = String(alternative.dropFirst(article.count + 1))
      }
      suggestions.append(
        Suggestion(
          range: range, replacement: capitalize ? replacement.capitalizingFirstLetter() : replacement,
          safe: index == 0 && entry.isSafeSwap))
    }
    return suggestions
  }
}

extension String {
  /// The string with its first letter in upper case (`in het kader van` → `In het kader van`).
  func capitalizingFirstLetter() -> String {
    guard let first = first else { return self }
    return first.uppercased() + dropFirst()
  }
}
