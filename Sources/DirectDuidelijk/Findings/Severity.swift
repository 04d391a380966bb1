/// How serious a finding is; also the threshold of `--fail-on`.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
  /// Worth a look; does not fail a check by default.
  case suggestion
  /// Should be fixed for B1 text.
  case warning
  /// Must be fixed.
  case error

  private var rank: Int {
    switch self {
    case .suggestion: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
