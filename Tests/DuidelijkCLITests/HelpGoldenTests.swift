import DuidelijkTestSupport
import Testing

/// `--help` is part of the interface: pinned in `Golden/`, regenerated with
/// `DUIDELIJK_UPDATE_GOLDEN=1 swift test`.
@Suite("--help")
struct HelpGoldenTests {
  @Test(arguments: [(["--help"], "help.txt"), (["check", "--help"], "check-help.txt")])
  func helpMatchesItsGoldenFile(_ arguments: [String], _ golden: String) throws {
    // A fixed width: swift-argument-parser wraps help to COLUMNS.
    let run = try Subprocess.run([CLIRun.executable.path] + arguments, environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    if let mismatch = GoldenFile(golden).mismatch(Array(run.output.utf8)) { Issue.record("\(mismatch)") }
  }
}
