import DuidelijkData

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
  public init(name: String, contents: String, allowsRepeatedForms: Bool = false) throws(WordListError) {
    self.name = name
    var entries: [WordListEntry] = []
    var source: String?
    var licence: String?
    var headerSeen = false
    var firstLineOfForm: [String: Int] = [:]
    var lineNumber = 0
    for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.isEmpty { continue }
      if line.hasPrefix("#") {
        if line.hasPrefix("# source:") { source = Self.commentValue(line) }
        if line.hasPrefix("# licence:") { licence = Self.commentValue(line) }
        continue
      }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if !headerSeen {
        guard columns == Self.columns else { throw .badHeader(file: name, line: lineNumber) }
        headerSeen = true
        continue
      }
      guard columns.count == Self.columns.count else {
        throw .wrongColumnCount(
          file: name, line: lineNumber, expected: Self.columns.count, found: columns.count)
      }
      guard !columns[0].isEmpty else { throw .emptyColumn(file: name, line: lineNumber, column: "term") }
      guard !columns[1].isEmpty else { throw .emptyColumn(file: name, line: lineNumber, column: "forms") }
      let forms = columns[1].split(separator: "|").map(String.init)
      guard forms.contains(columns[0]) else {
        throw .termNotAmongForms(file: name, line: lineNumber, term: columns[0])
      }
      if !allowsRepeatedForms {
        for form in Set(forms) {
          if let first = firstLineOfForm[form] {
            throw .duplicateForm(file: name, line: lineNumber, form: form, firstLine: first)
          }
          firstLineOfForm[form] = lineNumber
        }
      }
      entries.append(
        WordListEntry(
          term: columns[0], forms: forms,
          alternatives: columns[2].isEmpty ? [] : columns[2].split(separator: "|").map(String.init),
          note: columns[3], example: columns[4], line: lineNumber))
    }
    guard headerSeen else { throw .badHeader(file: name, line: max(lineNumber, 1)) }
    self.entries = entries
    self.source = source
    self.licence = licence
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
  public static func builtin(_ name: String, allowsRepeatedForms: Bool = false) -> WordList {
    guard let contents = EmbeddedWordLists.all.first(where: { $0.name == name })?.contents else {
      preconditionFailure("no built-in word list named \(name)")
    }
    do {
      return try WordList(name: name, contents: contents, allowsRepeatedForms: allowsRepeatedForms)
    } catch {
      preconditionFailure("built-in word list \(name) is invalid: \(error)")
    }
  }
}
