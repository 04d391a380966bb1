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
    // Room for the keys and numbers, and for every string escaped at worst.
    var bound = 400 + quotedPath.count
    bound += ReservedWriter.jsonStringBound(finding.ruleID.utf8.count + (finding.entry?.utf8.count ?? 0))
    bound += ReservedWriter.jsonStringBound(finding.message.utf8.count + finding.range.count)
    for suggestion in finding.suggestions {
      bound += 160 + ReservedWriter.jsonStringBound(
        suggestion.replacement.utf8.count + (suggestion.explanation?.utf8.count ?? 0))
    }
    out.appendReserving(atMost: bound) { out in
      out.write(literal: #"{"file":"#)
      quotedPath.withUnsafeBufferPointer { out.write($0) }
      out.write(literal: #","rule":"#)
      out.write(jsonString: finding.ruleID)
      if let entry = finding.entry {
        out.write(literal: #","entry":"#)
        out.write(jsonString: entry)
      }
      out.write(literal: #","severity":""#)
      out.write(literal: finding.severity.jsonName)
      out.write(literal: #"","message":"#)
      out.write(jsonString: finding.message)
      writeRange(finding.range, to: &out)
      out.write(literal: #","line":"#)
      out.write(decimal: start.line)
      out.write(literal: #","column":"#)
      out.write(decimal: start.column)
      out.write(literal: #","endLine":"#)
      out.write(decimal: end.line)
      out.write(literal: #","endColumn":"#)
      out.write(decimal: end.column)
      out.write(literal: #","text":"#)
      document.withBytes(finding.range) { out.write(jsonString: $0) }
      out.write(literal: #","suggestions":["#)
      for (index, suggestion) in finding.suggestions.enumerated() {
        if index > 0 { out.write(UInt8(ascii: ",")) }
        out.write(literal: #"{"replacement":"#)
        out.write(jsonString: suggestion.replacement)
        writeRange(suggestion.range, to: &out)
        out.write(literal: suggestion.safe ? #","safe":true"# : #","safe":false"#)
        if let explanation = suggestion.explanation {
          out.write(literal: #","explanation":"#)
          out.write(jsonString: explanation)
        }
        out.write(UInt8(ascii: "}"))
      }
      out.write(literal: "]}")
    }
  }

  private static func writeRange(_ range: TextRange, to out: inout ReservedWriter) {
    out.write(literal: #","start":"#)
    out.write(decimal: range.lowerBound)
    out.write(literal: #","end":"#)
    out.write(decimal: range.upperBound)
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

extension Severity {
  /// The raw value as a literal, for writers that take no strings.
  fileprivate var jsonName: StaticString {
    switch self {
    case .suggestion: "suggestion"
    case .warning: "warning"
    case .error: "error"
    }
  }
}
