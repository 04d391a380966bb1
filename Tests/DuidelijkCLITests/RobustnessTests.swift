import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile, odd and broken input for every command, from stdin and from a
/// file: each run must end by `exit` with 0, 1 or 2 within its timeout, say
/// what went wrong as `duidelijk: error: … (file, byte N)`, print output that
/// parses and points at real characters, and leave every file as it was.
@Suite("Robustness")
struct RobustnessTests {
  // MARK: Inputs every command must survive

  /// The commands each input goes through: on stdin one process per input
  /// (all but the text format), from files all inputs in one run
  /// (`allHostileFilesInOneRun`); `fix` goes through both on its own.
  static let commands: [[String]] = [
    ["check", "--format", "jsonl"], ["check"], ["score", "--format", "json"], ["analyze", "--format", "jsonl"],
  ]

  static let inputs: [HostileInput] = {
    var inputs: [HostileInput] = [
      HostileInput("empty.txt", Data()),
      HostileInput("whitespace.txt", Data(" \t\n\r\n   \u{A0}\n\u{2028}\u{3000}\n\n".utf8)),
      // One word of a million letters: no break for ICU, the chunker or the context cut.
      HostileInput("one-word.txt", Data(String(repeating: "gemeente", count: 125_000).utf8)),
      HostileInput(
        "nul.txt", Data("Dit is een zin.".utf8) + Data([0]) + Data(" Nog een.".utf8),
        error: "binary content (NUL byte), not text", offset: 15),
      HostileInput(
        "invalid-utf8.txt", Data("Indien u wilt ".utf8) + Data([0xC3, 0x28]) + Data(" reeds.".utf8),
        error: "invalid UTF-8", offset: 14),
      // A sequence cut off by the end of the file, and an encoded surrogate.
      HostileInput("cut-off-utf8.txt", Data("Reeds klaar ".utf8) + Data([0xE2, 0x82]), error: "invalid UTF-8", offset: 12),
      HostileInput(
        "surrogate.txt", Data("Tekst ".utf8) + Data([0xED, 0xA0, 0x80]) + Data(".".utf8), error: "invalid UTF-8", offset: 6),
      HostileInput(
        "utf8-bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Indien u wilt.\n".utf8),
        fixed: Data([0xEF, 0xBB, 0xBF]) + Data("Als u wilt.\n".utf8)),
      HostileInput(
        "utf16le.txt", Data([0xFF, 0xFE]) + utf16(RobustnessTests.lettertje, bigEndian: false),
        fixed: Data([0xFF, 0xFE]) + utf16(RobustnessTests.lettertjeFixed, bigEndian: false)),
      HostileInput(
        "utf16be.txt", Data([0xFE, 0xFF]) + utf16(RobustnessTests.lettertje, bigEndian: true),
        fixed: Data([0xFE, 0xFF]) + utf16(RobustnessTests.lettertjeFixed, bigEndian: true)),
      // The place named is the first NUL byte, where the text stops being UTF-8.
      HostileInput(
        "utf16-no-bom.txt", utf16(RobustnessTests.lettertje, bigEndian: false), error: "UTF-16 without a byte-order mark",
        offset: 1),
      HostileInput(
        "utf16be-no-bom.txt", utf16(RobustnessTests.lettertje, bigEndian: true), error: "UTF-16 without a byte-order mark",
        offset: 0),
      // UTF-16 with a byte-order mark that breaks off in the middle of a unit.
      HostileInput(
        "utf16-cut-off.txt", Data([0xFF, 0xFE]) + utf16("Tekst.", bigEndian: false) + Data([0x41]),
        error: "invalid UTF-16", offset: 14),
      HostileInput(
        "line-ends.txt", Data("Indien u wilt.\rReeds gedaan.\nMiddels dit.\r\nKlaar.\r\r\n\n".utf8),
        fixed: Data("Als u wilt.\rAl gedaan.\nMet dit.\r\nKlaar.\r\r\n\n".utf8)),
      HostileInput(
        "control.txt",
        Data("Indien\u{01} u \u{07}wilt\u{1B}[31m.\u{7F} Reeds\u{0B}\u{0C} klaar\u{08}.\u{85} Middels \u{9B}2J dit.\n".utf8)),
      HostileInput(
        "rtl-emoji.txt",
        Data(
          """
          مرحبا بالعالم. שלום עולם. 👨‍👩‍👧‍👦 Indien u wilt, 🇳🇱 bellen wij 👍🏽 u reeds.
          Het gezin 👩🏿‍🤝‍👩🏻 woont hier.\u{200F} Middels dit formulier ✍️.

          """.utf8)),
      HostileInput(
        "english.txt",
        Data("This is an English text. Please send your feedback before the deadline, if possible.\n".utf8)),
      HostileInput(
        "german.txt",
        Data(
          "Sehr geehrte Damen und Herren, hiermit möchten wir Ihnen mitteilen, dass Ihr Antrag genehmigt wurde. Größe: 5 m².\n"
            .utf8)),
      // Binary files, named so that only their content can give them away.
      HostileInput(
        "random.bin", RobustnessTests.randomBytes(count: 4096, seed: 8),
        errors: ["invalid UTF-8", "binary content (NUL byte), not text"], namesSomeOffset: true),
      HostileInput(
        "image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        error: "invalid UTF-8", offset: 0),
      HostileInput(
        "program", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]) + Data(repeating: 0, count: 56),
        error: "binary content (NUL byte), not text", offset: 7),
      // A ZIP signature and garbage: read as a .docx (by name, or by content on stdin).
      HostileInput(
        "kapot.docx", Data("PK\u{03}\u{04}garbage, no archive".utf8),
        errors: ["damaged .docx archive", "fix cannot rewrite .docx files"]),
    ]
    inputs.sort { $0.name < $1.name }
    return inputs
  }()

  static let lettertje = "Indien u vragen heeft, belt u ons reeds.\r\nMet vriendelijke groet.\r\n"
  static let lettertjeFixed = "Als u vragen heeft, belt u ons al.\r\nMet vriendelijke groet.\r\n"

  @Test(arguments: inputs)
  func everyCommandEndsCleanlyOnHostileInput(_ input: HostileInput) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(input.name)
    try input.bytes.write(to: file)
    // The text format reads stdin as the others do; it gets every file in `allHostileFilesInOneRun`.
    for command in Self.commands where command != ["check"] {
      let run = try CLIRun.run(command, stdin: input.bytes, in: folder)
      try expectSane(run, command: command, input: input, name: "<stdin>")
    }

    // The filter, from stdin and from the file: the fixed text, or on an error the input as it was.
    let fromStdin = try CLIRun.run(["fix"], stdin: input.bytes, in: folder)
    try expectSane(fromStdin, command: ["fix"], input: input, name: "<stdin>")
    let fromFile = try CLIRun.run(["fix", input.name], in: folder)
    try expectSane(fromFile, command: ["fix"], input: input, name: input.name)
    #expect(fromFile.stdout == fromStdin.stdout || input.expectsError)
    #expect(try Data(contentsOf: file) == input.bytes, "fix changed \(input.name)")
    if fromStdin.status == 0 && fromStdin.stdout != input.bytes && input.bytes.count < 1 << 16 {
      // Fixing the fixed text changes nothing.
      let again = try CLIRun.run(["fix"], stdin: fromStdin.stdout, in: folder)
      #expect(again.status == 0 && again.stdout == fromStdin.stdout, "fix of fix changed \(input.name)")
    }

    // --in-place: the fixed text, or on an error the file as it was.
    let copy = folder.appendingPathComponent("in-place-" + input.name)
    try input.bytes.write(to: copy)
    let inPlace = try CLIRun.run(["fix", "--in-place", copy.lastPathComponent], in: folder)
    try expectSane(inPlace, command: ["fix", "--in-place"], input: input, name: copy.lastPathComponent)
    #expect(try Data(contentsOf: copy) == (input.expectsError ? input.bytes : fromFile.stdout))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".duidelijk-") }
    #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
  }

  /// All inputs as files in one run of each command: every broken file gets
  /// its own error line, the others are read as if alone (in parallel for
  /// `check`), and no file changes.
  @Test func allHostileFilesInOneRun() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for input in Self.inputs { try input.bytes.write(to: folder.appendingPathComponent(input.name)) }
    let names = Self.inputs.map(\.name)
    let readable = Self.inputs.filter { !$0.expectsError }
    for command in Self.commands {
      let run = try CLIRun.run(command + names, in: folder)
      let label = command.joined(separator: " ") + " on every file"
      expectCleanEnd(run, label: label)
      #expect(run.status == 2, "\(label) exited \(run.status)")
      let errors = run.stderr.split(separator: "\n").map(String.init)
      #expect(errors.count == Self.inputs.count - readable.count, "\(label): \(run.stderr)")
      for input in Self.inputs where input.expectsError {
        let line = errors.first { $0.contains(" (\(input.name))") || $0.contains(" (\(input.name), byte ") }
        expectErrorLine(line ?? "", input: input, name: input.name, label: label)
      }
      switch command {
      case ["check", "--format", "jsonl"]:
        let findings = try run.jsonLines()
        for input in readable {
          try expectFindings(findings.filter { $0["file"] as? String == input.name }, input: input, name: input.name, label: label)
        }
        #expect(Set(findings.compactMap { $0["file"] as? String }).isSubset(of: readable.map(\.name)))
      case ["analyze", "--format", "jsonl"]:
        let sentences = try run.jsonLines()
        for input in readable {
          try expectSentences(sentences.filter { $0["file"] as? String == input.name }, input: input, label: label)
        }
        #expect(Set(sentences.compactMap { $0["file"] as? String }).isSubset(of: readable.map(\.name)))
      case ["score", "--format", "json"]:
        let document = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], "\(label)")
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["file"] as? String } == readable.map(\.name))
      default:
        break
      }
    }
    for input in Self.inputs {
      #expect(try Data(contentsOf: folder.appendingPathComponent(input.name)) == input.bytes, "\(input.name) changed")
    }
  }

  // MARK: Size

  // A 10 MB line of Dutch words without punctuation: one sentence and one
  // paragraph that the reader must cut into chunks. Every line-based step
  // (columns, report context, overlapping matches, the diff) was once
  // quadratic in it, so each run must also be fast.
  //
  // A debug build checks at about 0.3 MB/s, so there only `analyze` reads the
  // full 10 MB (about 10 s), `check` the first megabyte (3 s; the quadratic
  // version took 47 s on it) and `score` and `fix` half a megabyte (2 s each;
  // they were never quadratic here, but `fix --diff` was past a few megabytes).
  // A release build runs every command on the full 10 MB.

  static let longLine = unpunctuatedLine(bytes: 10 << 20)
  #if DEBUG
    static let partOfLongLine = unpunctuatedLine(bytes: 1 << 20)
    static let smallPartOfLongLine = unpunctuatedLine(bytes: 512 << 10)
    static let timeLimit: TimeInterval = 30
  #else
    static let partOfLongLine = longLine
    static let smallPartOfLongLine = longLine
    static let timeLimit: TimeInterval = 20
  #endif

  @Test func analyzeReadsATenMegabyteLine() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (line, wordCount) = Self.longLine
    try line.write(to: folder.appendingPathComponent("lang.txt"))
    let run = try CLIRun.run(["analyze", "lang.txt"], in: folder)
    #expect(run.status == 0 && run.reason == .exit && run.stderr.isEmpty)
    #expect(run.duration < Self.timeLimit, "analyze took \(run.duration) s")
    // The words come back as they were, cut into lines where the chunks end.
    #expect(Self.wordCount(run.stdout) == wordCount)
    #expect(try Data(contentsOf: folder.appendingPathComponent("lang.txt")) == line)
  }

  @Test func checkReadsALongLineFromStdinAndFromAFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (part, _) = Self.partOfLongLine
    try part.write(to: folder.appendingPathComponent("deel.txt"))
    let input = HostileInput("deel.txt", part)
    // stdin: megabytes in and more out must not deadlock the pipes.
    let checked = try CLIRun.run(["check", "--format", "jsonl"], stdin: part, in: folder)
    try expectSane(checked, command: ["check", "--format", "jsonl"], input: input, name: "<stdin>")
    #expect(checked.status == 1)
    #expect(checked.duration < Self.timeLimit, "check took \(checked.duration) s")
    #expect(checked.stdout.split(separator: 0x0A).count > 1000)
    // The text format: each finding's context is cut from the one huge sentence.
    let text = try CLIRun.run(["check", "deel.txt"], in: folder)
    try expectSane(text, command: ["check"], input: input, name: "deel.txt")
    #expect(text.status == 1)
    #expect(text.duration < Self.timeLimit, "check took \(text.duration) s")
    // Context is cut to about 100 characters around each span, not the whole sentence.
    let longest = text.stdout.split(separator: 0x0A).map(\.count).max() ?? 0
    #expect(longest < 1000, "a report line of \(longest) bytes")
    #expect(try Data(contentsOf: folder.appendingPathComponent("deel.txt")) == part)
  }

  @Test func scoreAndFixReadALongLine() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (part, words) = Self.smallPartOfLongLine
    try part.write(to: folder.appendingPathComponent("deel.txt"))
    let input = HostileInput("deel.txt", part)
    for command in [["fix"], ["fix", "--diff"]] {
      let run = try CLIRun.run(command + ["deel.txt"], in: folder)
      try expectSane(run, command: command, input: input, name: "deel.txt")
      #expect(run.duration < Self.timeLimit, "\(command) took \(run.duration) s")
      #expect(run.stdout.count > part.count / 2)
    }
    let scored = try CLIRun.run(["score", "--format", "json", "deel.txt"], in: folder)
    try expectSane(scored, command: ["score", "--format", "json"], input: input, name: "deel.txt")
    #expect(scored.duration < Self.timeLimit, "score took \(scored.duration) s")
    let document = try #require(try JSONSerialization.jsonObject(with: scored.stdout) as? [String: Any])
    #expect((document["total"] as? [String: Any])?["words"] as? Int == words)
    #expect(try Data(contentsOf: folder.appendingPathComponent("deel.txt")) == part)
  }

  // MARK: Files that cannot be read or written

  @Test func aMissingPathIsAnErrorAndTheOtherFilesAreStillRead() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Indien u wilt.\n".utf8).write(to: folder.appendingPathComponent("brief.txt"))
    for command in [["check"], ["check", "--format", "jsonl"], ["score"], ["analyze"], ["fix"], ["fix", "--in-place"], ["fix", "--check"]] {
      let alone = try CLIRun.run(command + ["bestaat-niet.txt"], in: folder)
      #expect(alone.status == 2 && alone.reason == .exit)
      #expect(alone.stderr == "duidelijk: error: cannot read: no such file or directory (bestaat-niet.txt)\n", "\(command)")
      guard command != ["fix"] else { continue }  // the filter takes one file
      let mixed = try CLIRun.run(command + ["bestaat-niet.txt", "brief.txt"], in: folder)
      #expect(mixed.status == 2)
      #expect(mixed.stderr.hasPrefix("duidelijk: error: cannot read: no such file or directory (bestaat-niet.txt)\n"))
      if command.first != "fix" { #expect(mixed.output.contains("brief.txt") || mixed.output.contains("Indien")) }
    }
  }

  /// Root reads any file, whatever its mode: then the run must still end
  /// cleanly and change nothing, which is what this test checks for everyone.
  @Test func anUnreadableFileEndsCleanlyAndStaysAsItWas() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("geheim.txt")
    let contents = Data("Indien u wilt.\n".utf8)
    try contents.write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path) }
    for command in [["check"], ["score"], ["analyze"], ["fix"], ["fix", "--in-place"]] {
      let run = try CLIRun.run(command + ["geheim.txt"], in: folder)
      #expect(run.reason == .exit && (0...2).contains(run.status))
      if geteuid() == 0 {
        // Root read it: the file is checked (or, for --in-place, refused as it has no write permission).
        #expect(run.status != 2 || run.stderr.contains("not writable"))
      } else {
        #expect(run.status == 2)
        #expect(run.stderr == "duidelijk: error: cannot read: permission denied (geheim.txt)\n", "\(command)")
      }
      #expect(try posixPermissions(file) == 0o000)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
      #expect(try Data(contentsOf: file) == contents)
      try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
    }
  }

  @Test(.enabled(if: geteuid() != 0, "skipped as root: root reads a file of mode 000"))
  func anUnreadableFileIsAnErrorNamingIt() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("geheim.txt")
    try Data("Indien u wilt.\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path) }
    let run = try CLIRun.run(["check", "geheim.txt"], in: folder)
    #expect(run.status == 2)
    #expect(run.stderr == "duidelijk: error: cannot read: permission denied (geheim.txt)\n")
  }

  /// A file without write permission is refused, by root too (who could write it).
  @Test func inPlaceOnAReadOnlyFileIsExitTwoAndChangesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.txt")
    let contents = Data("Indien u wilt, bellen wij u reeds.\n".utf8)
    try contents.write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
    let run = try CLIRun.run(["fix", "--in-place", "brief.txt"], in: folder)
    #expect(run.status == 2)
    #expect(run.stderr == "duidelijk: error: cannot write: the file is not writable (brief.txt)\n")
    #expect(try Data(contentsOf: file) == contents)
    #expect(try posixPermissions(file) == 0o444)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["brief.txt"])
  }

  /// `--in-place` through a symbolic link rewrites the file it points to; the link stays.
  @Test func inPlaceThroughASymbolicLinkKeepsTheLink() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Indien u wilt.\n".utf8).write(to: folder.appendingPathComponent("echt.txt"))
    try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "echt.txt")
    let run = try CLIRun.run(["fix", "--in-place", "link.txt"], in: folder)
    #expect(run.status == 0 && run.stderr.isEmpty)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path) == "echt.txt")
    #expect(try String(contentsOf: folder.appendingPathComponent("echt.txt"), encoding: .utf8) == "Als u wilt.\n")
  }

  /// A file size limit (`ulimit -f`) makes writes fail as a full disk does,
  /// without root: once it killed the process with SIGXFSZ halfway through an
  /// `--in-place` write, leaving its temporary file behind.
  @Test func writesPastAFileSizeLimitAreErrorsThatChangeNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.txt")
    let contents = Data(String(repeating: "Indien u wilt, bellen wij u reeds.\n", count: 2000).utf8)  // 70 kB
    try contents.write(to: file)
    // `ulimit -f` counts blocks of 512 bytes (dash) or 1 KiB (bash): 8 KiB at most.
    let inPlace = try CLIRun.shell(#"ulimit -f 8 && "$DUIDELIJK" fix --in-place brief.txt"#, in: folder)
    #expect(inPlace.reason == .exit && inPlace.status == 2)
    #expect(inPlace.stderr == "duidelijk: error: cannot write: file too large; the file is unchanged (brief.txt)\n")
    #expect(try Data(contentsOf: file) == contents)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["brief.txt"])

    let report = try CLIRun.shell(#"ulimit -f 8 && "$DUIDELIJK" check brief.txt > report.txt"#, in: folder)
    #expect(report.reason == .exit && report.status == 2)
    #expect(report.stderr == "duidelijk: error: cannot write output: file too large (stdout)\n")
  }

  /// stdout on a full disk (`/dev/full`): an error and exit 2, never silent success.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "skipped: no /dev/full"))
  func outputToAFullDiskIsExitTwo() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let contents = Data("Indien u wilt, bellen wij u reeds.\n".utf8)
    try contents.write(to: folder.appendingPathComponent("brief.txt"))
    for command in ["check", "check --format jsonl", "check --format sarif", "score", "analyze", "fix", "fix --diff"] {
      let run = try CLIRun.shell(#""$DUIDELIJK" \#(command) brief.txt > /dev/full"#, in: folder)
      #expect(run.reason == .exit && run.status == 2, "\(command)")
      #expect(run.stderr == "duidelijk: error: cannot write output: no space left on device (stdout)\n", "\(command)")
    }
    #expect(try Data(contentsOf: folder.appendingPathComponent("brief.txt")) == contents)
  }

  /// Closed standard descriptors are errors, not output lost in whatever file reused the number.
  @Test func closedStandardDescriptorsAreErrors() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Indien u wilt.\n".utf8).write(to: folder.appendingPathComponent("brief.txt"))
    let noOutput = try CLIRun.shell(#""$DUIDELIJK" check brief.txt >&-"#, in: folder)
    #expect(noOutput.status == 2)
    #expect(noOutput.stderr == "duidelijk: error: cannot write output: bad file descriptor (stdout)\n")
    let noInput = try CLIRun.shell(#""$DUIDELIJK" check --format jsonl <&-"#, in: folder)
    #expect(noInput.status == 2)
    #expect(noInput.stderr == "duidelijk: error: cannot read: bad file descriptor (<stdin>)\n")
    let noErrors = try CLIRun.shell(#""$DUIDELIJK" check bestaat-niet.txt 2>&-; echo "status $?""#, in: folder)
    #expect(noErrors.output.hasSuffix("status 2\n"))
  }

  /// A real full disk: a small tmpfs in a private mount namespace, which
  /// `unshare -rm` gives without root where user namespaces are allowed.
  /// The disk is filled up, then made read-only.
  @Test(.enabled(if: RobustnessTests.canMountPrivateTmpfs, "skipped: cannot mount a tmpfs (unshare -rm not allowed here)"))
  func inPlaceOnAFullOrReadOnlyDiskChangesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let disk = folder.appendingPathComponent("disk")
    try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
    let contents = Data(String(repeating: "Indien u wilt, bellen wij u reeds.\n", count: 100).utf8)
    try contents.write(to: folder.appendingPathComponent("brief.txt"))
    let script = #"""
      unshare -rm sh -c '
        mount -t tmpfs -o size=256k tmpfs disk || exit 97
        cp brief.txt disk/brief.txt
        dd if=/dev/zero of=disk/vol bs=4096 2>/dev/null
        "$DUIDELIJK" fix --in-place disk/brief.txt; echo "full $?"
        cmp -s brief.txt disk/brief.txt && echo "full unchanged"
        ls -A disk | tr "\n" " "; echo
        rm disk/vol
        mount -o remount,bind,ro disk || exit 98
        "$DUIDELIJK" fix --in-place disk/brief.txt; echo "read-only $?"
        cmp -s brief.txt disk/brief.txt && echo "read-only unchanged"
      '
      """#
    let run = try CLIRun.shell(script, in: folder)
    #expect(run.reason == .exit && run.status == 0, "\(run.output)\(run.stderr)")
    #expect(run.output == "full 2\nfull unchanged\nbrief.txt vol \nread-only 2\nread-only unchanged\n")
    #expect(
      run.stderr == """
        duidelijk: error: cannot write: no space left on device; the file is unchanged (disk/brief.txt)
        duidelijk: error: cannot write: the file is not writable (disk/brief.txt)

        """)
  }

  static let canMountPrivateTmpfs: Bool = {
    guard let run = try? CLIRun.shell(#"d=$(mktemp -d) && unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs "$0"' "$d"; s=$?; rmdir "$d"; exit $s"#)
    else { return false }
    return run.status == 0
  }()

  // MARK: Directories and pipes

  /// Links to folders are not followed, so a loop cannot trap the walk; the real files are read once each.
  @Test func aDirectoryWithASymbolicLinkLoopTerminates() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tree = folder.appendingPathComponent("teksten")
    try FileManager.default.createDirectory(at: tree.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("Indien u wilt.\n".utf8).write(to: tree.appendingPathComponent("a.txt"))
    try Data("# Kop\n\nWij hebben dit reeds gedaan.\n".utf8).write(to: tree.appendingPathComponent("sub/b.md"))
    try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("sub/terug").path, withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("zelf").path, withDestinationPath: "../teksten")
    try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("sub/kring.md").path, withDestinationPath: "../sub")
    let real: Set<String> = ["teksten/a.txt", "teksten/sub/b.md"]

    let checked = try CLIRun.run(["check", "--format", "jsonl", "teksten"], in: folder, timeout: 30)
    #expect(!checked.timedOut && checked.status == 1 && checked.stderr.isEmpty, "\(checked.stderr)")
    let findings = try checked.jsonLines()
    #expect(Set(findings.compactMap { $0["file"] as? String }) == real)
    #expect(findings.count == 2)
    let scored = try CLIRun.run(["score", "--format", "json", "teksten"], in: folder, timeout: 30)
    #expect(scored.status == 0)
    let files = try #require((try JSONSerialization.jsonObject(with: scored.stdout) as? [String: Any])?["files"] as? [[String: Any]])
    #expect(files.compactMap { $0["file"] as? String } == real.sorted())
    let analyzed = try CLIRun.run(["analyze", "--format", "jsonl", "teksten"], in: folder, timeout: 30)
    #expect(analyzed.status == 0)
    #expect(Set(try analyzed.jsonLines().compactMap { $0["file"] as? String }) == real)
    let fixCheck = try CLIRun.run(["fix", "--check", "teksten"], in: folder, timeout: 30)
    #expect(fixCheck.status == 1)
    #expect(fixCheck.stderr == "teksten/a.txt: would change (1 edits)\nteksten/sub/b.md: would change (1 edits)\n")

    // A link to itself, and one to nothing, with a supported name: errors naming them; the rest is read.
    try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("kring.txt").path, withDestinationPath: "kring.txt")
    try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("weg.txt").path, withDestinationPath: "bestaat-niet.txt")
    let broken = try CLIRun.run(["check", "--format", "jsonl", "teksten"], in: folder, timeout: 30)
    #expect(broken.status == 2)
    #expect(
      broken.stderr == """
        duidelijk: error: cannot read: too many levels of symbolic links (teksten/kring.txt)
        duidelijk: error: cannot read: no such file or directory (teksten/weg.txt)

        """)
    #expect(Set(try broken.jsonLines().compactMap { $0["file"] as? String }) == real)
  }

  /// `duidelijk check big.txt | head -1`: the closed pipe ends the process at
  /// once and quietly (exit 0, nothing on stderr), long before the whole file
  /// is checked (about 40 s in a debug build).
  @Test func outputIntoHeadEndsQuietlyAndQuickly() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = ""
    for paragraph in 0..<40_000 {
      text += "Indien u vragen heeft over brief \(paragraph), belt u ons. Wij hebben uw aanvraag reeds ontvangen.\n\n"
    }
    try Data(text.utf8).write(to: folder.appendingPathComponent("big.txt"))  // 4 MB
    for command in ["check", "check --format jsonl", "analyze", "analyze --format jsonl"] {
      let run = try CLIRun.shell(
        #"("$DUIDELIJK" \#(command) big.txt 2> errors.txt; echo $? > status.txt) | head -1"#, in: folder, timeout: 60)
      #expect(run.reason == .exit && run.status == 0)
      #expect(run.output.split(separator: "\n").count == 1, "\(command)")
      #expect(run.duration < 20, "\(command) | head -1 took \(run.duration) s")
      let status = try String(contentsOf: folder.appendingPathComponent("status.txt"), encoding: .utf8)
      #expect(status == "0\n", "\(command)")
      let errors = try String(contentsOf: folder.appendingPathComponent("errors.txt"), encoding: .utf8)
      #expect(errors.isEmpty, "\(command): \(errors)")
    }
  }

  /// An endless binary stream stops at its first bad byte: `fix` once read
  /// all of its input before looking at it, which never ended for /dev/zero.
  @Test func anEndlessBinaryStreamStopsAtItsFirstByte() throws {
    for command in [["check"], ["score"], ["analyze"], ["fix", "--diff"], ["fix", "--check"]] {
      let run = try CLIRun.run(command + ["/dev/zero"], timeout: 30)
      #expect(!run.timedOut && run.status == 2, "\(command)")
      #expect(run.stderr == "duidelijk: error: binary content (NUL byte), not text (/dev/zero, byte 0)\n", "\(command)")
    }
    // The filter gives its input back unchanged, streamed: here as much as the reader takes.
    let filter = try CLIRun.shell(#""$DUIDELIJK" fix < /dev/zero | head -c 1000000 | wc -c"#, timeout: 30)
    #expect(filter.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1000000")
    #expect(filter.stderr == "duidelijk: error: binary content (NUL byte), not text (<stdin>, byte 0)\n")
  }

  // MARK: Checks on every run

  /// The run ended by `exit` with 0, 1 or 2 in time; stderr holds only
  /// `duidelijk: error: …` lines (no trace, no crash report); the status and
  /// message are as the input expects; the output parses and its offsets and
  /// positions point at the input.
  private func expectSane(_ run: CLIRun, command: [String], input: HostileInput, name: String) throws {
    let label = "\(command.joined(separator: " ")) on \(input.name) as \(name)"
    expectCleanEnd(run, label: label)
    if input.expectsError {
      #expect(run.status == 2, "\(label) exited \(run.status)")
      #expect(run.stderr.hasSuffix("\n") && !run.stderr.dropLast().contains("\n"), "\(label): \(run.stderr)")
      expectErrorLine(String(run.stderr.dropLast()), input: input, name: name, label: label)
      if command == ["fix"] { #expect(run.stdout == input.bytes, "\(label) did not give its input back") }
      return
    }
    #expect(run.stderr.isEmpty, "\(label): \(run.stderr.prefix(300))")
    #expect(command.first == "check" ? run.status <= 1 : run.status == 0, "\(label) exited \(run.status)")
    switch command {
    case ["check", "--format", "jsonl"]:
      try expectFindings(try run.jsonLines(), input: input, name: name, label: label)
    case ["analyze", "--format", "jsonl"]:
      try expectSentences(try run.jsonLines(), input: input, label: label)
    case ["score", "--format", "json"]:
      let document = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], "\(label)")
      let files = try #require(document["files"] as? [[String: Any]])
      #expect(files.count == 1 && files.first?["file"] as? String == name)
      let total = try #require(document["total"] as? [String: Any])
      #expect(["B1", "B2", "C1"].contains(total["level"] as? String ?? ""))
      if total["words"] as? Int == 0 {
        #expect(total["level"] as? String == "B1" && (total["reasons"] as? [Any])?.isEmpty == true, "\(label): \(total)")
      }
    case ["fix"]:
      if let fixed = input.fixed { #expect(run.stdout == fixed, "\(label): \(run.output.debugDescription)") }
      // The encoding stays: a UTF-16 input comes back as UTF-16 with its mark, UTF-8 as valid UTF-8.
      if input.bytes.starts(with: [0xFF, 0xFE]) || input.bytes.starts(with: [0xFE, 0xFF]) {
        #expect(run.stdout.prefix(2) == input.bytes.prefix(2))
      } else {
        #expect(String(validating: run.stdout, as: UTF8.self) != nil, "\(label): not UTF-8")
      }
    default:
      break
    }
  }

  /// Ended by `exit` with 0, 1 or 2 before the timeout, with nothing but error lines on stderr.
  private func expectCleanEnd(_ run: CLIRun, label: String) {
    #expect(!run.timedOut, "\(label) timed out")
    #expect(run.reason == .exit, "\(label) ended by signal \(run.status)")
    #expect((0...2).contains(run.status), "\(label) exited \(run.status)")
    for line in run.stderr.split(separator: "\n") {
      #expect(line.hasPrefix("duidelijk: error: "), "\(label) wrote to stderr: \(line.prefix(300))")
    }
  }

  /// `duidelijk: error: <what> (<name>[, byte N])` as `input` expects.
  private func expectErrorLine(_ line: String, input: HostileInput, name: String, label: String) {
    #expect(input.errors.contains { line.hasPrefix("duidelijk: error: \($0)") }, "\(label): \(line)")
    if let offset = input.offset {
      #expect(line.hasSuffix(" (\(name), byte \(offset))"), "\(label): \(line)")
    } else if input.namesSomeOffset {
      #expect(line.contains(" (\(name), byte "), "\(label): \(line)")
    } else {
      #expect(line.hasSuffix(" (\(name))"), "\(label): \(line)")
    }
  }

  /// Findings of `input` in JSON: offsets on UTF-8 boundaries of the input,
  /// their `text` the bytes there, lines and columns matching the offsets.
  /// Problems are collected and expected once: thousands of findings would
  /// otherwise cost seconds of expectation bookkeeping.
  private func expectFindings(_ findings: [[String: Any]], input: HostileInput, name: String, label: String) throws {
    let text = input.utf8Form
    var problems: [String] = []
    for (index, finding) in findings.enumerated() {
      let start = try #require(finding["start"] as? Int)
      let end = try #require(finding["end"] as? Int)
      if let problem = Self.spanProblem(start, end, in: text) {
        problems.append(problem)
        continue
      }
      if finding["file"] as? String != name { problems.append("file \(finding["file"] ?? "none")") }
      if finding["text"] as? String != String(decoding: text[start..<end], as: UTF8.self) {
        problems.append("text at \(start)..<\(end)")
      }
      // Columns count Unicode scalars, BOM not counted; the first findings suffice.
      if index < 200 {
        let position = Self.position(of: start, in: text)
        let endPosition = Self.position(of: end, in: text)
        if finding["line"] as? Int != position.line || finding["column"] as? Int != position.column
          || finding["endLine"] as? Int != endPosition.line || finding["endColumn"] as? Int != endPosition.column
        {
          problems.append("position of \(start)..<\(end)")
        }
      }
    }
    #expect(problems.isEmpty, "\(label): \(problems.prefix(5))")
  }

  /// Sentences of `input` from `analyze --format jsonl`: spans within the
  /// input, tokens within their sentence, token texts the bytes there.
  private func expectSentences(_ sentences: [[String: Any]], input: HostileInput, label: String) throws {
    let text = input.utf8Form
    var problems: [String] = []
    for sentence in sentences {
      let start = try #require(sentence["start"] as? Int)
      let end = try #require(sentence["end"] as? Int)
      if let problem = Self.spanProblem(start, end, in: text) { problems.append("sentence " + problem) }
      for token in sentence["tokens"] as? [[String: Any]] ?? [] {
        let tokenStart = try #require(token["start"] as? Int)
        let tokenEnd = try #require(token["end"] as? Int)
        if let problem = Self.spanProblem(tokenStart, tokenEnd, in: text) {
          problems.append("token " + problem)
          continue
        }
        if tokenStart < start || tokenEnd > end { problems.append("token \(tokenStart)..<\(tokenEnd) outside its sentence") }
        if token["text"] as? String != String(decoding: text[tokenStart..<tokenEnd], as: UTF8.self) {
          problems.append("token text at \(tokenStart)..<\(tokenEnd)")
        }
      }
    }
    #expect(problems.isEmpty, "\(label): \(problems.prefix(5))")
  }

  /// What is wrong with the span `start..<end` of `text`: outside it, or an end inside a UTF-8 sequence.
  private static func spanProblem(_ start: Int, _ end: Int, in text: [UInt8]) -> String? {
    guard 0 <= start && start <= end && end <= text.count else { return "\(start)..<\(end) outside 0..<\(text.count)" }
    for offset in [start, end] where offset < text.count && text[offset] & 0xC0 == 0x80 {
      return "offset \(offset) inside a UTF-8 sequence"
    }
    return nil
  }

  /// Line and column (Unicode scalars from 1, a BOM not counted) of byte
  /// `offset`; LF, CRLF and a lone CR end lines.
  static func position(of offset: Int, in text: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var index = lineStart
    while index < offset {
      if text[index] == 0x0A || (text[index] == 0x0D && (index + 1 >= text.count || text[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    let column = text[lineStart..<offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } + 1
    return (line, column)
  }

  // MARK: Making inputs

  /// Runs of bytes other than spaces and line breaks.
  static func wordCount(_ data: Data) -> Int {
    data.withUnsafeBytes { raw in
      var count = 0
      var inWord = false
      for byte in raw {
        let separator = byte == 0x20 || byte == 0x0A
        if !separator && !inWord { count += 1 }
        inWord = !separator
      }
      return count
    }
  }

  /// Deterministic bytes (a linear congruential generator), the same on every run.
  static func randomBytes(count: Int, seed: UInt64) -> Data {
    var state = seed
    return Data((0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 33)
    })
  }

  /// Dutch words separated by spaces, no punctuation or line break, up to
  /// `bytes` long; officialese among them, so there is much to report. Also
  /// gives the number of words.
  static func unpunctuatedLine(bytes: Int) -> (Data, Int) {
    let words = [
      "de", "gemeente", "neemt", "indien", "nodig", "een", "besluit", "over", "uw", "aanvraag", "en", "wij", "hebben",
      "deze", "reeds", "middels", "het", "formulier", "ontvangen", "omgevingsvergunning",
    ]
    var line: [UInt8] = []
    line.reserveCapacity(bytes)
    var count = 0
    var state: UInt64 = 42
    while true {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let word = words[Int(state >> 33) % words.count]
      guard line.count + word.utf8.count + 1 <= bytes else { break }
      if !line.isEmpty { line.append(0x20) }
      line += word.utf8
      count += 1
    }
    return (Data(line), count)
  }
}

/// An input file, and what every command must make of it.
struct HostileInput: Sendable, CustomTestStringConvertible {
  /// The file name (its extension may decide how it is read).
  let name: String
  let bytes: Data
  /// What the `fix` filter must print, when known.
  var fixed: Data?
  /// The messages, one of which an error must start with; empty: no error, exit 0 or 1.
  var errors: [String] = []
  /// The byte offset the message must name.
  var offset: Int?
  /// Whether the message names some byte offset (for random bytes).
  var namesSomeOffset = false

  init(_ name: String, _ bytes: Data, fixed: Data? = nil) {
    self.name = name
    self.bytes = bytes
    self.fixed = fixed
  }

  init(_ name: String, _ bytes: Data, error: String, offset: Int? = nil) {
    self.init(name, bytes, errors: [error])
    self.offset = offset
  }

  init(_ name: String, _ bytes: Data, errors: [String], namesSomeOffset: Bool = false) {
    self.name = name
    self.bytes = bytes
    self.errors = errors
    self.namesSomeOffset = namesSomeOffset
  }

  var expectsError: Bool { !errors.isEmpty }
  var testDescription: String { name }

  /// The text offsets point into: the bytes as they are, or for UTF-16 their
  /// UTF-8 form with the byte-order mark as three bytes.
  var utf8Form: [UInt8] {
    let raw = [UInt8](bytes)
    guard raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) else { return raw }
    let bigEndian = raw[0] == 0xFE
    var units: [UInt16] = []
    for index in stride(from: 2, to: raw.count - 1, by: 2) {
      let (high, low) = bigEndian ? (raw[index], raw[index + 1]) : (raw[index + 1], raw[index])
      units.append(UInt16(high) << 8 | UInt16(low))
    }
    return [0xEF, 0xBB, 0xBF] + Array(String(decoding: units, as: UTF16.self).utf8)
  }
}

/// `text` as UTF-16 without a byte-order mark.
private func utf16(_ text: String, bigEndian: Bool) -> Data {
  var bytes: [UInt8] = []
  for unit in text.utf16 {
    let high = UInt8(truncatingIfNeeded: unit >> 8)
    let low = UInt8(truncatingIfNeeded: unit)
    bytes += bigEndian ? [high, low] : [low, high]
  }
  return Data(bytes)
}

private func posixPermissions(_ url: URL) throws -> Int {
  try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int ?? -1
}
