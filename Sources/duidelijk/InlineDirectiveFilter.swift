import DirectDuidelijk
import DuidelijkMarkup

/// Drops findings that `<!-- duidelijk-disable … -->` comments switch off:
/// `disable` until a matching `enable`, `disable-next-line` for the line
/// after the comment. No rule ids means all rules.
struct InlineDirectiveFilter {
  private let directives: [InlineDirective]

  init(_ directives: [InlineDirective]) {
    self.directives = directives.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Whether there is nothing to filter.
  var isEmpty: Bool { directives.isEmpty }

  /// `findings` without the switched-off ones.
  func filter(_ findings: [Finding], in document: Document) -> [Finding] {
    guard !directives.isEmpty else { return findings }
    return findings.filter { !isDisabled($0, in: document) }
  }

  private func isDisabled(_ finding: Finding, in document: Document) -> Bool {
    var disabled = false
    let findingLine = document.position(of: finding.range.lowerBound).line
    for directive in directives where directive.range.upperBound <= finding.range.lowerBound {
      let applies = directive.rules.isEmpty || directive.rules.contains(finding.ruleID)
      guard applies else { continue }
      switch directive.kind {
      case .disable: disabled = true
      case .enable: disabled = false
      case .disableNextLine:
        if document.position(of: directive.range.upperBound).line + 1 == findingLine { return true }
      }
    }
    return disabled
  }
}
