import ArgumentParser
import DirectDuidelijk
import DuidelijkMarkup
import DuidelijkReporters

/// `duidelijk fix`: applies the safe suggestions.
struct FixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix",
    abstract: "Apply the safe suggestions: a stdin-to-stdout filter for editors, or files in place.",
    discussion: """
      With no path, or one path and no other flag, writes the fixed text to stdout and \
      nothing else; on an error it writes the input unchanged, the error to stderr, and \
      exits 2. --in-place rewrites files atomically (a temporary file in the same folder, \
      then a rename; permissions kept). --diff prints a unified diff instead. --check \
      changes nothing and exits 1 if something would change. Bytes outside an edit are \
      never touched.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var rules: RuleSelectionOptions
  @OptionGroup var configurationFile: ConfigurationOptions

  @Flag(name: .customLong("in-place"), help: "Rewrite the files.")
  var inPlace = false

  @Flag(help: "Print a unified diff of what would change.")
  var diff = false

  @Flag(help: "Change nothing; exit 1 if something would change.")
  var check = false

  func validate() throws {
    if [inPlace, diff, check].filter({ $0 }).count > 1 {
      throw ValidationError("use only one of --in-place, --diff and --check")
    }
    if !inPlace && !diff && !check && input.paths.count > 1 {
      throw ValidationError("several files need --in-place, --diff or --check")
    }
    if inPlace && (input.paths.isEmpty || input.paths.contains("-")) {
      throw ValidationError("--in-place needs file paths, not stdin")
    }
  }

  func run() throws {
    CheckResources.prepareBuiltinLists()
    var configuration = try configurationFile.load()
    rules.apply(to: &configuration)
    let fixer = Fixer(checker: Checker(configuration: configuration))
    let stdout = ByteOutput.standardOutput
    var wouldChange = false
    let files = input.inputs(excluding: configuration)
    let filter = !inPlace && !diff && !check
    for file in files {
      let original: [UInt8]
      do {
        let read = try AtomicFile.read(file, type: input.inputType.inputType, name: file.path ?? input.stdinFilename)
        if let error = read.error {
          ErrorReporter.shared.report(error, file: file.displayName)
          // The filter never wipes a selection: the input goes back unchanged, streamed.
          if filter { echo(read, to: stdout) }
          continue
        }
        original = read.bytes
      } catch {
        ErrorReporter.shared.report(error, file: file.displayName)
        continue
      }
      let fixed: FixedText
      do {
        fixed = try FixedText(original, name: file.path ?? input.stdinFilename, type: input.inputType.inputType, fixer: fixer)
      } catch {
        // The filter never wipes a selection: on an error the input goes back unchanged.
        if filter { stdout.write(bytes: original) }
        stdout.flush()
        ErrorReporter.shared.report(error, file: file.displayName)
        continue
      }
      if fixed.changed { wouldChange = true }
      if inPlace {
        guard fixed.changed, let path = file.path else { continue }
        do {
          try AtomicFile.replace(path: path, with: fixed.bytes)
        } catch {
          ErrorReporter.shared.report("cannot write: \(error.reason)", place: file.displayName)
        }
      } else if diff {
        stdout.write(bytes: UnifiedDiff.diff(path: file.displayName, original: fixed.originalUTF8, edits: fixed.edits))
      } else if check {
        if fixed.changed { ByteOutput.standardError.write("\(file.displayName): would change (\(fixed.edits.count) edits)\n") }
      } else {
        stdout.write(bytes: fixed.bytes)
      }
      if stdout.isBroken { break }
    }
    stdout.flush()
    ByteOutput.standardError.flush()
    if ErrorReporter.shared.errorCount > 0 { throw ExitCode(2) }
    if check && wouldChange { throw ExitCode(1) }
  }

  /// Writes the bytes read and then the rest of the input to `stdout` as they are,
  /// in pieces, so memory stays bounded however long the input goes on.
  private func echo(_ read: AtomicFile.ReadInput, to stdout: ByteOutput) {
    stdout.write(bytes: read.bytes)
    guard let rest = read.rest else { return }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while !stdout.isBroken {
      guard let count = try? buffer.withUnsafeMutableBufferPointer({ try rest.read(into: $0) }), count > 0 else { break }
      stdout.write(bytes: buffer[0..<count])
    }
    stdout.flush()
  }
}

/// A text with the safe suggestions applied, in its own encoding.
struct FixedText {
  /// The new contents, encoded as the input was (BOM and UTF-16 included).
  let bytes: [UInt8]
  /// The input as UTF-8, byte-order mark included (for diffs).
  let originalUTF8: [UInt8]
  /// The edits, as ranges of `originalUTF8`.
  let edits: [UnifiedDiff.Edit]
  /// Whether anything changed.
  var changed: Bool { !edits.isEmpty }

  /// Why a file cannot be fixed.
  struct Unsupported: Error, CustomStringConvertible {
    var description: String
  }

  init(_ original: [UInt8], name: String?, type: InputType?, fixer: Fixer) throws {
    let reader = try ProseReader(source: MemorySource(original), name: name, type: type)
    guard reader.type != .docx else {
      throw Unsupported(description: "fix cannot rewrite .docx files; use check and edit the letter in its editor")
    }
    let segmenter = try Segmenter()
    var session = fixer.checker.session()
    var suggestions: [Suggestion] = []
    while let chunk = try reader.next() {
      let document = try reader.document(for: chunk, segmenter: segmenter)
      let directives = InlineDirectiveFilter(reader.directives)
      suggestions += fixer.edits(in: document, session: &session) { directives.filter($0, in: document) }
    }
    // Edits are offsets into the UTF-8 form of the file (BOM included), for every input type.
    let plain = ChunkedReader(source: MemorySource(original))
    var utf8: [UInt8] = []
    while let chunk = try plain.next() {
      if utf8.isEmpty && chunk.baseOffset > 0 { utf8 = [0xEF, 0xBB, 0xBF] }
      utf8 += chunk.bytes
    }
    originalUTF8 = utf8
    let applied = SuggestionApplier.apply(suggestions, to: utf8)
    edits = applied.applied.map { ($0.range, Array($0.replacement.utf8)) }
    guard !edits.isEmpty else {
      bytes = original
      return
    }
    switch plain.encoding {
    case .utf8, .utf8WithByteOrderMark:
      bytes = applied.bytes
    case .utf16LittleEndian, .utf16BigEndian:
      // Back to UTF-16 with its byte-order mark (the UTF-8 form's mark is dropped first).
      let bigEndian = plain.encoding == .utf16BigEndian
      var encoded: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
      for unit in String(decoding: applied.bytes.dropFirst(3), as: UTF8.self).utf16 {
        encoded += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      }
      bytes = encoded
    }
  }
}
