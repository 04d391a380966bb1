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
    reserveStandardDescriptors()
    handleOutputFailures()
    // The commands that read text need the word lists; building them starts
    // before the arguments are parsed, which takes milliseconds of its own.
    if let name = CommandLine.arguments.dropFirst().first, ["check", "fix", "score"].contains(name) {
      CheckResources.prepareBuiltinLists()
    }
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

  /// Opens `/dev/null` on any of the descriptors 0, 1 and 2 the caller closed
  /// (`duidelijk check a.txt >&-`): otherwise the next descriptor opened (an
  /// input file, a thread pool's epoll) takes the number, and reports go into
  /// it. It is opened the wrong way round for stdin and stdout, so their use is
  /// still an error (EBADF) that names them, not an empty input or lost output.
  private static func reserveStandardDescriptors() {
    for (descriptor, mode) in [(Int32(0), O_WRONLY), (1, O_RDONLY), (2, O_WRONLY)] where fcntl(descriptor, F_GETFD) == -1 {
      let opened = open("/dev/null", mode)
      if opened >= 0 && opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  /// Ends the process as soon as stdout fails, instead of working on for nobody:
  /// quietly when the reader went away (`duidelijk check … | head`: a closed
  /// pipe is the reader's choice), with 0, or 2 if an error was reported before;
  /// with an error and 2 when the output cannot take more (a full disk, a file
  /// size limit).
  private static func handleOutputFailures() {
    // A write past `ulimit -f` must fail with EFBIG, not kill the process
    // halfway through an `--in-place` rewrite (SIGPIPE is ignored by ByteOutput).
    signal(SIGXFSZ, SIG_IGN)
    ByteOutput.standardOutput.onFailure = { code in
      if code == EPIPE { Terminal.exit(ErrorReporter.shared.errorCount > 0 ? 2 : 0) }
      let reason = String(cString: strerror(code)).lowercased()
      ErrorReporter.shared.report("cannot write output: \(reason)", place: "stdout")
      Terminal.exit(2)
    }
  }
}
