/// Flags abbreviations a reader may not know (`i.v.m.`, `m.b.t.`, `Wmo`)
/// from `wordlists/abbreviations.tsv`, at their first use in a text, unless
/// they are explained there: in brackets after the full words (`Wet
/// maatschappelijke ondersteuning (Wmo)`), with the full words in brackets
/// after them, or with the full words earlier in the text.
///
/// Titles, months, days, units and addresses (`dhr.`, `jan.`, `km`) are
/// left alone. Suggests the expansion; a single expansion is a safe fix.
public struct AbbreviationRule: Rule {
  public static let description = RuleDescription(
    id: "abbreviation", defaultSeverity: .warning,
    summary: "Afkortingen die de lezer misschien niet kent, zonder uitleg bij het eerste gebruik.",
    rationale: "Afkortingen zijn korter voor de schrijver, maar moeilijker voor de lezer. Schrijf ze voluit, of leg ze de eerste keer uit.",
    triggering: [
      Example("Wij schrijven u ⟦i.v.m.⟧ uw aanvraag.", rewrite: "Wij schrijven u over uw aanvraag."),
      Example("Dit geldt ⟦o.a.⟧ voor ouderen.", rewrite: "Dit geldt onder andere voor ouderen."),
      Example("⟦M.b.t.⟧ uw brief het volgende."),
      Example("U krijgt hulp via de ⟦Wmo⟧. Die hulp is gratis. De Wmo helpt veel mensen."),
      Example("Neem uw ⟦BSN⟧ mee naar de balie."),
    ],
    nonTriggering: [
      Example("U krijgt hulp via de Wet maatschappelijke ondersteuning (Wmo)."),
      Example("U krijgt hulp via de Wmo (Wet maatschappelijke ondersteuning)."),
      Example("Geachte dhr. Jansen, wij schrijven u over uw aanvraag."),
      Example("De weg is 12 km lang en gaat op 1 jan. open."),
      Example("Ons adres is Markt 1, 9401 AB Assen."),
      Example("Wij schrijven u in verband met uw aanvraag."),
    ]
  )

  private let settings: RuleSettings
  private let resources: CheckResources
  /// Entries already seen in this text: only the first use counts.
  private var seen = Set<Int>()

  public init(settings: RuleSettings, resources: CheckResources) {
    self.settings = settings
    self.resources = resources
  }

  public mutating func check(_ text: AnalyzedText) -> [Finding] {
    var findings: [Finding] = []
    let matcher = resources.abbreviations
    for sentence in text.document.sentences {
      for match in matcher.matches(in: text, sentence: sentence) {
        guard seen.insert(match.entryIndex).inserted else { continue }
        let entry = matcher.entries[match.entryIndex]
        let category = entry.noteKeywords.first.flatMap { AbbreviationCategory(rawValue: String($0)) }
        if category?.isWidelyKnown ?? false { continue }
        if resources.acceptedWords.contains(entry.term.lowercased()) { continue }
        let first = match.tokens.lowerBound
        let last = match.tokens.upperBound
        if isPostcodeLetters(text, first) || isExplained(text, first: first, last: last, entry: entry, sentence: sentence) {
          continue
        }
        let range = text.tokens[first].range.lowerBound..<text.tokens[last].range.upperBound
        let written = text.document.text(range)
        findings.append(
          Self.description.finding(
            at: range, severity: settings.severity,
            message: "Afkorting: ‘\(text.document.quotedText(range))’. Schrijf voluit (\(WordListRuleEngine.quotedList(entry.alternatives))) of leg de afkorting uit.",
            entry: "abbreviations/\(entry.term)",
            suggestions: suggestions(for: entry, written: written, range: range, text: text, first: first, sentence: sentence)))
      }
    }
    return findings
  }

  private func suggestions(
    for entry: WordListEntry, written: String, range: TextRange, text: AnalyzedText, first: Int, sentence: Sentence
  ) -> [Suggestion] {
    let capitalize = text.isSentenceStart(first, in: sentence) && text.isCapitalized(first)
    // Acronyms (`Wmo`) keep their letters after the full name; others are just written out.
    let isAcronym = !written.utf8.contains(0x2E) && text.isCapitalized(first)
    return entry.alternatives.map { expansion in
      var replacement = isAcronym ? "\(expansion) (\(written))" : expansion
      if capitalize { replacement = replacement.capitalizingFirstLetter() }
      // Safe only when unambiguous and the words written out bring no finding of their own
      // (`Wet maatschappelijke ondersteuning` is a name, not advice to change).
      let safe = entry.alternatives.count == 1 && !isAcronym && !resources.hasListedWord(in: expansion)
      return Suggestion(range: range, replacement: replacement, safe: safe)
    }
  }

  /// `9401 AB`: the letters of a Dutch postcode.
  private func isPostcodeLetters(_ text: AnalyzedText, _ index: Int) -> Bool {
    guard index > 0 else { return false }
    let previous = text.tokens[index - 1]
    return previous.kind == .number && previous.range.count == 4 && text.tokens[index].range.count == 2
  }

  private func isExplained(_ text: AnalyzedText, first: Int, last: Int, entry: WordListEntry, sentence: Sentence) -> Bool {
    let tokens = text.tokens
    // `… (Wmo)` after the full words, or `Wmo (…)` before them.
    if first > 0, last + 1 < tokens.count, text.text(ofToken: first - 1) == "(", text.text(ofToken: last + 1) == ")" {
      return true
    }
    if last + 1 < tokens.count, text.text(ofToken: last + 1) == "(" { return true }
    // The full words earlier in this part of the text.
    let before = text.document.range.lowerBound..<tokens[first].range.lowerBound
    return text.withLowered(before) { earlier in
      entry.alternatives.contains { UTF8Bytes.contains(earlier, $0.lowercased()) }
    }
  }
}
