import DirectDuidelijk

/// `--format jsonl`: one finding per line, for pipelines and map steps.
public struct JSONLinesReporter: FindingReporter {
  public static let formatName = "jsonl"

  public init(options: ReporterOptions) {}

  public func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8]
  ) {
    guard !findings.isEmpty else { return }
    let quoted = FindingJSON.quoted(path)
    var positions = FindingPositions(document)
    // Read in place: copying a finding retains its strings.
    findings.withUnsafeBufferPointer { findings in
      for index in findings.indices {
        FindingJSON.append(findings[index], in: document, path: quoted, positions: &positions, to: &output)
        output.append(0x0A)
      }
    }
  }
}
