/// One thing a rule found in the text.
public struct Finding: Sendable, Hashable {
  /// The rule's stable id, e.g. `passive-voice`.
  public var ruleID: String
  /// The word-list row behind it, e.g. `officialese/indien`.
  public var entry: String?
  /// How serious it is.
  public var severity: Severity
  /// What is wrong and what to do, in Dutch.
  public var message: String
  /// Where (UTF-8 offsets into the input).
  public var range: TextRange
  /// Proposed rewrites, best first.
  public var suggestions: [Suggestion]

  /// A finding of `ruleID` at `range`.
  public init(
    ruleID: String, entry: String? = nil, severity: Severity, message: String, range: TextRange,
    suggestions: [Suggestion] = []
  ) {
    self.ruleID = ruleID
    self.entry = entry
    self.severity = severity
    self.message = message
    self.range = range
    self.suggestions = suggestions
  }
}
