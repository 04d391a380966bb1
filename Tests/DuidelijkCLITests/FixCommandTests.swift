import Foundation
import Testing

@Suite("duidelijk fix")
struct FixCommandTests {
  @Test func filtersStdinToStdout() throws {
    let run = try CLIRun.run(["fix"], stdin: "Indien u wilt, kunt u reeds betalen.\n")
    #expect(run.status == 0)
    #expect(run.output == "Als u wilt, kunt u al betalen.\n")
    #expect(run.stderr.isEmpty)
  }

  @Test func keepsBytesOutsideEditsIncludingBOMAndCRLF() throws {
    let input = Data([0xEF, 0xBB, 0xBF]) + Data("Indien u wilt,\tbel ons.  \r\nDat kan reeds.\r\n".utf8)
    let run = try CLIRun.run(["fix"], stdin: input)
    #expect(run.stdout == Data([0xEF, 0xBB, 0xBF]) + Data("Als u wilt,\tbel ons.  \r\nDat kan al.\r\n".utf8))
  }

  @Test func writesTheInputUnchangedOnAnError() throws {
    let input = Data("Indien u wilt ".utf8) + Data([0xFF]) + Data(" reeds.".utf8)
    let run = try CLIRun.run(["fix"], stdin: input)
    #expect(run.status == 2)
    #expect(run.stdout == input)
    #expect(run.stderr.hasPrefix("duidelijk: error: invalid UTF-8 (<stdin>, byte 14)"))
  }

  @Test func checkExitsOneWhenSomethingWouldChangeAndZeroOnItsOwnOutput() throws {
    let changed = try CLIRun.run(["fix", "--check"], stdin: "Indien u wilt.")
    #expect(changed.status == 1)
    let fixed = try CLIRun.run(["fix"], stdin: "Indien u wilt.")
    let again = try CLIRun.run(["fix", "--check"], stdin: fixed.stdout)
    #expect(again.status == 0)
  }

  @Test func inPlaceRewritesAtomicallyAndKeepsPermissions() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.txt")
    try Data("Indien u wilt, bel ons.\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    let run = try CLIRun.run(["fix", "--in-place", file.path])
    #expect(run.status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8) == "Als u wilt, bel ons.\n")
    let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["brief.txt"])
  }

  @Test func inPlaceOnAReadOnlyFileIsAnErrorAndChangesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.txt")
    try Data("Indien u wilt.\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
    let run = try CLIRun.run(["fix", "--in-place", file.path])
    // root may write anyway; then the file is fixed, never damaged.
    let contents = try String(contentsOf: file, encoding: .utf8)
    if getuid() == 0 {
      #expect(contents == "Indien u wilt.\n" || contents == "Als u wilt.\n")
    } else {
      #expect(run.status == 2)
      #expect(contents == "Indien u wilt.\n")
      #expect(run.stderr.contains("not writable"))
    }
  }

  @Test func diffShowsTheChange() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.txt")
    try Data("Eerste regel.\nIndien u wilt, bel ons.\nLaatste regel.\n".utf8).write(to: file)
    let run = try CLIRun.run(["fix", "--diff", file.path])
    #expect(run.status == 0)
    #expect(run.output == """
      --- a/\(file.path)
      +++ b/\(file.path)
      @@ -1,3 +1,3 @@
       Eerste regel.
      -Indien u wilt, bel ons.
      +Als u wilt, bel ons.
       Laatste regel.

      """)
  }
}
