import DirectDuidelijk

/// Lines and columns of the starts and of the ends of a document's findings,
/// each counted on from the one before.
struct FindingPositions {
  var starts: PositionCursor
  var ends: PositionCursor

  init(_ document: Document) {
    starts = document.positionCursor()
    ends = document.positionCursor()
  }
}

/// Writes one finding as a JSON object (the `json` and `jsonl` formats share it).
enum FindingJSON {
  static func append(
    _ finding: Finding, in document: Document, path quotedPath: [UInt8], positions: inout FindingPositions,
    to out: inout [UInt8]
  ) {
    let start = positions.starts.position(of: finding.range.lowerBound)
    let end = positions.ends.position(of: finding.range.upperBound)
    out.append(literal: #"{"file":"#)
    out.append(contentsOf: quotedPath)
    out.append(literal: #","rule":"#)
    JSONBytes.appendString(finding.ruleID, to: &out)
    if let entry = finding.entry {
      out.append(literal: #","entry":"#)
      JSONBytes.appendString(entry, to: &out)
    }
    out.append(literal: #","severity":"#)
    JSONBytes.appendString(finding.severity.rawValue, to: &out)
    out.append(literal: #","message":"#)
    JSONBytes.appendString(finding.message, to: &out)
    appendRange(finding.range, to: &out)
    out.append(literal: #","line":"#)
    JSONBytes.appendInt(start.line, to: &out)
    out.append(literal: #","column":"#)
    JSONBytes.appendInt(start.column, to: &out)
    out.append(literal: #","endLine":"#)
    JSONBytes.appendInt(end.line, to: &out)
    out.append(literal: #","endColumn":"#)
    JSONBytes.appendInt(end.column, to: &out)
    out.append(literal: #","text":"#)
    document.withBytes(finding.range) { JSONBytes.appendString($0, to: &out) }
    out.append(literal: #","suggestions":["#)
    for (index, suggestion) in finding.suggestions.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out.append(literal: #"{"replacement":"#)
      JSONBytes.appendString(suggestion.replacement, to: &out)
      appendRange(suggestion.range, to: &out)
      out.append(literal: #","safe":"#)
      if suggestion.safe { out.append(literal: "true") } else { out.append(literal: "false") }
      if let explanation = suggestion.explanation {
        out.append(literal: #","explanation":"#)
        JSONBytes.appendString(explanation, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
    out.append(literal: "]}")
  }

  private static func appendRange(_ range: TextRange, to out: inout [UInt8]) {
    out.append(literal: #","start":"#)
    JSONBytes.appendInt(range.lowerBound, to: &out)
    out.append(literal: #","end":"#)
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
