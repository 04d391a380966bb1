import DuidelijkText

/// The kinds of input the checker reads.
public enum InputType: String, CaseIterable, Sendable {
  /// Plain text: every byte is prose.
  case text
  /// Markdown (CommonMark with GitHub's tables): prose only, no code or URLs.
  case markdown
  /// HTML: text content, `alt` and `title`, no scripts, styles or code.
  case html
  /// A Word document: the paragraphs of its main part.
  case docx

  /// The type of an input: from the extension of `path` (`.txt`, `.md`,
  /// `.markdown`, `.html`, `.htm`, `.docx`), else from `firstBytes`: a ZIP
  /// archive is `.docx`, a document opening with `<!doctype html` or
  /// `<html` is HTML, anything else is text.
  public static func detect(path: String?, firstBytes: [UInt8]) -> InputType {
    if let path, let type = InputType(fileExtensionOf: path) { return type }
    return InputType(content: firstBytes)
  }

  /// The type named by the extension of `path`, if it names one.
  init?(fileExtensionOf path: String) {
    let name = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? []
    guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
    switch String(decoding: name[name.index(after: dot)...], as: UTF8.self).lowercased() {
    case "txt": self = .text
    case "md", "markdown": self = .markdown
    case "html", "htm": self = .html
    case "docx": self = .docx
    default: return nil
    }
  }

  /// The type the first bytes of a file suggest.
  init(content bytes: [UInt8]) {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      self = .docx
      return
    }
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, UTF8Bytes.isASCIIWhitespace(bytes[start]) { start += 1 }
    let isHTML = bytes.withUnsafeBufferPointer { buffer in
      ASCII.hasPrefix(buffer, at: start, caseInsensitive: "<!doctype html")
        || ASCII.hasPrefix(buffer, at: start, caseInsensitive: "<html")
    }
    self = isHTML ? .html : .text
  }
}
