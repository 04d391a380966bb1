import DirectDuidelijk

/// `--format text`: `path:line:column: severity: message [rule-id]`, then the
/// sentence with the span marked and the suggestions, as compilers report.
public struct TextReporter: FindingReporter {
  public static let formatName = "text"

  private let options: ReporterOptions

  public init(options: ReporterOptions) { self.options = options }

  /// Context is cut to about this many characters around the span.
  static let contextWidth = 100

  public func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8]
  ) {
    for finding in findings {
      // Editors and CI read this column as characters, not bytes.
      let start = document.position(of: finding.range.lowerBound)
      var line = style("\(path):\(start.line):\(start.column):", .bold) + " "
      line += style("\(finding.severity.rawValue):", color(for: finding.severity)) + " "
      line += "\(finding.message) [\(finding.ruleID)]\n"
      line += "    " + context(of: finding, in: document) + "\n"
      for suggestion in finding.suggestions.prefix(3) {
        let safety = suggestion.safe ? " (veilig)" : ""
        let replacement = suggestion.replacement.isEmpty ? "(weglaten)" : "‘\(suggestion.replacement)’"
        line += "    " + style("suggestie:", .cyan) + " \(replacement)\(safety)"
        if let explanation = suggestion.explanation { line += " – \(explanation)" }
        line += "\n"
      }
      output.append(contentsOf: line.utf8)
    }
  }

  public func endRun(_ summary: RunSummary, into output: inout [UInt8]) {
    guard !options.quiet else { return }
    let files = summary.files == 1 ? "1 bestand" : "\(summary.files) bestanden"
    let line: String
    if summary.findings == 0 {
      line = "Geen bevindingen in \(files)."
    } else {
      let total = summary.findings == 1 ? "1 bevinding" : "\(summary.findings) bevindingen"
      var parts: [String] = []
      if summary.errors > 0 { parts.append(summary.errors == 1 ? "1 fout" : "\(summary.errors) fouten") }
      if summary.warnings > 0 {
        parts.append(summary.warnings == 1 ? "1 waarschuwing" : "\(summary.warnings) waarschuwingen")
      }
      if summary.suggestions > 0 {
        parts.append(summary.suggestions == 1 ? "1 suggestie" : "\(summary.suggestions) suggesties")
      }
      line = "\(total) in \(files): \(parts.joined(separator: ", "))."
    }
    output.append(contentsOf: (line + "\n").utf8)
  }

  /// The sentence that holds the start of the finding, on one line, with the span marked.
  private func context(of finding: Finding, in document: Document) -> String {
    let sentence = document.sentences.first { $0.range.contains(finding.range.lowerBound) }
    let area = sentence?.range ?? finding.range
    let spanEnd = min(finding.range.upperBound, area.upperBound)
    let before = collapsed(document.text(area.lowerBound..<finding.range.lowerBound))
    let span = collapsed(document.text(finding.range.lowerBound..<spanEnd))
    var after = collapsed(document.text(spanEnd..<area.upperBound))
    if finding.range.upperBound > area.upperBound { after += " …" }
    let shortBefore = before.count > Self.contextWidth / 2 ? "…" + before.suffix(Self.contextWidth / 2) : Substring(before)
    let shortSpan = span.count > Self.contextWidth ? span.prefix(Self.contextWidth / 2) + " … " + span.suffix(20) : Substring(span)
    let shortAfter = after.count > Self.contextWidth / 2 ? after.prefix(Self.contextWidth / 2) + "…" : Substring(after)
    let marked = options.color ? style(String(shortSpan), .underline) : "⟦\(shortSpan)⟧"
    return "\(shortBefore)\(marked)\(shortAfter)"
  }

  /// Every run of whitespace (line breaks included) as one space.
  private func collapsed(_ text: String) -> String {
    var result = ""
    var inSpace = false
    for character in text {
      if character.isWhitespace {
        if !inSpace { result.append(" ") }
        inSpace = true
      } else {
        result.append(character)
        inSpace = false
      }
    }
    return result
  }

  private enum Style: String {
    case bold = "1"
    case red = "31"
    case yellow = "33"
    case cyan = "36"
    case underline = "4"
  }

  private func color(for severity: Severity) -> Style {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .suggestion: .cyan
    }
  }

  private func style(_ text: String, _ style: Style) -> String {
    options.color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
