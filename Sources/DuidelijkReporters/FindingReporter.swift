import DirectDuidelijk

/// Totals of a run, for the summary of a report.
public struct RunSummary: Sendable {
  /// Files checked (errors included).
  public var files = 0
  /// Findings by severity.
  public var errors = 0
  public var warnings = 0
  public var suggestions = 0
  /// Files that could not be read.
  public var inputErrors = 0

  /// An empty summary.
  public init() {}

  /// All findings.
  public var findings: Int { errors + warnings + suggestions }

  /// Counts `finding`.
  public mutating func count(_ finding: Finding) {
    switch finding.severity {
    case .error: errors += 1
    case .warning: warnings += 1
    case .suggestion: suggestions += 1
    }
  }

  /// Adds another summary.
  public mutating func add(_ other: RunSummary) {
    files += other.files
    errors += other.errors
    warnings += other.warnings
    suggestions += other.suggestions
    inputErrors += other.inputErrors
  }
}

/// How a reporter should look.
public struct ReporterOptions: Sendable {
  /// ANSI colours (text format on a terminal).
  public var color = false
  /// Leave out the summary line.
  public var quiet = false

  /// Defaults: no colour, with summary.
  public init(color: Bool = false, quiet: Bool = false) {
    self.color = color
    self.quiet = quiet
  }
}

/// Turns findings into one output format; the CLI picks one by `formatName`.
///
/// Reporters write as they go, chunk by chunk, into a byte buffer the caller
/// flushes, so a large input never needs its whole report in memory, and
/// files checked in parallel can each fill their own buffer.
public protocol FindingReporter: Sendable {
  /// The value of `--format` that selects this reporter.
  static var formatName: String { get }
  /// A reporter with `options`.
  init(options: ReporterOptions)
  /// Writes what comes before the first file.
  func beginRun(into output: inout [UInt8])
  /// Writes what comes before the findings of file number `index` (from 0).
  func beginFile(path: String, index: Int, into output: inout [UInt8])
  /// Writes the findings of one chunk of the file, in order; `written` is how
  /// many findings of this file came before.
  func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8])
  /// Writes what comes after the findings of a file; `score` when computed.
  func endFile(path: String, score: ReadabilityMetrics?, into output: inout [UInt8])
  /// Writes what comes after the last file.
  func endRun(_ summary: RunSummary, into output: inout [UInt8])
  /// Writes what joins the output of a file to that of the files before it,
  /// for formats whose separators depend on the whole run (SARIF's single
  /// `results` array). Files are checked in parallel, so only the writer knows
  /// this: it calls this in file order, before the output of every file but
  /// the first, with how many findings the earlier files had and this one has.
  func betweenFiles(findingsBefore: Int, findingsInFile: Int, into output: inout [UInt8])
}

extension FindingReporter {
  public func beginRun(into output: inout [UInt8]) {}
  public func beginFile(path: String, index: Int, into output: inout [UInt8]) {}
  public func endFile(path: String, score: ReadabilityMetrics?, into output: inout [UInt8]) {}
  public func endRun(_ summary: RunSummary, into output: inout [UInt8]) {}
  public func betweenFiles(findingsBefore: Int, findingsInFile: Int, into output: inout [UInt8]) {}
}

/// The reporters by format name.
public enum Reporters {
  /// Every reporter type.
  public static let all: [any FindingReporter.Type] = [
    TextReporter.self, JSONReporter.self, JSONLinesReporter.self, SARIFReporter.self, GitHubReporter.self,
    CheckstyleReporter.self,
  ]

  /// The reporter for `--format name`.
  public static func reporter(named name: String) -> (any FindingReporter.Type)? {
    all.first { $0.formatName == name }
  }
}
