import DirectDuidelijk

/// `--format text`: `path:line:column: severity: message [rule-id]`, then the
/// sentence with the span marked and the suggestions, as compilers report.
public struct TextReporter: FindingReporter {
  public static let formatName = "text"

  private let options: ReporterOptions

  public init(options: ReporterOptions) { self.options = options }

  /// Context is cut to about this many characters around the span.
  static let contextWidth = 100

  public func report(
    _ findings: [Finding], in document: Document, path: String, written: Int, into output: inout [UInt8]
  ) {
    let visiblePath = Self.visible(Array(path.utf8))
    var positions = document.positionCursor()
    for finding in findings {
      // Editors and CI read this column as characters, not bytes.
      let start = positions.position(of: finding.range.lowerBound)
      styled(.bold, into: &output) { out in
        out.append(contentsOf: visiblePath)
        out.append(UInt8(ascii: ":"))
        out.append(decimal: start.line)
        out.append(UInt8(ascii: ":"))
        out.append(decimal: start.column)
        out.append(UInt8(ascii: ":"))
      }
      output.append(UInt8(ascii: " "))
      styled(color(for: finding.severity), into: &output) { out in
        out.append(utf8: finding.severity.rawValue)
        out.append(UInt8(ascii: ":"))
      }
      output.append(UInt8(ascii: " "))
      Self.appendVisible(finding.message, to: &output)
      output.append(literal: " [")
      output.append(utf8: finding.ruleID)
      output.append(literal: "]\n    ")
      appendContext(of: finding, in: document, to: &output)
      output.append(UInt8(ascii: "\n"))
      for suggestion in finding.suggestions.prefix(3) {
        output.append(literal: "    ")
        styled(.cyan, into: &output) { $0.append(literal: "suggestie:") }
        output.append(UInt8(ascii: " "))
        if suggestion.replacement.isEmpty {
          output.append(literal: "(weglaten)")
        } else {
          output.append(literal: "‘")
          Self.appendVisible(suggestion.replacement, to: &output)
          output.append(literal: "’")
        }
        if suggestion.safe { output.append(literal: " (veilig)") }
        if let explanation = suggestion.explanation {
          output.append(literal: " – ")
          Self.appendVisible(explanation, to: &output)
        }
        output.append(UInt8(ascii: "\n"))
      }
    }
  }

  public func endRun(_ summary: RunSummary, into output: inout [UInt8]) {
    guard !options.quiet else { return }
    let files = summary.files == 1 ? "1 bestand" : "\(summary.files) bestanden"
    let line: String
    if summary.findings == 0 {
      line = "Geen bevindingen in \(files)."
    } else {
      let total = summary.findings == 1 ? "1 bevinding" : "\(summary.findings) bevindingen"
      var parts: [String] = []
      if summary.errors > 0 { parts.append(summary.errors == 1 ? "1 fout" : "\(summary.errors) fouten") }
      if summary.warnings > 0 {
        parts.append(summary.warnings == 1 ? "1 waarschuwing" : "\(summary.warnings) waarschuwingen")
      }
      if summary.suggestions > 0 {
        parts.append(summary.suggestions == 1 ? "1 suggestie" : "\(summary.suggestions) suggesties")
      }
      line = "\(total) in \(files): \(parts.joined(separator: ", "))."
    }
    output.append(contentsOf: (line + "\n").utf8)
  }

  /// Appends the sentence that holds the start of the finding, on one line, with the span marked.
  private func appendContext(of finding: Finding, in document: Document, to result: inout [UInt8]) {
    let area = sentence(holding: finding.range.lowerBound, in: document)?.range ?? finding.range
    let spanEnd = min(finding.range.upperBound, area.upperBound)
    let half = Self.contextWidth / 2
    // Only a window of about the context width is collapsed on each side, so a
    // finding costs the same in a sentence of ten words or of ten megabytes.
    let beforeRange = area.lowerBound..<finding.range.lowerBound
    var before = collapsed(windowStart(beforeRange, keeping: half, in: document)..<beforeRange.upperBound, in: document)
    let spanRange = finding.range.lowerBound..<spanEnd
    var shortSpan = collapsed(
      spanRange.lowerBound..<windowEnd(spanRange, keeping: Self.contextWidth, in: document), in: document)
    if Self.scalarCount(shortSpan) > Self.contextWidth {
      let tail = collapsed(windowStart(spanRange, keeping: 20, in: document)..<spanRange.upperBound, in: document)
      shortSpan = Self.prefix(shortSpan, scalars: half) + " … ".utf8 + Self.suffix(tail, scalars: 20)
    }
    let afterRange = spanEnd..<area.upperBound
    var after = collapsed(afterRange.lowerBound..<windowEnd(afterRange, keeping: half, in: document), in: document)
    if finding.range.upperBound > area.upperBound { after += " …".utf8 }
    // Control characters of the input would act on the terminal (colours, a
    // cleared screen): they are shown as symbols.
    before = Self.visible(before)
    shortSpan = Self.visible(shortSpan)
    after = Self.visible(after)
    if Self.scalarCount(before) > half {
      result.append(literal: "…")
      result += Self.suffix(before, scalars: half)
    } else {
      result += before
    }
    if options.color {
      styled(.underline, into: &result) { $0 += shortSpan }
    } else {
      result.append(literal: "⟦")
      result += shortSpan
      result.append(literal: "⟧")
    }
    if Self.scalarCount(after) > half {
      result += Self.prefix(after, scalars: half)
      result.append(literal: "…")
    } else {
      result += after
    }
  }

