/// A proposed rewrite of part of the text.
public struct Suggestion: Sendable, Hashable {
  /// The bytes to replace (UTF-8 offsets into the input).
  public var range: TextRange
  /// The new text.
  public var replacement: String
  /// True only when the rewrite certainly keeps meaning and grammar, so
  /// `duidelijk fix` may apply it without asking.
  public var safe: Bool
  /// Why, in Dutch, when it helps.
  public var explanation: String?

  /// A suggestion to replace `range` with `replacement`.
  public init(range: TextRange, replacement: String, safe: Bool = false, explanation: String? = nil) {
    self.range = range
    self.replacement = replacement
    self.safe = safe
    self.explanation = explanation
  }
}
