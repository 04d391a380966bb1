import DirectDuidelijk

/// `--format json`: one document
/// `{"version": 1, "files": [{"file", "score", "findings"}], "summary": {…}}`.
public struct JSONReporter: FindingReporter {
  public static let formatName = "json"

  public init(options: ReporterOptions) {}

  public func beginRun(into output: inout [UInt8]) {
    output.append(contentsOf: #"{"version":1,"files":["#.utf8)
  }

  public func beginFile(path: String, index: Int, into output: inout [UInt8]) {
    if index > 0 { output.append(UInt8(ascii: ",")) }
    output.append(contentsOf: "\n".utf8)
    output.append(contentsOf: #"{"file":"#.utf8)
    JSONBytes.appendString(path, to: &output)
    output.append(contentsOf: #","findings":["#.utf8)
  }

  public func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8]
  ) {
    let quoted = FindingJSON.quoted(path)
    var positions = FindingPositions(document)
    for (index, finding) in findings.enumerated() {
      // A comma before every finding but the file's first.
      if written + index > 0 { output.append(UInt8(ascii: ",")) }
      output.append(contentsOf: "\n".utf8)
      FindingJSON.append(finding, in: document, path: quoted, positions: &positions, to: &output)
    }
  }

  public func endFile(path: String, score: ReadabilityMetrics?, into output: inout [UInt8]) {
    output.append(contentsOf: #"],"score":"#.utf8)
    if let score {
      MetricsJSON.append(score, to: &output)
    } else {
      output.append(contentsOf: "null".utf8)
    }
    output.append(UInt8(ascii: "}"))
  }

  public func endRun(_ summary: RunSummary, into output: inout [UInt8]) {
    output.append(contentsOf: "\n],".utf8)
    output.append(contentsOf: #""summary":{"files":"#.utf8)
    JSONBytes.appendInt(summary.files, to: &output)
    output.append(contentsOf: #","findings":"#.utf8)
    JSONBytes.appendInt(summary.findings, to: &output)
    output.append(contentsOf: #","errors":"#.utf8)
    JSONBytes.appendInt(summary.errors, to: &output)
    output.append(contentsOf: #","warnings":"#.utf8)
    JSONBytes.appendInt(summary.warnings, to: &output)
    output.append(contentsOf: #","suggestions":"#.utf8)
    JSONBytes.appendInt(summary.suggestions, to: &output)
    output.append(contentsOf: "}}\n".utf8)
  }
}
