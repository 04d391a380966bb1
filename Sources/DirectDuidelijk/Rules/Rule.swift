/// A B1 guideline the checker tests text against.
///
/// One rule, one file, one type. A rule is created per input file from its
/// settings, so it may keep state across the chunks of one file (the
/// `mixed-address` rule remembers which form of address came first).
public protocol Rule: Sendable {
  /// What the rule is; its examples are run by the test suite.
  static var description: RuleDescription { get }
  /// A rule with these settings, drawing on shared word lists in `resources`.
  init(settings: RuleSettings, resources: CheckResources)
  /// Findings in one chunk of the input, in any order; each lies in that chunk.
  mutating func check(_ text: AnalyzedText) -> [Finding]
}

/// How one rule is set up: on or off, its severity and option values.
public struct RuleSettings: Sendable {
  /// Whether the rule runs.
  public var enabled: Bool
  /// The severity of its findings.
  public var severity: Severity
  /// Option values by name; missing ones take the description's default.
  public var options: [String: OptionValue]

  /// Settings with the description's defaults.
  public init(defaultsOf description: RuleDescription) {
    enabled = true
    severity = description.defaultSeverity
    options = [:]
  }

  /// Settings as given.
  public init(enabled: Bool, severity: Severity, options: [String: OptionValue] = [:]) {
    self.enabled = enabled
    self.severity = severity
    self.options = options
  }

  /// The integer option `name`, or its default in `description`.
  public func integer(_ name: String, in description: RuleDescription) -> Int {
    if case .integer(let value) = options[name] ?? description.defaultValue(of: name) { return value }
    preconditionFailure("rule \(description.id) has no integer option \(name)")
  }

  /// The boolean option `name`, or its default in `description`.
  public func boolean(_ name: String, in description: RuleDescription) -> Bool {
    if case .boolean(let value) = options[name] ?? description.defaultValue(of: name) { return value }
    preconditionFailure("rule \(description.id) has no boolean option \(name)")
  }
}

extension RuleDescription {
  /// A finding of this rule.
  public func finding(
    at range: TextRange, severity: Severity, message: String, entry: String? = nil,
    suggestions: [Suggestion] = []
  ) -> Finding {
    Finding(ruleID: id, entry: entry, severity: severity, message: message, range: range, suggestions: suggestions)
  }
}
