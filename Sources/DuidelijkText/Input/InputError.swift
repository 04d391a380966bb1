/// Why an input cannot be read as text. Messages name the place; the CLI adds the file.
public enum InputError: Error, Equatable, CustomStringConvertible {
  /// Bytes that are not UTF-8, at this offset of the file.
  case invalidUTF8(offset: Int)
  /// UTF-16 that breaks off or pairs surrogates wrongly, at this offset of the file.
  case invalidUTF16(offset: Int)
  /// A NUL byte: the file is binary, or UTF-16 without a byte-order mark.
  case binaryContent(offset: Int)
  /// Looks like UTF-16 but has no byte-order mark to say which kind; the
  /// offset is that of the first NUL byte, where it stops being UTF-8.
  case utf16WithoutByteOrderMark(offset: Int)
  /// The operating system refused to open or read it.
  case unreadable(reason: String)
  /// A `.docx` that is not a ZIP archive, is cut short or corrupt, or lacks
  /// its main document.
  case damagedArchive(reason: String)
  /// A `.docx` whose main document unpacks to more than the checker takes,
  /// or is compressed like a zip bomb: refused before it fills memory.
  case archiveTooLarge(reason: String)

  /// What went wrong, in a few words.
  public var what: String {
    switch self {
    case .invalidUTF8: "invalid UTF-8"
    case .invalidUTF16: "invalid UTF-16"
    case .binaryContent: "binary content (NUL byte), not text"
    case .utf16WithoutByteOrderMark: "UTF-16 without a byte-order mark; save it as UTF-8"
    case .unreadable(let reason): "cannot read: \(reason)"
    case .damagedArchive(let reason): "damaged .docx archive: \(reason)"
    case .archiveTooLarge(let reason): ".docx archive refused: \(reason)"
    }
  }

  /// Where in the file, if a byte offset is known.
  public var offset: Int? {
    switch self {
    case .invalidUTF8(let offset), .invalidUTF16(let offset), .binaryContent(let offset),
      .utf16WithoutByteOrderMark(let offset):
      offset
    case .unreadable, .damagedArchive, .archiveTooLarge: nil
    }
  }

  public var description: String {
    if let offset { return "\(what) at byte \(offset)" }
    return what
  }
}
