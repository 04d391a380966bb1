import DirectDuidelijk

/// Writes one finding as a JSON object (the `json` and `jsonl` formats share it).
enum FindingJSON {
  static func append(_ finding: Finding, in document: Document, path quotedPath: [UInt8], to out: inout [UInt8]) {
    let start = document.position(of: finding.range.lowerBound)
    let end = document.position(of: finding.range.upperBound)
    out.append(contentsOf: #"{"file":"#.utf8)
    out.append(contentsOf: quotedPath)
    out.append(contentsOf: #","rule":"#.utf8)
    JSONBytes.appendString(finding.ruleID, to: &out)
    if let entry = finding.entry {
      out.append(contentsOf: #","entry":"#.utf8)
      JSONBytes.appendString(entry, to: &out)
    }
    out.append(contentsOf: #","severity":"#.utf8)
    JSONBytes.appendString(finding.severity.rawValue, to: &out)
    out.append(contentsOf: #","message":"#.utf8)
    JSONBytes.appendString(finding.message, to: &out)
    appendRange(finding.range, to: &out)
    out.append(contentsOf: #","line":"#.utf8)
    JSONBytes.appendInt(start.line, to: &out)
    out.append(contentsOf: #","column":"#.utf8)
    JSONBytes.appendInt(start.column, to: &out)
    out.append(contentsOf: #","endLine":"#.utf8)
    JSONBytes.appendInt(end.line, to: &out)
    out.append(contentsOf: #","endColumn":"#.utf8)
    JSONBytes.appendInt(end.column, to: &out)
    out.append(contentsOf: #","text":"#.utf8)
    document.withBytes(finding.range) { JSONBytes.appendString($0, to: &out) }
    out.append(contentsOf: #","suggestions":["#.utf8)
    for (index, suggestion) in finding.suggestions.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: #"{"replacement":"#.utf8)
      JSONBytes.appendString(suggestion.replacement, to: &out)
      appendRange(suggestion.range, to: &out)
      out.append(contentsOf: #","safe":"#.utf8)
      out.append(contentsOf: (suggestion.safe ? "true" : "false").utf8)
      if let explanation = suggestion.explanation {
        out.append(contentsOf: #","explanation":"#.utf8)
        JSONBytes.appendString(explanation, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
    out.append(contentsOf: "]}".utf8)
  }

  private static func appendRange(_ range: TextRange, to out: inout [UInt8]) {
    out.append(contentsOf: #","start":"#.utf8)
    JSONBytes.appendInt(range.lowerBound, to: &out)
    out.append(contentsOf: #","end":"#.utf8)
    JSONBytes.appendInt(range.upperBound, to: &out)
  }

  static func quoted(_ path: String) -> [UInt8] {
    var bytes: [UInt8] = []
    JSONBytes.appendString(path, to: &bytes)
    return bytes
  }
}

/// Writes readability metrics as a JSON object.
public enum MetricsJSON {
  /// Appends `metrics` as `{"sentences": …, "level": …, "reasons": […]}`.
  public static func append(_ metrics: ReadabilityMetrics, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    appendMembers(metrics, to: &out)
    out.append(UInt8(ascii: "}"))
  }

  /// Appends the members of `metrics` without braces, to go into a larger
  /// object; `omitting` leaves out the count that a list of that name replaces.
  public static func appendMembers(_ metrics: ReadabilityMetrics, omitting: String? = nil, to out: inout [UInt8]) {
    let counts = metrics.counts
    let level = metrics.level
    var first = true
    var skip = false
    func key(_ name: StaticString) {
      skip = omitting.map { name.description == $0 } ?? false
      if skip { return }
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      JSONBytes.appendKey(name, to: &out)
    }
    key("sentences"); if !skip { JSONBytes.appendInt(counts.sentences, to: &out) }
    key("words"); JSONBytes.appendInt(counts.words, to: &out)
    key("syllables"); JSONBytes.appendInt(counts.syllables, to: &out)
    key("paragraphs"); if !skip { JSONBytes.appendInt(counts.paragraphs, to: &out) }
    key("wordsPerSentence"); JSONBytes.appendDouble(metrics.wordsPerSentence, to: &out)
    key("syllablesPerWord"); JSONBytes.appendDouble(metrics.syllablesPerWord, decimals: 3, to: &out)
    key("longSentences"); JSONBytes.appendInt(counts.longSentences, to: &out)
    key("longSentenceShare"); JSONBytes.appendDouble(metrics.longSentenceShare, decimals: 4, to: &out)
    key("difficultWords"); JSONBytes.appendInt(counts.difficultWords, to: &out)
    key("difficultWordShare"); JSONBytes.appendDouble(metrics.difficultWordShare, decimals: 4, to: &out)
    key("passiveSentences"); JSONBytes.appendInt(counts.passiveSentences, to: &out)
    key("passiveShare"); JSONBytes.appendDouble(metrics.passiveShare, decimals: 4, to: &out)
    key("fleschDouma"); JSONBytes.appendDouble(metrics.fleschDouma, to: &out)
    key("fleschDoumaBand"); JSONBytes.appendString(metrics.fleschDoumaBand.rawValue, to: &out)
    key("brouwer"); JSONBytes.appendDouble(metrics.brouwer, to: &out)
    key("brouwerBand"); JSONBytes.appendString(metrics.brouwerBand.rawValue, to: &out)
    key("level"); JSONBytes.appendString(level.level.rawValue, to: &out)
    key("levelUncertain"); out.append(contentsOf: (level.uncertain ? "true" : "false").utf8)
    key("reasons")
    out.append(UInt8(ascii: "["))
    for (index, reason) in level.reasons.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      JSONBytes.appendString(reason, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }
}
