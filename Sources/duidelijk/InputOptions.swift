import ArgumentParser
import DirectDuidelijk

/// Options every command that reads text shares.
struct InputOptions: ParsableArguments {
  @Argument(help: "Files or directories to read; stdin when none or '-'.")
  var paths: [String] = []

  @Option(name: .customLong("stdin-filename"), help: "Name used for stdin in reports and for format detection.")
  var stdinFilename: String = "<stdin>"

  @Option(
    name: .customLong("input-type"),
    help: "How to read the input: auto, text, markdown, html or docx (auto: by file name, then content).")
  var inputType: InputTypeOption = .auto

  /// The inputs to read, directories expanded, in a stable order.
  func inputs() -> [InputFile] {
    InputFile.expand(paths.isEmpty ? ["-"] : paths, stdinName: stdinFilename)
  }
}
