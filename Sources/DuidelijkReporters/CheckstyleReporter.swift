import DirectDuidelijk

/// `--format checkstyle`: checkstyle XML, which Jenkins, GitLab and many
/// review tools read: a `<file>` per input (also one without findings) with an
/// `<error>` per finding.
///
/// Errors become `error`, warnings `warning`, suggestions `info`; `source`
/// is `duidelijk.<rule-id>`. Columns count Unicode scalars from 1.
public struct CheckstyleReporter: FindingReporter {
  public static let formatName = "checkstyle"

  public init(options: ReporterOptions) {}

  public func beginRun(into output: inout [UInt8]) {
    output.append(contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n".utf8)
  }

  public func beginFile(path: String, index: Int, into output: inout [UInt8]) {
    output.append(contentsOf: "  <file name=\"\(Self.escaped(path))\">\n".utf8)
  }

  public func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8]
  ) {
    for finding in findings {
      let start = document.position(of: finding.range.lowerBound)
      var element = "    <error line=\"\(start.line)\" column=\"\(start.column)\""
      element += " severity=\"\(Self.severity(finding.severity))\""
      element += " message=\"\(Self.escaped(finding.message))\""
      element += " source=\"duidelijk.\(Self.escaped(finding.ruleID))\"/>\n"
      output.append(contentsOf: element.utf8)
    }
  }

  public func endFile(path: String, score: ReadabilityMetrics?, into output: inout [UInt8]) {
    output.append(contentsOf: "  </file>\n".utf8)
  }

  public func endRun(_ summary: RunSummary, into output: inout [UInt8]) {
    output.append(contentsOf: "</checkstyle>\n".utf8)
  }

  private static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion: "info"
    }
  }

  /// `text` as an XML attribute value: markup characters as entities, tab
  /// and line breaks as character references (a parser would turn them into
  /// spaces), and the control characters XML 1.0 forbids as U+FFFD.
  static func escaped(_ text: String) -> String {
    text.replacingScalars { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&apos;"
      case "\t": "&#9;"
      case "\n": "&#10;"
      case "\r": "&#13;"
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": "\u{FFFD}"
      default: nil
      }
    }
  }
}
