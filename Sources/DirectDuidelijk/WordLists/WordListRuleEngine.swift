/// What word-list rules (`officialese`, `anglicism`, `nominalization`) share:
/// matching a list in each sentence and turning matches into findings with
/// the entry's alternatives as suggestions.
struct WordListRuleEngine: Sendable {
  let matcher: PhraseMatcher
  let description: RuleDescription
  /// The list's family, the first part of a finding's `entry` (`officialese/indien`).
  let family: String
  let settings: RuleSettings
  let acceptedWords: Set<String>
  /// Builds the Dutch message from the words as written and the alternatives.
  let message: @Sendable (_ written: String, _ alternatives: [String]) -> String
  let alternatives: AlternativeSuggestions

  init(
    matcher: PhraseMatcher, description: RuleDescription, family: String, settings: RuleSettings,
    resources: CheckResources, message: @escaping @Sendable (_ written: String, _ alternatives: [String]) -> String
  ) {
    self.matcher = matcher
    self.description = description
    self.family = family
    self.settings = settings
    self.acceptedWords = resources.acceptedWords
    self.message = message
    self.alternatives = AlternativeSuggestions(resources: resources)
  }

  func findings(in text: AnalyzedText) -> [Finding] {
    var findings: [Finding] = []
    for sentence in text.document.sentences {
      for match in matcher.matches(in: text, sentence: sentence) {
        let entry = matcher.entries[match.entryIndex]
        if acceptedWords.contains(entry.term.lowercased()) { continue }
        // A capital inside a sentence starts a name (`School voor Openbaar Bestuur`).
        let first = match.tokens.lowerBound
        if !matcher.caseSensitive && text.isCapitalized(first) && !text.isSentenceStart(first, in: sentence) { continue }
        let range = text.tokens[match.tokens.lowerBound].range.lowerBound..<text.tokens[match.tokens.upperBound].range.upperBound
        let written = text.document.text(range)
        findings.append(
          description.finding(
            at: range, severity: settings.severity,
            message: message(written, entry.alternatives.map(Self.withoutArticle)),
            entry: "\(family)/\(entry.term)",
            suggestions: alternatives.suggestions(for: match, entry: entry, in: text, sentence: sentence)))
      }
    }
    return findings
  }

  /// `de vraag` → `vraag`: messages name the word; suggestions handle articles.
  static func withoutArticle(_ alternative: String) -> String {
    for article in ["de ", "het "] where alternative.hasPrefix(article) {
      return String(alternative.dropFirst(article.count))
    }
    return alternative
  }

  /// `‘a’, ‘b’ of ‘c’`.
  static func quotedList(_ words: [String]) -> String {
    let quoted = words.prefix(3).map { "‘\($0)’" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " of " + quoted.last!
  }
}
