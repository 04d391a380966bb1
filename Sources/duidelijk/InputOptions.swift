import ArgumentParser
import DirectDuidelijk
import Foundation

/// Options every command that reads text shares.
struct InputOptions: ParsableArguments {
  @Argument(help: "Files or directories to read; stdin when none or '-'.")
  var paths: [String] = []

  @Option(name: .customLong("stdin-filename"), help: "Name used for stdin in reports and for format detection.")
  var stdinFilename: String = "<stdin>"

  @Option(
    name: .customLong("input-type"),
    help: "How to read the input; auto goes by the file name, then by the content.")
  var inputType: InputTypeOption = .auto

  /// The inputs to read, directories expanded, in a stable order.
  func inputs() -> [InputFile] {
    InputFile.expand(paths.isEmpty ? ["-"] : paths, stdinName: stdinFilename)
  }

  /// The inputs, without the files a directory walk finds that the
  /// configuration's `exclude` globs match (relative to its folder).
  func inputs(excluding configuration: Configuration) -> [InputFile] {
    let patterns = configuration.exclude.map(GlobPattern.init)
    guard !patterns.isEmpty else { return inputs() }
    let base = configuration.baseDirectory.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? ""
    return inputs().filter { file in
      guard let path = file.path, file.foundInDirectory else { return true }
      var full = URL(fileURLWithPath: path).standardizedFileURL.path
      if !base.isEmpty, full.hasPrefix(base + "/") { full = String(full.dropFirst(base.count + 1)) }
      return !patterns.contains { $0.matches(full) }
    }
  }
}
