/// The entry point of the library: checks Dutch text against the B1 rules.
///
/// ```swift
/// let checker = Checker()
/// for finding in try checker.check("Indien u vragen heeft, belt u ons.") {
///   print(finding.ruleID, finding.message)
/// }
/// ```
///
/// A checker is cheap to share between threads; each input gets its own
/// `CheckSession`, which keeps the state of rules that look at the whole
/// text (such as `mixed-address`).
public struct Checker: Sendable {
  /// The configuration in force.
  public let configuration: Configuration
  /// The word lists and lexicons the rules use.
  public let resources: CheckResources

  /// A checker with `configuration`.
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
    resources =
      configuration.extraWordLists.isEmpty && configuration.acceptedWords.isEmpty
      ? .builtin
      : CheckResources(
        extraOfficialese: configuration.extraWordLists, acceptedWords: Set(configuration.acceptedWords))
  }

  /// A session for one input.
  public func session() -> CheckSession {
    let rules: [any Rule] = BuiltinRules.all.compactMap { type in
      let settings = configuration.settings(for: type.description)
      return settings.enabled ? type.init(settings: settings, resources: resources) : nil
    }
    return CheckSession(rules: rules)
  }

  /// Segments and checks a whole text held in memory.
  public func check(_ text: String) throws(ICUError) -> [Finding] {
    let document = try Segmenter().document(for: text)
    var session = session()
    return session.check(document)
  }
}

/// Checks the chunks of one input in order.
public struct CheckSession: Sendable {
  private var rules: [any Rule]

  init(rules: [any Rule]) { self.rules = rules }

  /// The findings in `document`, ordered by position and then rule id.
  public mutating func check(_ document: Document) -> [Finding] {
    let text = AnalyzedText(document)
    var findings: [Finding] = []
    for index in rules.indices {
      let found = rules[index].check(text)
      if findings.isEmpty { findings = found } else { findings += found }
    }
    // Sorted in place: a finding holds strings, and a sorted copy retained each.
    Self.order(&findings)
    return findings
  }

  static func order(_ findings: inout [Finding]) {
    findings.sort {
      ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID)
    }
  }
}
