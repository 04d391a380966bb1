import DirectDuidelijk
import DuidelijkMarkup
import DuidelijkReporters

/// What checking one file gave.
struct FileOutcome: Sendable {
  /// The report bytes not yet written.
  var output: [UInt8] = []
  /// Counts of the file's findings.
  var summary = RunSummary()
  /// Whether some finding is at or above `--fail-on`.
  var failed = false
  /// The input error that stopped the file, if any.
  var error: InputError?
}

/// Checks one input: reads it chunk by chunk, runs the rules, writes the report.
struct FileChecker: Sendable {
  let checker: Checker
  let reporter: any FindingReporter
  let failOn: FailOn
  /// Whether the report needs readability figures (the `json` format).
  let needsScore: Bool
  /// `--input-type`; nil detects the type per file.
  let inputType: InputType?

  /// Checks `file` (number `index` in the run). `flush` is called with the
  /// report so far after every chunk; it may write it out and empty it.
  func check(_ file: InputFile, index: Int, flush: (inout [UInt8]) -> Void) -> FileOutcome {
    var outcome = FileOutcome()
    outcome.summary.files = 1
    reporter.beginFile(path: file.displayName, index: index, into: &outcome.output)
    var session = checker.session()
    var scorer = needsScore ? ReadabilityScorer(resources: checker.resources) : nil
    var written = 0
    do {
      let reader = try file.proseReader(type: inputType)
      let segmenter = try Segmenter()
      while let chunk = try reader.next() {
        let document = try reader.document(for: chunk, segmenter: segmenter)
        let findings = InlineDirectiveFilter(reader.directives).filter(session.check(document), in: document)
        scorer?.add(AnalyzedText(document))
        for finding in findings {
          outcome.summary.count(finding)
          if failOn.fails(finding.severity) { outcome.failed = true }
        }
        reporter.report(findings, in: document, path: file.displayName, written: written, into: &outcome.output)
        written += findings.count
        flush(&outcome.output)
      }
    } catch let error as InputError {
      outcome.error = error
      outcome.summary.inputErrors = 1
    } catch {
      outcome.error = .unreadable(reason: "\(error)")
      outcome.summary.inputErrors = 1
    }
    reporter.endFile(path: file.displayName, score: scorer.map { ReadabilityMetrics($0.total) }, into: &outcome.output)
    return outcome
  }
}
