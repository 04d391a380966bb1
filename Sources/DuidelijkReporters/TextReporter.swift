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
    var scratch: [UInt8] = []
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
      appendContext(of: finding, in: document, scratch: &scratch, to: &output)
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

  /// Appends the sentence that holds the start of the finding, on one line,
  /// with the span marked; `scratch` holds the pieces (reused from finding to finding).
  private func appendContext(
    of finding: Finding, in document: Document, scratch: inout [UInt8], to result: inout [UInt8]
  ) {
    let area = sentence(holding: finding.range.lowerBound, in: document)?.range ?? finding.range
    let spanEnd = min(finding.range.upperBound, area.upperBound)
    let half = Self.contextWidth / 2
    scratch.removeAll(keepingCapacity: true)
    // Only a window of about the context width is taken on each side, so a
    // finding costs the same in a sentence of ten words or of ten megabytes.
    let beforeRange = area.lowerBound..<finding.range.lowerBound
    let before = oneLine(
      windowStart(beforeRange, keeping: half, in: document)..<beforeRange.upperBound, in: document, into: &scratch)
    let spanRange = finding.range.lowerBound..<spanEnd
    let span = oneLine(
      spanRange.lowerBound..<windowEnd(spanRange, keeping: Self.contextWidth, in: document), in: document,
      into: &scratch)
    let tail =
      span.scalars > Self.contextWidth
      ? oneLine(windowStart(spanRange, keeping: 20, in: document)..<spanRange.upperBound, in: document, into: &scratch)
      : nil
    let afterRange = spanEnd..<area.upperBound
    var after = oneLine(
      afterRange.lowerBound..<windowEnd(afterRange, keeping: half, in: document), in: document, into: &scratch)
    if finding.range.upperBound > area.upperBound {
      scratch += " …".utf8
      after = OneLine(bytes: after.bytes.lowerBound..<scratch.count, scalars: after.scalars + 2)
    }

    if before.scalars > half {
      result.append(literal: "…")
      result += Self.suffix(scratch[before.bytes], scalars: half)
    } else {
      result += scratch[before.bytes]
    }
    func appendSpan(_ out: inout [UInt8]) {
      if let tail {
        out += Self.prefix(scratch[span.bytes], scalars: half)
        out.append(literal: " … ")
        out += Self.suffix(scratch[tail.bytes], scalars: 20)
      } else {
        out += scratch[span.bytes]
      }
    }
    if options.color {
      styled(.underline, into: &result, appendSpan)
    } else {
      result.append(literal: "⟦")
      appendSpan(&result)
      result.append(literal: "⟧")
    }
    if after.scalars > half {
      result += Self.prefix(scratch[after.bytes], scalars: half)
      result.append(literal: "…")
    } else {
      result += scratch[after.bytes]
    }
  }

  /// A piece of context in the scratch buffer.
  private struct OneLine {
    var bytes: Range<Int>
    var scalars: Int
  }

  /// Appends the bytes of `range` to `scratch` on one line, in one pass: each
  /// run of whitespace (line breaks included) as one space and control
  /// characters as symbols, as `visible(_:)` shows them (they would act on
  /// the terminal); returns where they went and how many scalars they are.
  private func oneLine(_ range: TextRange, in document: Document, into scratch: inout [UInt8]) -> OneLine {
    let start = scratch.count
    var scalars = 0
    document.withBytes(range) { bytes in
      var index = 0
      var inSpace = false
      while index < bytes.count {
        let byte = bytes[index]
        if byte > 0x20 && byte < 0x7F {
          // A run of printable ASCII is copied at once, single spaces
          // between words included (they stay as they are).
          var end = index + 1
          while end < bytes.count {
            let next = bytes[end]
            if next > 0x20 && next < 0x7F {
              end += 1
            } else if next == 0x20 && end + 1 < bytes.count && bytes[end + 1] > 0x20 && bytes[end + 1] < 0x7F {
              end += 2
            } else {
              break
            }
          }
          scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
          scalars += end - index
          inSpace = false
          index = end
          continue
        }
        let length = byte < 0x80 ? 1 : min(UTF8Bytes.scalarLength(leadByte: byte), bytes.count - index)
        let space = byte < 0x80 ? UTF8Bytes.isASCIIWhitespace(byte) : UTF8Bytes.isWhitespace(UTF8Bytes.scalar(in: bytes, at: index))
        if space {
          if !inSpace {
            scratch.append(0x20)
            scalars += 1
          }
          inSpace = true
          index += length
          continue
        }
        inSpace = false
        scalars += 1
        if byte < 0x20 || byte == 0x7F {
          // U+2400 + the control, or ␡ (U+2421) for DEL.
          scratch.append(0xE2)
          scratch.append(0x90)
          scratch.append(byte == 0x7F ? 0xA1 : 0x80 + byte)
        } else if byte == 0xC2 && length == 2 && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9F {
          // A C1 control: U+FFFD.
          scratch.append(0xEF)
          scratch.append(0xBF)
          scratch.append(0xBD)
        } else {
          scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
        }
        index += length
      }
    }
    return OneLine(bytes: start..<scratch.count, scalars: scalars)
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
      guard !mayNeedSymbols(bytes) else { return false }
      output.append(contentsOf: bytes)
      return true
    }
    if plain != true { output += visible(Array(text.utf8)) }
  }

  /// Whether `bytes` holds a byte that `visible(_:)` may rewrite: below 0x20,
  /// DEL, or 0xC2 (which leads the C1 controls). Eight bytes at a time: every
  /// message passes here.
  static func mayNeedSymbols(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if let base = bytes.baseAddress {
      while index + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if WordBytes.hasByte(below: 0x20, in: word) || WordBytes.hasByte(0x7F, in: word) || WordBytes.hasByte(0xC2, in: word) {
          return true
        }
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return true }
      index += 1
    }
    return false
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
    // No more bytes than scalars to keep: no more scalars either.
    guard range.count > scalars else { return range.lowerBound }
    return document.withBytes(range) { bytes in
      var index = bytes.count
      var units = 0
      var inSpace = false
      while index > 0 {
        let last = bytes[index - 1]
        if last > 0x20 && last < 0x7F {
          units += 1
          if units > scalars { return range.lowerBound + index - 1 }
          inSpace = false
          index -= 1
          continue
        }
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
    guard range.count > scalars else { return range.upperBound }
    return document.withBytes(range) { bytes in
      var index = 0
      var units = 0
      var inSpace = false
      while index < bytes.count {
        let byte = bytes[index]
        if byte > 0x20 && byte < 0x7F {
          // Printable ASCII, the common case: one scalar, not a space.
          units += 1
          if units > scalars { return range.lowerBound + index + 1 }
          inSpace = false
          index += 1
          continue
        }
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

  /// Whether the scalar at `index` is whitespace that `oneLine` turns into one space.
  private func isCollapsedSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    return byte < 0x80 ? UTF8Bytes.isASCIIWhitespace(byte) : UTF8Bytes.isWhitespace(UTF8Bytes.scalar(in: bytes, at: index))
  }

  /// The first `scalars` Unicode scalars of `bytes`.
  private static func prefix(_ bytes: ArraySlice<UInt8>, scalars: Int) -> ArraySlice<UInt8> {
    var seen = 0
    for index in bytes.indices where UTF8Bytes.isScalarStart(bytes[index]) {
      if seen == scalars { return bytes[..<index] }
      seen += 1
    }
    return bytes
  }

  /// The last `scalars` Unicode scalars of `bytes`.
  private static func suffix(_ bytes: ArraySlice<UInt8>, scalars: Int) -> ArraySlice<UInt8> {
    var seen = 0
    var index = bytes.endIndex
    while index > bytes.startIndex && seen < scalars {
      index -= 1
      if UTF8Bytes.isScalarStart(bytes[index]) { seen += 1 }
    }
    return bytes[index...]
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
