/// The value of a rule option.
public enum OptionValue: Sendable, Hashable, CustomStringConvertible {
  case integer(Int)
  case boolean(Bool)
  case text(String)

  public var description: String {
    switch self {
    case .integer(let value): "\(value)"
    case .boolean(let value): "\(value)"
    case .text(let value): value
    }
  }
}

/// What a rule is: its id, default severity, Dutch message and rationale,
/// options with defaults, and examples that must and must not trigger it.
public struct RuleDescription: Sendable {
  /// Stable kebab-case id.
  public let id: String
  /// Severity when the configuration says nothing.
  public let defaultSeverity: Severity
  /// One line in Dutch: what the rule finds.
  public let summary: String
  /// Why it matters for a B1 reader, in Dutch.
  public let rationale: String
  /// Options and their defaults, by name (e.g. `warning-above`).
  public let options: [(name: String, defaultValue: OptionValue)]
  /// Examples with the expected spans marked.
  public let triggering: [Example]
  /// Examples that must give no finding.
  public let nonTriggering: [Example]

  /// A description.
  public init(
    id: String, defaultSeverity: Severity, summary: String, rationale: String,
    options: [(name: String, defaultValue: OptionValue)] = [], triggering: [Example],
    nonTriggering: [Example]
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.rationale = rationale
    self.options = options
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }

  /// The default of option `name`.
  public func defaultValue(of name: String) -> OptionValue? {
    options.first { $0.name == name }?.defaultValue
  }
}
