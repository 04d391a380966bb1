import ArgumentParser
import DirectDuidelijk
import DuidelijkMarkup

/// The values of `--input-type`.
enum InputTypeOption: String, CaseIterable, ExpressibleByArgument {
  case auto, text, markdown, html, docx

  /// The type to read input as; nil (for `auto`, which names no type) means detect it.
  var inputType: InputType? { InputType(rawValue: rawValue) }
}

extension InputFile {
  /// Opens this input as `type`, or as its name and content say when `type` is nil.
  func proseReader(type: InputType?) throws(InputError) -> ProseReader {
    if let path {
      return try ProseReader(source: try FileDescriptorSource(path: path), name: path, type: type)
    }
    return try ProseReader(source: FileDescriptorSource(descriptor: 0), name: displayName, type: type)
  }
}
