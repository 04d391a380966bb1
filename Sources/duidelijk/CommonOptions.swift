import ArgumentParser
import DirectDuidelijk

/// `--enable`/`--disable`, shared by `check` and `fix`.
struct RuleSelectionOptions: ParsableArguments {
  @Option(name: .customLong("enable"), help: ArgumentHelp("Switch a rule on (repeatable).", valueName: "rule-id"))
  var enabled: [String] = []

  @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off (repeatable).", valueName: "rule-id"))
  var disabled: [String] = []

  func validate() throws {
    for id in enabled + disabled where BuiltinRules.rule(withID: id) == nil {
      let known = BuiltinRules.all.map { $0.description.id }.joined(separator: ", ")
      throw ValidationError("unknown rule id '\(id)' (known: \(known))")
    }
  }

  /// `configuration` with these switches applied.
  func apply(to configuration: inout Configuration) {
    for id in enabled { configuration.setRule(id, enabled: true) }
    for id in disabled { configuration.setRule(id, enabled: false) }
  }
}

/// The lowest severity that makes the exit code 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, suggestion, never

  /// Whether `severity` fails the run.
  func fails(_ severity: Severity) -> Bool {
    switch self {
    case .never: false
    case .error: severity >= .error
    case .warning: severity >= .warning
    case .suggestion: true
    }
  }
}

/// `--no-color`, `--quiet`.
struct OutputOptions: ParsableArguments {
  @Flag(name: .customLong("no-color"), help: "Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set).")
  var noColor = false

  @Flag(name: .shortAndLong, help: "Leave out summaries and progress.")
  var quiet = false

  /// Whether to colour what goes to stdout.
  var useColor: Bool {
    !noColor && Terminal.isTerminal(1) && Terminal.environment("NO_COLOR") == nil
  }
}
