import DirectDuidelijk

/// `--format github`: one GitHub Actions workflow command per finding,
/// `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`,
/// which GitHub shows as an annotation on the pull request.
///
/// Errors become `error`, warnings `warning`, suggestions `notice`. Columns
/// count Unicode scalars, `endColumn` just past the span; GitHub takes
/// columns only for an annotation within one line, so a span over several
/// lines gives `line` and `endLine` alone.
public struct GitHubReporter: FindingReporter {
  public static let formatName = "github"

  public init(options: ReporterOptions) {}

  public func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8]
  ) {
    guard !findings.isEmpty else { return }
    let file = Self.escaped(path, asProperty: true)
    for finding in findings {
      let start = document.position(of: finding.range.lowerBound)
      let end = document.position(of: finding.range.upperBound)
      let oneLine = start.line == end.line
      var command = "::\(Self.command(for: finding.severity)) file=\(file),line=\(start.line)"
      if oneLine { command += ",col=\(start.column)" }
      command += ",endLine=\(end.line)"
      if oneLine { command += ",endColumn=\(end.column)" }
      command += ",title=\(Self.escaped(finding.ruleID, asProperty: true))"
      command += "::\(Self.escaped(TextReporter.visible(finding.message), asProperty: false))\n"
      output.append(contentsOf: command.utf8)
    }
  }

  private static func command(for severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion: "notice"
    }
  }

  /// `text` escaped as GitHub's runner reads it back: `%`, CR and LF, and in
  /// a property value also `:` and `,`, which separate properties.
  static func escaped(_ text: String, asProperty property: Bool) -> String {
    text.replacingScalars { scalar in
      switch scalar {
      case "%": "%25"
      case "\r": "%0D"
      case "\n": "%0A"
      case ":" where property: "%3A"
      case "," where property: "%2C"
      default: nil
      }
    }
  }
}
