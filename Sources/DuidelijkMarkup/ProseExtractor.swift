import DuidelijkText

/// Turns a source of any `InputType` into the prose to check.
public enum ProseExtractor {
  /// The prose of `source`.
  ///
  /// Markdown and HTML must be UTF-8 (a byte-order mark is allowed and left
  /// blank); the prose keeps the source's offsets. `.docx` is the archive's
  /// bytes. `.text` comes back unchanged, with no unit breaks.
  public static func prose(from source: [UInt8], type: InputType) throws(InputError) -> ProseText {
    switch type {
    case .text:
      return ProseText(bytes: source)
    case .markdown:
      try validate(source)
      return source.withUnsafeBufferPointer { MarkdownProseExtractor.prose(from: $0) }
    case .html:
      try validate(source)
      return source.withUnsafeBufferPointer { HTMLProseExtractor.prose(from: $0) }
    case .docx:
      return try DocxExtractor.prose(fromArchive: source)
    }
  }

  /// The checks `ChunkedReader` makes, for sources that did not come through one.
  private static func validate(_ source: [UInt8]) throws(InputError) {
    var iterator = source.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\0" { throw .binaryContent(offset: offset) }
        offset += UTF8.width(scalar)
      case .emptyInput:
        return
      case .error:
        throw .invalidUTF8(offset: offset)
      }
    }
  }
}
