import DuidelijkTestSupport
import Foundation
import Testing

/// `docs/pre-commit` installed in a fresh repository, with the built
/// `duidelijk` on PATH.
@Suite("docs/pre-commit")
struct PreCommitHookTests {
  static let hook = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/pre-commit")

  /// A temporary repository with the hook installed, isolated from the
  /// user's git configuration.
  struct Repository {
    let folder: URL
    let environment: [String: String]

    init() throws {
      folder = try temporaryFolder()
      let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
      environment = [
        "PATH": CLIRun.executable.deletingLastPathComponent().path + ":" + path,
        "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
      ]
      try git("init", "-q")
      let installed = folder.appendingPathComponent(".git/hooks/pre-commit")
      try? FileManager.default.removeItem(at: installed)
      try FileManager.default.copyItem(at: PreCommitHookTests.hook, to: installed)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: installed.path)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> SubprocessResult {
      try Subprocess.run(["git"] + arguments, in: folder, environment: environment)
    }

    func write(_ text: String, to name: String) throws {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Stages `name` and commits; the result of `git commit`.
    func commit(_ name: String) throws -> SubprocessResult {
      try git("add", name)
      return try git("commit", "-q", "-m", "Add \(name)")
    }
  }

  static let longSentence = """
    Omdat de aanvraag te laat was ingediend en de stukken over de indeling van het terras, de \
    openingstijden en de geluidsmaatregelen niet compleet waren, kunnen wij uw verzoek op dit moment \
    helaas nog niet in behandeling nemen.

    """

  @Test(.enabled(if: Subprocess.succeeds(["git", "--version"]), "needs git"))
  func cleanTextCommitsAndAnErrorStopsTheCommit() throws {
    let repository = try Repository()
    defer { try? FileManager.default.removeItem(at: repository.folder) }

    try repository.write("# Nieuws\n\nWij bellen u morgen.\n", to: "content/nieuws café.md")
    let clean = try repository.commit("content/nieuws café.md")
    #expect(clean.status == 0, "\(clean.output)")

    try repository.write(Self.longSentence, to: "content/brief.txt")
    let refused = try repository.commit("content/brief.txt")
    #expect(refused.status != 0)
    #expect(refused.output.contains("content/brief.txt:1:1: error:"), "\(refused.output)")
    #expect(refused.output.contains("[long-sentence]"))
  }

  @Test(.enabled(if: Subprocess.succeeds(["git", "--version"]), "needs git"))
  func theStagedTextIsCheckedNotTheWorkingCopy() throws {
    let repository = try Repository()
    defer { try? FileManager.default.removeItem(at: repository.folder) }
    try repository.write(Self.longSentence, to: "brief.md")
    try repository.git("add", "brief.md")
    try repository.write("Wij bellen u morgen.\n", to: "brief.md")
    let refused = try repository.git("commit", "-q", "-m", "Brief")
    #expect(refused.status != 0, "\(refused.output)")
  }
}
