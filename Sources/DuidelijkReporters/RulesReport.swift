import DirectDuidelijk

/// `duidelijk rules` in text and JSON.
public enum RulesReport {
  /// One block per rule: id, severity, summary, options, an example and its rewrite.
  public static func text(into out: inout [UInt8]) {
    var text = ""
    for rule in BuiltinRules.all {
      let description = rule.description
      text += "\(description.id) (\(description.defaultSeverity.rawValue))\n"
      text += "  \(description.summary)\n"
      if !description.options.isEmpty {
        text += "  opties: " + description.options.map { "\($0.name) = \($0.defaultValue)" }.joined(separator: ", ") + "\n"
      }
      if let example = description.triggering.first {
        text += "  voorbeeld: \(example.text)\n"
        if let rewrite = example.rewrite { text += "  beter:     \(rewrite)\n" }
      }
      text += "\n"
    }
    out.append(contentsOf: text.utf8)
  }

  /// `[{"id", "severity", "description", "rationale", "options", "examples": [{"text", "triggers", "rewrite"}]}]`.
  public static func json(into out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, rule) in BuiltinRules.all.enumerated() {
      let description = rule.description
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: "\n{".utf8)
      JSONBytes.appendKey("id", to: &out)
      JSONBytes.appendString(description.id, to: &out)
      out.append(UInt8(ascii: ","))
      JSONBytes.appendKey("severity", to: &out)
      JSONBytes.appendString(description.defaultSeverity.rawValue, to: &out)
      out.append(UInt8(ascii: ","))
      JSONBytes.appendKey("description", to: &out)
      JSONBytes.appendString(description.summary, to: &out)
      out.append(UInt8(ascii: ","))
      JSONBytes.appendKey("rationale", to: &out)
      JSONBytes.appendString(description.rationale, to: &out)
      out.append(UInt8(ascii: ","))
      JSONBytes.appendKey("options", to: &out)
      out.append(UInt8(ascii: "{"))
      for (optionIndex, option) in description.options.enumerated() {
        if optionIndex > 0 { out.append(UInt8(ascii: ",")) }
        JSONBytes.appendString(option.name, to: &out)
        out.append(UInt8(ascii: ":"))
        switch option.defaultValue {
        case .integer(let value): JSONBytes.appendInt(value, to: &out)
        case .boolean(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .text(let value): JSONBytes.appendString(value, to: &out)
        }
      }
      out.append(contentsOf: "},".utf8)
      JSONBytes.appendKey("examples", to: &out)
      out.append(UInt8(ascii: "["))
      let examples = description.triggering.map { ($0, true) } + description.nonTriggering.map { ($0, false) }
      for (exampleIndex, (example, triggers)) in examples.enumerated() {
        if exampleIndex > 0 { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "{"))
        JSONBytes.appendKey("text", to: &out)
        JSONBytes.appendString((try? MarkedText(example.text).text) ?? example.text, to: &out)
        out.append(UInt8(ascii: ","))
        JSONBytes.appendKey("triggers", to: &out)
        out.append(contentsOf: (triggers ? "true" : "false").utf8)
        out.append(UInt8(ascii: ","))
        JSONBytes.appendKey("rewrite", to: &out)
        if let rewrite = example.rewrite {
          JSONBytes.appendString(rewrite, to: &out)
        } else {
          out.append(contentsOf: "null".utf8)
        }
        out.append(UInt8(ascii: "}"))
      }
      out.append(contentsOf: "]}".utf8)
    }
    out.append(contentsOf: "\n]\n".utf8)
  }
}
