/// Picks the suggestions `duidelijk fix` applies: the safe ones, never
/// inside quotation marks (a quoted title or citation keeps its words), and
/// of overlapping ones only the first.
public struct Fixer: Sendable {
  /// The checker whose findings carry the suggestions.
  public let checker: Checker

  /// A fixer using `checker`.
  public init(checker: Checker = Checker()) { self.checker = checker }

  /// The safe edits for `document`, given the session of its input; `keep`
  /// can drop findings first (inline `duidelijk-disable` comments).
  public func edits(
    in document: Document, session: inout CheckSession, keep: ([Finding]) -> [Finding] = { $0 }
  ) -> [Suggestion] {
    let findings = keep(session.check(document))
    let quoted = QuotedSpans.spans(in: document)
    let safe = findings.flatMap { $0.suggestions.filter(\.safe).prefix(1) }
      .filter { suggestion in !quoted.contains { $0.overlaps(suggestion.range) } }
    return SuggestionApplier.nonOverlapping(safe)
  }

  /// `text` with every safe suggestion applied.
  public func fix(_ text: String) throws(ICUError) -> (text: String, applied: [Suggestion]) {
    let document = try Segmenter().document(for: text)
    var session = checker.session()
    return SuggestionApplier.apply(edits(in: document, session: &session), to: text)
  }
}

/// Where text stands between quotation marks in a sentence.
enum QuotedSpans {
  private static let pairs: [(open: String, close: String)] = [
    ("„", "”"), ("“", "”"), ("‘", "’"), ("«", "»"), (",,", "''"), ("\"", "\""), ("'", "'"),
  ]

  static func spans(in document: Document) -> [TextRange] {
    var spans: [TextRange] = []
    for sentence in document.sentences {
      var open: (index: Int, close: String)?
      for index in sentence.tokens where document.tokens[index].kind == .punctuation {
        let mark = document.text(of: document.tokens[index])
        if let current = open {
          if mark == current.close {
            spans.append(document.tokens[current.index].range.lowerBound..<document.tokens[index].range.upperBound)
            open = nil
          }
        } else if let pair = pairs.first(where: { $0.open == mark }) {
          open = (index, pair.close)
        }
      }
    }
    return spans
  }
}
