import DirectDuidelijk

/// `--format sarif`: SARIF 2.1.0, for code scanning (GitHub, Azure DevOps) and
/// SARIF viewers in editors.
///
/// One run: `tool.driver.rules` describes every built-in rule, `results` holds
/// the findings of all files in order. Regions give lines and columns in
/// Unicode code points (`columnKind` `unicodeCodePoints`, `endColumn` just past
/// the span) and, where they point into the file, UTF-8 `byteOffset` and
/// `byteLength`; safe suggestions become `fixes`.
public struct SARIFReporter: FindingReporter {
  public static let formatName = "sarif"

  public init(options: ReporterOptions) {}

  public func beginRun(into output: inout [UInt8]) {
    output.append(contentsOf: SARIFDriver.runHeader)
  }

  public func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8]
  ) {
    guard !findings.isEmpty else { return }
    let artifact = SARIFArtifact(path: path)
    for (index, finding) in findings.enumerated() {
      // A comma before every result but the file's first; `betweenFiles` joins files.
      if written + index > 0 { output.append(UInt8(ascii: ",")) }
      output.append(0x0A)
      appendResult(finding, in: document, artifact: artifact, to: &output)
    }
  }

  public func betweenFiles(findingsBefore: Int, findingsInFile: Int, into output: inout [UInt8]) {
    if findingsBefore > 0 && findingsInFile > 0 { output.append(UInt8(ascii: ",")) }
  }

  public func endRun(_ summary: RunSummary, into output: inout [UInt8]) {
    output.append(contentsOf: #"\#n],"invocations":[{"executionSuccessful":"#.utf8)
    output.append(contentsOf: (summary.inputErrors == 0 ? "true" : "false").utf8)
    output.append(contentsOf: "}]}]}\n".utf8)
  }

  private func appendResult(_ finding: Finding, in document: Document, artifact: SARIFArtifact, to out: inout [UInt8]) {
    out.append(contentsOf: #"{"ruleId":"#.utf8)
    JSONBytes.appendString(finding.ruleID, to: &out)
    if let index = SARIFDriver.index(ofRule: finding.ruleID) {
      out.append(contentsOf: #","ruleIndex":"#.utf8)
      JSONBytes.appendInt(index, to: &out)
    }
    out.append(contentsOf: #","level":""#.utf8)
    out.append(contentsOf: SARIFDriver.level(of: finding.severity).utf8)
    out.append(contentsOf: #"","message":{"text":"#.utf8)
    JSONBytes.appendString(finding.message, to: &out)
    out.append(contentsOf: #"},"locations":[{"physicalLocation":{"artifactLocation":"#.utf8)
    out.append(contentsOf: artifact.locationJSON)
    out.append(contentsOf: #","region":"#.utf8)
    appendRegion(finding.range, in: document, artifact: artifact, to: &out)
    out.append(contentsOf: #"}}],"partialFingerprints":{"ruleAndText/v1":""#.utf8)
    out.append(contentsOf: fingerprint(of: finding, in: document).utf8)
    out.append(contentsOf: #""}"#.utf8)
    if let entry = finding.entry {
      out.append(contentsOf: #","properties":{"entry":"#.utf8)
      JSONBytes.appendString(entry, to: &out)
      out.append(UInt8(ascii: "}"))
    }
    appendFixes(for: finding, in: document, artifact: artifact, to: &out)
    out.append(UInt8(ascii: "}"))
  }

  /// Lines, columns and the text; byte offsets only where they point into the
  /// file itself (not into the text extracted from a `.docx`).
  private func appendRegion(_ range: TextRange, in document: Document, artifact: SARIFArtifact, to out: inout [UInt8]) {
    let start = document.position(of: range.lowerBound)
    let end = document.position(of: range.upperBound)
    out.append(contentsOf: #"{"startLine":"#.utf8)
    JSONBytes.appendInt(start.line, to: &out)
    out.append(contentsOf: #","startColumn":"#.utf8)
    JSONBytes.appendInt(start.column, to: &out)
    out.append(contentsOf: #","endLine":"#.utf8)
    JSONBytes.appendInt(end.line, to: &out)
    out.append(contentsOf: #","endColumn":"#.utf8)
    JSONBytes.appendInt(end.column, to: &out)
    if artifact.offsetsPointIntoFile {
      out.append(UInt8(ascii: ","))
      appendByteRange(range, to: &out)
    }
    out.append(contentsOf: #","snippet":{"text":"#.utf8)
    document.withBytes(range) { JSONBytes.appendString($0, to: &out) }
    out.append(contentsOf: "}}".utf8)
  }

  /// `"byteOffset":…,"byteLength":…`, members of a region.
  private func appendByteRange(_ range: TextRange, to out: inout [UInt8]) {
    out.append(contentsOf: #""byteOffset":"#.utf8)
    JSONBytes.appendInt(range.lowerBound, to: &out)
    out.append(contentsOf: #","byteLength":"#.utf8)
    JSONBytes.appendInt(range.count, to: &out)
  }

  /// One fix per safe suggestion: the bytes to delete and the text to insert.
  private func appendFixes(for finding: Finding, in document: Document, artifact: SARIFArtifact, to out: inout [UInt8]) {
    guard artifact.offsetsPointIntoFile else { return }
    var fixed = Set<Suggestion>()
    let chunk = document.range
    for suggestion in finding.suggestions
    where suggestion.safe && chunk.lowerBound <= suggestion.range.lowerBound
      && suggestion.range.upperBound <= chunk.upperBound
    {
      // SARIF wants the fixes of a result to be distinct.
      guard fixed.insert(suggestion).inserted else { continue }
      out.append(contentsOf: (fixed.count == 1 ? #","fixes":["# : ",").utf8)
      out.append(contentsOf: #"{"description":{"text":"#.utf8)
      JSONBytes.appendString(fixDescription(suggestion, in: document), to: &out)
      out.append(contentsOf: #"},"artifactChanges":[{"artifactLocation":"#.utf8)
      out.append(contentsOf: artifact.locationJSON)
      out.append(contentsOf: #","replacements":[{"deletedRegion":{"#.utf8)
      appendByteRange(suggestion.range, to: &out)
      out.append(contentsOf: #"},"insertedContent":{"text":"#.utf8)
      JSONBytes.appendString(suggestion.replacement, to: &out)
      out.append(contentsOf: "}}]}]}".utf8)
    }
    if !fixed.isEmpty { out.append(UInt8(ascii: "]")) }
  }

  /// What the fix does, in Dutch like the findings.
  private func fixDescription(_ suggestion: Suggestion, in document: Document) -> String {
    let old = document.text(suggestion.range)
    return suggestion.replacement.isEmpty
      ? "Laat ‘\(old)’ weg." : "Vervang ‘\(old)’ door ‘\(suggestion.replacement)’."
  }

  /// 64-bit FNV-1a of the rule, the word-list entry and the text of the span:
  /// it stays the same when the text around the finding moves, so code
  /// scanning can follow an alert from one commit to the next.
  private func fingerprint(of finding: Finding, in document: Document) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    for byte in finding.ruleID.utf8 { add(byte) }
    add(0)
    for byte in (finding.entry ?? "").utf8 { add(byte) }
    add(0)
    document.withBytes(finding.range) { for byte in $0 { add(byte) } }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
