import DirectDuidelijk

/// SARIF's `tool.driver`: `duidelijk`, its version and the metadata of every
/// built-in rule, written once at the start of a log.
enum SARIFDriver {
  /// The schema the log follows (the OASIS standard with errata 01).
  static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

  /// Everything up to and including the opening of the run's `results` array.
  static let runHeader: [UInt8] = {
    var out: [UInt8] = Array(#"{"$schema":"#.utf8)
    JSONBytes.appendString(schemaURI, to: &out)
    out.append(contentsOf: #","version":"2.1.0","runs":[{"tool":{"driver":{"name":"duidelijk","version":"#.utf8)
    JSONBytes.appendString(DuidelijkVersion.current, to: &out)
    out.append(contentsOf: #","semanticVersion":"#.utf8)
    JSONBytes.appendString(DuidelijkVersion.current, to: &out)
    out.append(contentsOf: #","rules":["#.utf8)
    for (index, rule) in BuiltinRules.all.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out.append(0x0A)
      appendDescriptor(rule.description, to: &out)
    }
    // The messages are Dutch; `language` says so to SARIF viewers.
    out.append(contentsOf: #"\#n]}},"language":"nl","columnKind":"unicodeCodePoints","results":["#.utf8)
    return out
  }()

  private static let indices = Dictionary(
    uniqueKeysWithValues: BuiltinRules.all.enumerated().map { ($0.element.description.id, $0.offset) })

  /// The position of rule `id` in `tool.driver.rules`, for a result's `ruleIndex`.
  static func index(ofRule id: String) -> Int? { indices[id] }

  /// SARIF's level for `severity`.
  static func level(of severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion: "note"
    }
  }

  /// One `reportingDescriptor`: id, a readable name, the Dutch summary and
  /// rationale, the default level and options, and help with an example.
  private static func appendDescriptor(_ description: RuleDescription, to out: inout [UInt8]) {
    out.append(contentsOf: #"{"id":"#.utf8)
    JSONBytes.appendString(description.id, to: &out)
    out.append(contentsOf: #","name":"#.utf8)
    JSONBytes.appendString(name(of: description.id), to: &out)
    out.append(contentsOf: #","shortDescription":{"text":"#.utf8)
    JSONBytes.appendString(description.summary, to: &out)
    out.append(contentsOf: #"},"fullDescription":{"text":"#.utf8)
    JSONBytes.appendString(description.rationale, to: &out)
    out.append(contentsOf: #"},"defaultConfiguration":{"level":"#.utf8)
    JSONBytes.appendString(level(of: description.defaultSeverity), to: &out)
    if !description.options.isEmpty {
      out.append(contentsOf: #","parameters":{"#.utf8)
      for (index, option) in description.options.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        JSONBytes.appendString(option.name, to: &out)
        out.append(UInt8(ascii: ":"))
        appendValue(option.defaultValue, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
    out.append(contentsOf: #"},"help":{"text":"#.utf8)
    JSONBytes.appendString(helpText(description), to: &out)
    out.append(contentsOf: "}}".utf8)
  }

  /// `long-sentence` → `LongSentence`.
  private static func name(of id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// The summary, the rationale and the first example with its rewrite, in Dutch.
  private static func helpText(_ description: RuleDescription) -> String {
    var text = "\(description.summary)\n\n\(description.rationale)"
    if let example = description.triggering.first {
      text += "\n\nVoorbeeld: \((try? MarkedText(example.text).text) ?? example.text)"
      if let rewrite = example.rewrite { text += "\nBeter: \(rewrite)" }
    }
    return text
  }

  private static func appendValue(_ value: OptionValue, to out: inout [UInt8]) {
    switch value {
    case .integer(let number): JSONBytes.appendInt(number, to: &out)
    case .boolean(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .text(let text): JSONBytes.appendString(text, to: &out)
    }
  }
}
