import ArgumentParser
import DirectDuidelijk
import DuidelijkReporters

/// `duidelijk check`: reports findings.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report findings: long sentences, passive voice, officialese and more.",
    discussion: """
      Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage error, \
      unreadable or invalid input, or invalid configuration. An error in one file does \
      not stop the others.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var rules: RuleSelectionOptions
  @OptionGroup var configurationFile: ConfigurationOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Output format: \(Reporters.all.map { $0.formatName }.joined(separator: ", ")).")
  var format: String = "text"

  @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit code 1: error, warning, suggestion or never.")
  var failOn: FailOn = .warning

  @Option(help: "How many files to check at once (default: the cores this process may use).")
  var jobs: Int?

  func validate() throws {
    guard Reporters.reporter(named: format) != nil else {
      throw ValidationError("unknown format '\(format)' (known: \(Reporters.all.map { $0.formatName }.joined(separator: ", ")))")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    CheckResources.prepareBuiltinLists()
    var configuration = try configurationFile.load()
    rules.apply(to: &configuration)
    let checker = Checker(configuration: configuration)
    let reporterType = Reporters.reporter(named: format)!
    let reporter = reporterType.init(options: ReporterOptions(color: output.useColor, quiet: output.quiet))
    let files = input.inputs(excluding: configuration)
    let fileChecker = FileChecker(
      checker: checker, reporter: reporter, failOn: failOn, needsScore: format == JSONReporter.formatName,
      inputType: input.inputType.inputType)
    let stdout = ByteOutput.standardOutput
    var header: [UInt8] = []
    reporter.beginRun(into: &header)
    stdout.write(bytes: header)

    var summary = RunSummary()
    var failed = false
    let progress = Progress(total: files.count, enabled: !output.quiet && files.count > 1 && Terminal.isTerminal(2))
    let emit: (Int, FileOutcome) -> Void = { index, outcome in
      if index > 0 {
        var separator: [UInt8] = []
        reporter.betweenFiles(
          findingsBefore: summary.findings, findingsInFile: outcome.summary.findings, into: &separator)
        stdout.write(bytes: separator)
      }
      stdout.write(bytes: outcome.output)
      if let error = outcome.error { ErrorReporter.shared.report(error, file: files[index].displayName) }
      summary.add(outcome.summary)
      failed = failed || outcome.failed
      progress.advance()
    }
    if files.count == 1 {
      // One input streams: the report is written chunk by chunk.
      emit(0, fileChecker.check(files[0], index: 0) { bytes in
        stdout.write(bytes: bytes)
        bytes.removeAll(keepingCapacity: true)
      })
    } else {
      ParallelRunner.run(
        count: files.count, jobs: jobs ?? Terminal.coreCount,
        work: { index in fileChecker.check(files[index], index: index) { _ in } }, emit: emit)
    }
    progress.finish()
    var footer: [UInt8] = []
    reporter.endRun(summary, into: &footer)
    stdout.write(bytes: footer)
    stdout.flush()
    if ErrorReporter.shared.errorCount > 0 { throw ExitCode(2) }
    if failed { throw ExitCode(1) }
  }
}

/// `files done / total` on stderr, only when stderr is a terminal.
final class Progress {
  private let total: Int
  private let enabled: Bool
  private var done = 0

  init(total: Int, enabled: Bool) {
    self.total = total
    self.enabled = enabled
  }

  func advance() {
    done += 1
    guard enabled else { return }
    ByteOutput.standardError.write("\r\(done)/\(total)")
    ByteOutput.standardError.flush()
  }

  func finish() {
    guard enabled else { return }
    ByteOutput.standardError.write("\r\u{1B}[K")
    ByteOutput.standardError.flush()
  }
}
