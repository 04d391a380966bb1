import DirectDuidelijk
import DuidelijkReporters
import Testing

/// Runs a reporter the way `duidelijk check` does (begin the run, then per
/// file: begin, findings, end, joined in file order; end the run) and
/// returns the bytes it wrote.
enum ReportHarness {
  /// One file's part of a run: its path, its text and what was found in it.
  struct CheckedFile {
    let path: String
    let document: Document
    let findings: [Finding]
  }

  /// The report in `format` of the texts, checked with the built-in rules.
  static func report(_ format: String, of files: [(path: String, text: String)]) throws -> [UInt8] {
    let checker = Checker()
    let segmenter = try Segmenter()
    let checked = try files.map { file in
      let document = try segmenter.document(for: file.text)
      var session = checker.session()
      return CheckedFile(path: file.path, document: document, findings: session.check(document))
    }
    return try report(format, of: checked, resources: checker.resources)
  }

  /// The report in `format` of files with the findings given.
  static func report(_ format: String, of files: [CheckedFile], resources: CheckResources = .builtin) throws -> [UInt8] {
    let reporterType = try #require(Reporters.reporter(named: format))
    let reporter = reporterType.init(options: ReporterOptions())
    var output: [UInt8] = []
    reporter.beginRun(into: &output)
    var summary = RunSummary()
    for (index, file) in files.enumerated() {
      var fileSummary = RunSummary()
      fileSummary.files = 1
      file.findings.forEach { fileSummary.count($0) }
      var scorer = ReadabilityScorer(resources: resources)
      scorer.add(AnalyzedText(file.document))
      if index > 0 {
        reporter.betweenFiles(
          findingsBefore: summary.findings, findingsInFile: fileSummary.findings, into: &output)
      }
      reporter.beginFile(path: file.path, index: index, into: &output)
      reporter.report(file.findings, in: file.document, path: file.path, written: 0, into: &output)
      reporter.endFile(path: file.path, score: ReadabilityMetrics(scorer.total), into: &output)
      summary.add(fileSummary)
    }
    reporter.endRun(summary, into: &output)
    return output
  }
}
