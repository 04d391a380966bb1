import ArgumentParser
import DirectDuidelijk
import DuidelijkReporters

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `duidelijk`: checks Dutch text against the B1 plain-language guidelines.
@main
struct Duidelijk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "duidelijk",
    abstract: "Check Dutch text against the B1 plain-language guidelines (Direct Duidelijk).",
    discussion: """
      Reads the named files, or stdin when no file or '-' is given. Directories are \
      walked for .txt, .md, .markdown, .html, .htm and .docx files.

      Exit codes: 0 nothing to report, 1 findings at or above --fail-on, \
      2 usage error, unreadable or invalid input, or invalid configuration.
      """,
    version: DuidelijkVersion.current,
    subcommands: [CheckCommand.self, ScoreCommand.self, FixCommand.self, AnalyzeCommand.self, RulesCommand.self]
  )

  /// Runs the command line, mapping every failure to the documented exit codes.
  static func main() {
    let status: Int32
    do {
      var command = try parseAsRoot()
      try command.run()
      status = 0
    } catch let exit as ExitCode {
      status = exit.rawValue
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        ByteOutput.standardOutput.write(message + "\n")
        status = 0
      } else {
        // swift-argument-parser exits 64 on usage errors; the contract says 2.
        ErrorReporter.shared.reportUsage(message)
        status = 2
      }
    }
    ByteOutput.standardOutput.flush()
    ByteOutput.standardError.flush()
    Terminal.exit(status)
  }
}
