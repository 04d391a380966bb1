import DuidelijkData

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A word list in the format of `wordlists/README.md`.
public struct WordList: Sendable {
  /// The file name, used in error messages and entry ids.
  public let name: String
  /// The rows, in file order.
  public let entries: [WordListEntry]
  /// The `# source:` comment.
  public let source: String?
  /// The `# licence:` comment.
  public let licence: String?

  /// The columns of every list except `frequency-nl.tsv`.
  public static let columns = ["term", "forms", "alternatives", "note", "example"]

  /// Parses `contents`; `name` is used in errors. Forms must be unique unless
  /// `allowsRepeatedForms` (lists whose forms are a table, such as participles).
  ///
  /// Works on the UTF-8 bytes and builds strings only for the fields, since
  /// the built-in lists are parsed when the program starts.
  public init(name: String, contents: String, allowsRepeatedForms: Bool = false) throws(WordListError) {
    var contents = contents
    var parsed: Result<(entries: [WordListEntry], source: String?, licence: String?), WordListError> = .success(([], nil, nil))
    contents.withUTF8 { bytes in
      do {
        parsed = .success(try Self.parse(bytes, name: name, allowsRepeatedForms: allowsRepeatedForms))
      } catch {
        parsed = .failure(error as! WordListError)
      }
    }
    let (entries, source, licence) = try parsed.get()
    self.init(name: name, entries: entries, source: source, licence: licence)
  }

  private static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, name: String, allowsRepeatedForms: Bool
  ) throws(WordListError) -> (entries: [WordListEntry], source: String?, licence: String?) {
    var entries: [WordListEntry] = []
    var source: String?
    var licence: String?
    var headerSeen = false
    var firstLineOfForm: [String: Int] = [:]
    var lineNumber = 0
    var lineStart = 0
    let count = bytes.count
    while lineStart < count {
      lineNumber += 1
      let lineEnd = Self.offset(of: 0x0A, in: bytes, from: lineStart, to: count)
      defer { lineStart = lineEnd + 1 }
      var end = lineEnd
      if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
      guard end > lineStart else { continue }
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
      if line[0] == UInt8(ascii: "#") {
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("# source:") { source = commentValue(text[...]) }
        if text.hasPrefix("# licence:") { licence = commentValue(text[...]) }
        continue
      }
      var fields: [UnsafeBufferPointer<UInt8>] = []
      fields.reserveCapacity(Self.columns.count)
      var fieldStart = 0
      while fieldStart <= line.count {
        let fieldEnd = Self.offset(of: 0x09, in: line, from: fieldStart, to: line.count)
        fields.append(UnsafeBufferPointer(rebasing: line[fieldStart..<fieldEnd]))
        fieldStart = fieldEnd + 1
      }
      if !headerSeen {
        guard fields.map({ String(decoding: $0, as: UTF8.self) }) == Self.columns else {
          throw .badHeader(file: name, line: lineNumber)
        }
        headerSeen = true
        continue
      }
      guard fields.count == Self.columns.count else {
        throw .wrongColumnCount(file: name, line: lineNumber, expected: Self.columns.count, found: fields.count)
      }
      guard !fields[0].isEmpty else { throw .emptyColumn(file: name, line: lineNumber, column: "term") }
      guard !fields[1].isEmpty else { throw .emptyColumn(file: name, line: lineNumber, column: "forms") }
      let term = String(decoding: fields[0], as: UTF8.self)
      let forms = Self.split(fields[1])
      guard forms.contains(term) else { throw .termNotAmongForms(file: name, line: lineNumber, term: term) }
      if !allowsRepeatedForms {
        for form in Set(forms) {
          if let first = firstLineOfForm.updateValue(lineNumber, forKey: form) {
            throw .duplicateForm(file: name, line: lineNumber, form: form, firstLine: first)
          }
        }
      }
      entries.append(
        WordListEntry(
          term: term, forms: forms, alternatives: Self.split(fields[2]),
          note: String(decoding: fields[3], as: UTF8.self), example: String(decoding: fields[4], as: UTF8.self),
          line: lineNumber))
    }
    guard headerSeen else { throw .badHeader(file: name, line: max(lineNumber, 1)) }
    return (entries, source, licence)
  }

  /// The offset of the first `byte` in `bytes[start..<end]`, or `end`: memchr
  /// reads many bytes at a time, and every list is read at start-up.
  @inline(__always)
  private static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else {
      return end
    }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The `|`-separated values of a column, split on bytes (a `Character`
  /// split would run grapheme breaking over every list at start-up).
  private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var values: [String] = []
    values.reserveCapacity(1 + bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) })
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "|") {
      if index > start { values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
      start = index + 1
    }
    return values
  }

  private init(name: String, entries: [WordListEntry], source: String?, licence: String?) {
    self.name = name
    self.entries = entries
    self.source = source
    self.licence = licence
  }

  /// This list with `more` entries after its own (an extra list from the configuration).
  public func appending(_ more: [WordListEntry]) -> WordList {
    WordList(name: name, entries: entries + more, source: source, licence: licence)
  }

  private static func commentValue(_ line: Substring) -> String {
    guard let colon = line.firstIndex(of: ":") else { return "" }
    return line[line.index(after: colon)...].trimmingPrefix(" ").description
  }

  /// The built-in list named `name` (e.g. `officialese.tsv`).
  ///
  /// The lists are part of the binary and checked by the test suite, so a
  /// failure here is a build defect, not a user error.
  public static func builtin(_ name: String) -> WordList {
    guard let contents = EmbeddedWordLists.all.first(where: { $0.name == name })?.contents else {
      preconditionFailure("no built-in word list named \(name)")
    }
    do {
      // The test suite checks the built-in lists' forms; at start-up that work is skipped.
      return try WordList(name: name, contents: contents, allowsRepeatedForms: true)
    } catch {
      preconditionFailure("built-in word list \(name) is invalid: \(error)")
    }
  }

  /// `abbreviations.tsv`, parsed once for the segmenter and the `abbreviation` rule.
  public static let builtinAbbreviations = builtin("abbreviations.tsv")
}
