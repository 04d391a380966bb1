import ArgumentParser
import DirectDuidelijk
import DuidelijkMarkup
import DuidelijkReporters

/// `duidelijk analyze`: the tokenizer's view of the text.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Show sentences and tokens as the checker sees them.",
    discussion: """
      --format text prints the text one sentence per line. --format jsonl prints one \
      JSON object per sentence: file, start, end (UTF-8 byte offsets into the input), \
      text and tokens (text, start, end, kind, and syllables for words). \
      Markdown and HTML offsets point into the source file, markup between tokens. \
      For .docx, --format text prints the extracted text, one paragraph per line, \
      and --format jsonl offsets point into that text.
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or jsonl.")
  var format: AnalyzeReporter.Format = .text

  func run() throws {
    let reporter = AnalyzeReporter(format: format)
    let output = ByteOutput.standardOutput
    let segmenter = try Segmenter()
    for file in input.inputs() {
      do {
        let reader = try file.proseReader(type: input.inputType.inputType)
        while let chunk = try reader.next() {
          if reader.type == .docx && format == .text {
            // Offsets into a .docx are into this text, so it is printed as it is.
            output.write(bytes: chunk.bytes)
          } else {
            reporter.report(try reader.document(for: chunk, segmenter: segmenter), path: file.displayName, to: output)
          }
          if output.isBroken { return }
        }
      } catch let error as InputError {
        output.flush()
        ErrorReporter.shared.report(error, file: file.displayName)
      }
    }
    output.flush()
    if ErrorReporter.shared.errorCount > 0 { throw ExitCode(2) }
  }
}

extension AnalyzeReporter.Format: ExpressibleByArgument {}
