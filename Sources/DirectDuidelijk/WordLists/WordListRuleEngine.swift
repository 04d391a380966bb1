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
  /// What the message calls a match (`Ambtelijk`, `Engels woord`).
  let label: String
  let alternatives: AlternativeSuggestions
  /// Per entry, built at its first match: whether it is accepted, its `entry`
  /// id and the quoted alternatives of the message (dense texts repeat entries).
  private var entryParts: [Int: EntryParts] = [:]

  private struct EntryParts {
    let accepted: Bool
    let id: String
    /// What the message says after the quoted match: `’. Schrijf liever ‘a’ of ‘b’.`
    let messageTail: String
  }

  init(
    matcher: PhraseMatcher, description: RuleDescription, family: String, settings: RuleSettings,
    resources: CheckResources, label: String
  ) {
    self.matcher = matcher
    self.description = description
    self.family = family
    self.settings = settings
    self.acceptedWords = resources.acceptedWords
    self.label = label
    self.alternatives = AlternativeSuggestions(resources: resources)
  }

  mutating func findings(in text: AnalyzedText) -> [Finding] {
    var findings: [Finding] = []
    // A message is `label: ‘match’. Schrijf liever …`, built from two kept parts.
    let messageHead = "\(label): ‘"
    for sentence in text.document.sentences {
      for match in matcher.matches(in: text, sentence: sentence) {
        let parts = self.parts(of: match.entryIndex)
        if parts.accepted { continue }
        // A capital inside a sentence starts a name (`School voor Openbaar Bestuur`).
        let first = match.tokens.lowerBound
        if !matcher.caseSensitive && text.isCapitalized(first) && !text.isSentenceStart(first, in: sentence) { continue }
        let range = text.tokens[match.tokens.lowerBound].range.lowerBound..<text.tokens[match.tokens.upperBound].range.upperBound
        let written = text.document.quotedText(range)
        var message = messageHead
        message.reserveCapacity(messageHead.utf8.count + written.utf8.count + parts.messageTail.utf8.count)
        message += written
        message += parts.messageTail
        findings.append(
          description.finding(
            at: range, severity: settings.severity,
            message: message,
            entry: parts.id,
            // The entry is read in place: a copy retained each of its strings.
            suggestions: alternatives.suggestions(
              for: match, entry: matcher.entries[match.entryIndex], in: text, sentence: sentence)))
      }
    }
    return findings
  }

  private mutating func parts(of index: Int) -> EntryParts {
    if let parts = entryParts[index] { return parts }
    let entry = matcher.entries[index]
    let parts = EntryParts(
      accepted: acceptedWords.contains(entry.term.lowercased()), id: "\(family)/\(entry.term)",
      messageTail: "’. Schrijf liever \(Self.quotedList(entry.alternatives.map(Self.withoutArticle))).")
    entryParts[index] = parts
    return parts
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