  /// `bytes` on one line: tabs and line breaks (a CRLF as one) as spaces,
  /// other C0 controls as their control pictures (U+2400…), DEL as ␡ and
  /// C1 controls as U+FFFD; unchanged, and not copied, when it has none (the
  /// common case, found with one pass over the bytes).
  static func visible(_ bytes: [UInt8]) -> [UInt8] {
    guard let first = bytes.firstIndex(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return bytes }
    var result = Array(bytes[..<first])
    var index = first
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x09 || byte == 0x0A || byte == 0x0D {
        result.append(0x20)
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
      } else if byte < 0x20 {
        result += Array(String(Unicode.Scalar(0x2400 + UInt32(byte))!).utf8)
      } else if byte == 0x7F {
        result += "␡".utf8
      } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
        result += "\u{FFFD}".utf8
        index += 1
      } else {
        result.append(byte)
      }
      index += 1
    }
    return result
  }

  /// `text` with its control characters shown as symbols, as `visible(_:)` for bytes.
  static func visible(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendVisible(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` with its control characters shown as symbols.
  static func appendVisible(_ text: String, to output: inout [UInt8]) {
    let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return false }
      output.append(contentsOf: bytes)
      return true
    }
    if plain != true { output += visible(Array(text.utf8)) }
  }

  /// The sentence whose range holds `offset`, found by binary search (sentences are in text order).
  private func sentence(holding offset: Int, in document: Document) -> Sentence? {
    let sentences = document.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    guard low < sentences.count, sentences[low].range.contains(offset) else {
      // Empty or touching ranges: fall back to the first sentence that holds it.
      return sentences.first { $0.range.contains(offset) }
    }
    return sentences[low]
  }

  /// Where collapsing the end of `range` must start to give `scalars` + 1
  /// scalars (a run of whitespace counts as one), or the start of `range` if it
  /// has no more: what `suffix(_:scalars:)` of the collapsed text needs.
  private func windowStart(_ range: TextRange, keeping scalars: Int, in document: Document) -> Int {
    document.withBytes(range) { bytes in
      var index = bytes.count
      var units = 0
      var inSpace = false
      while index > 0 {
        var start = index - 1
        while start > 0 && !UTF8Bytes.isScalarStart(bytes[start]) { start -= 1 }
        let isSpace = isCollapsedSpace(bytes, at: start)
        if !(isSpace && inSpace) {
          units += 1
          if units > scalars { return range.lowerBound + start }
        }
        inSpace = isSpace
        index = start
      }
      return range.lowerBound
    }
  }

  /// Where collapsing the start of `range` may stop after `scalars` + 1
  /// scalars, or the end of `range` if it has no more.
  private func windowEnd(_ range: TextRange, keeping scalars: Int, in document: Document) -> Int {
    document.withBytes(range) { bytes in
      var index = 0
      var units = 0
      var inSpace = false
      while index < bytes.count {
        let byte = bytes[index]
        let length = byte < 0x80 ? 1 : min(UTF8Bytes.scalarLength(leadByte: byte), bytes.count - index)
        let isSpace = isCollapsedSpace(bytes, at: index)
        if !(isSpace && inSpace) {
          units += 1
          if units > scalars { return range.lowerBound + index + length }
        }
        inSpace = isSpace
        index += length
      }
      return range.upperBound
    }
  }

  /// Whether the scalar at `index` is whitespace that `collapsed` turns into one space.
  private func isCollapsedSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    return byte < 0x80 ? UTF8Bytes.isASCIIWhitespace(byte) : UTF8Bytes.isWhitespace(UTF8Bytes.scalar(in: bytes, at: index))
  }

  /// The bytes of `range` with every run of whitespace (line breaks included) as one space.
  private func collapsed(_ range: TextRange, in document: Document) -> [UInt8] {
    document.withBytes(range) { UTF8Bytes.collapsingWhitespace($0) }
  }

  private static func scalarCount(_ bytes: [UInt8]) -> Int {
    bytes.reduce(0) { $0 + (UTF8Bytes.isScalarStart($1) ? 1 : 0) }
  }

  /// The first `scalars` Unicode scalars of `bytes`.
  private static func prefix(_ bytes: [UInt8], scalars: Int) -> [UInt8] {
    var seen = 0
    for index in bytes.indices where UTF8Bytes.isScalarStart(bytes[index]) {
      if seen == scalars { return Array(bytes[..<index]) }
      seen += 1
    }
    return bytes
  }

  /// The last `scalars` Unicode scalars of `bytes`.
  private static func suffix(_ bytes: [UInt8], scalars: Int) -> [UInt8] {
    var seen = 0
    var index = bytes.count
    while index > 0 && seen < scalars {
      index -= 1
      if UTF8Bytes.isScalarStart(bytes[index]) { seen += 1 }
    }
    return Array(bytes[index...])
  }

  private enum Style: String {
    case bold = "1"
    case red = "31"
    case yellow = "33"
    case cyan = "36"
    case underline = "4"
  }

  private func color(for severity: Severity) -> Style {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .suggestion: .cyan
    }
  }

  /// Appends what `body` writes, in `style` when colours are on.
  private func styled(_ style: Style, into output: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
    guard options.color else { return body(&output) }
    output.append(literal: "\u{1B}[")
    output.append(utf8: style.rawValue)
    output.append(UInt8(ascii: "m"))
    body(&output)
    output.append(literal: "\u{1B}[0m")
  }
}
