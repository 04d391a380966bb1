import DirectDuidelijk

/// Writes the tokenizer's view of a document for `duidelijk analyze`.
public struct AnalyzeReporter: Sendable {
  /// The two output formats of `analyze`.
  public enum Format: String, Sendable, CaseIterable {
    /// One JSON object per sentence, with its tokens.
    case jsonl
    /// The text, one sentence per line.
    case text
  }

  /// The format written.
  public let format: Format

  /// A reporter for `format`.
  public init(format: Format) { self.format = format }

  /// Writes every sentence of `document`; `path` names the input in JSON.
  public func report(_ document: Document, path: String, to output: ByteOutput) {
    var quotedPath: [UInt8] = []
    JSONBytes.appendString(path, to: &quotedPath)
    document.bytes.withUnsafeBufferPointer { bytes in
      let base = document.baseOffset
      for sentence in document.sentences {
        switch format {
        case .jsonl: writeJSON(sentence, document, bytes, base, quotedPath, &output.buffer)
        case .text: writeLine(sentence, document, bytes, base, &output.buffer)
        }
        output.flushIfNeeded()
      }
    }
  }

  private func writeJSON(
    _ sentence: Sentence, _ document: Document, _ bytes: UnsafeBufferPointer<UInt8>, _ base: Int,
    _ quotedPath: [UInt8], _ out: inout [UInt8]
  ) {
    out.append(contentsOf: Bytes.fileKey)
    out.append(contentsOf: quotedPath)
    out.append(contentsOf: Bytes.startKey)
    JSONBytes.appendInt(sentence.range.lowerBound, to: &out)
    out.append(contentsOf: Bytes.endKey)
    JSONBytes.appendInt(sentence.range.upperBound, to: &out)
    out.append(contentsOf: Bytes.textKey)
    JSONBytes.appendString(UnsafeBufferPointer(rebasing: bytes[sentence.range.shifted(by: -base)]), to: &out)
    out.append(contentsOf: Bytes.tokensKey)
    var first = true
    for token in document.tokens[sentence.tokens] {
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      let local = UnsafeBufferPointer(rebasing: bytes[token.range.shifted(by: -base)])
      out.append(contentsOf: Bytes.tokenTextKey)
      JSONBytes.appendString(local, to: &out)
      out.append(contentsOf: Bytes.startKey)
      JSONBytes.appendInt(token.range.lowerBound, to: &out)
      out.append(contentsOf: Bytes.endKey)
      JSONBytes.appendInt(token.range.upperBound, to: &out)
      out.append(contentsOf: Bytes.kindKey)
      out.append(contentsOf: Bytes.kindNames[Int(token.kind.rawValue)])
      out.append(UInt8(ascii: "\""))
      if token.kind == .word {
        out.append(contentsOf: Bytes.syllablesKey)
        JSONBytes.appendInt(SyllableCounter.count(utf8: local), to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
    out.append(contentsOf: Bytes.sentenceEnd)
  }

  /// The sentence's tokens with one space wherever the text had whitespace.
  private func writeLine(
    _ sentence: Sentence, _ document: Document, _ bytes: UnsafeBufferPointer<UInt8>, _ base: Int,
    _ out: inout [UInt8]
  ) {
    var previousEnd: Int?
    for token in document.tokens[sentence.tokens] {
      if let previousEnd, previousEnd < token.range.lowerBound { out.append(UInt8(ascii: " ")) }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token.range.shifted(by: -base)]))
      previousEnd = token.range.upperBound
    }
    out.append(UInt8(ascii: "\n"))
  }
}

/// The fixed pieces of `analyze` JSON as bytes, so writing them is a copy.
private enum Bytes {
  static let fileKey = Array(#"{"file":"#.utf8)
  static let startKey = Array(#","start":"#.utf8)
  static let endKey = Array(#","end":"#.utf8)
  static let textKey = Array(#","text":"#.utf8)
  static let tokensKey = Array(#","tokens":["#.utf8)
  static let tokenTextKey = Array(#"{"text":"#.utf8)
  static let kindKey = Array(#","kind":""#.utf8)
  static let syllablesKey = Array(#","syllables":"#.utf8)
  static let sentenceEnd = Array("]}\n".utf8)
  static let kindNames = TokenKind.allCases.map { Array($0.description.utf8) }
}
