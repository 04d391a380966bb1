import DuidelijkMarkup
import DuidelijkText
import Foundation
import Testing

/// The bytes of `Fixtures/name`.
func fixture(_ name: String) throws -> [UInt8] {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
  return [UInt8](try Data(contentsOf: url))
}

/// A source, its prose and the prose segmented.
struct ExtractedSource: Sendable {
  let source: [UInt8]
  let prose: ProseText
  let document: Document

  init(_ source: [UInt8], type: InputType) throws {
    self.source = source
    self.prose = try ProseExtractor.prose(from: source, type: type)
    self.document = try Segmenter().document(for: prose, source: type == .docx ? nil : source)
  }

  init(_ text: String, type: InputType) throws { try self.init(Array(text.utf8), type: type) }

  /// The text of every token.
  var tokenTexts: [String] { document.tokens.map { document.text(of: $0) } }

  /// The text of every token without invisible format characters (soft
  /// hyphens, word joiners), which pad references inside words.
  var visibleTokenTexts: [String] {
    tokenTexts.map {
      String(String.UnicodeScalarView($0.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }))
    }
  }

  /// Every sentence as its tokens joined by single spaces.
  var sentences: [String] {
    document.sentences.map { sentence in
      document.tokens(of: sentence).map { document.text(of: $0) }.joined(separator: " ")
    }
  }

  /// The first token whose text is `text`.
  func token(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Token {
    try #require(document.tokens.first { document.text(of: $0) == text }, sourceLocation: sourceLocation)
  }

  /// The byte range of the first `snippet` in the source.
  func range(of snippet: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Range<Int> {
    let needle = Array(snippet.utf8)
    let start = try #require(
      source.indices.first { source[$0...].starts(with: needle) }, "\(snippet) not in the source",
      sourceLocation: sourceLocation)
    return start..<(start + needle.count)
  }

  /// Checks that the prose keeps the source's layout: same length, line
  /// breaks in the same places, and every prose byte either blank or the
  /// source's own byte, except inside a reference or escape.
  func expectSourceLayout(sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(prose.bytes.count == source.count, sourceLocation: sourceLocation)
    guard prose.bytes.count == source.count else { return }
    let decoded = decodedSpans()
    for index in source.indices {
      let isBreak = source[index] == 0x0A || source[index] == 0x0D
      #expect(isBreak == (prose.bytes[index] == 0x0A || prose.bytes[index] == 0x0D), sourceLocation: sourceLocation)
      if prose.bytes[index] != 0x20 && prose.bytes[index] != source[index] {
        #expect(decoded.contains { $0.contains(index) }, "byte \(index) differs", sourceLocation: sourceLocation)
      }
    }
  }

  /// Checks that no token overlaps the source's `snippets`.
  func expectNoToken(in snippets: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    for snippet in snippets {
      let skipped = try range(of: snippet, sourceLocation: sourceLocation)
      let inside = document.tokens.filter { $0.range.overlaps(skipped) }.map { document.text(of: $0) }
      #expect(inside.isEmpty, "tokens \(inside) inside \(snippet)", sourceLocation: sourceLocation)
    }
  }

  /// Checks that the bytes of `characters` in the source's `snippets` are blank in the prose.
  func expectBlank(_ characters: String, in snippets: [String], sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let syntax = Set(characters.utf8)
    for snippet in snippets {
      for index in try range(of: snippet, sourceLocation: sourceLocation) where syntax.contains(source[index]) {
        #expect(prose.bytes[index] == 0x20, "byte \(index) of \(snippet)", sourceLocation: sourceLocation)
      }
    }
  }

  /// `&…;` references and Markdown backslash escapes in the source.
  private func decodedSpans() -> [Range<Int>] {
    var spans: [Range<Int>] = []
    for index in source.indices {
      if source[index] == UInt8(ascii: "&"), let end = source[index...].prefix(40).firstIndex(of: UInt8(ascii: ";")) {
        spans.append(index..<(end + 1))
      }
      if source[index] == UInt8(ascii: "\\") { spans.append(index..<min(index + 2, source.count)) }
    }
    return spans
  }
}

/// Where `word` must be: its text, 1-based line and column (Unicode
/// scalars), and byte offset into the source.
struct ExpectedWord: Sendable, CustomTestStringConvertible {
  let text: String
  let line: Int
  let column: Int
  let offset: Int

  init(_ text: String, _ line: Int, _ column: Int, byte offset: Int) {
    self.text = text
    self.line = line
    self.column = column
    self.offset = offset
  }

  var testDescription: String { "\(text) at \(line):\(column)" }

  /// Checks that `extracted` has a token `text` at this place.
  func check(in extracted: ExtractedSource, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let token = try extracted.token(text, sourceLocation: sourceLocation)
    #expect(token.range.lowerBound == offset, sourceLocation: sourceLocation)
    let position = extracted.document.position(of: token.range.lowerBound)
    #expect(position == TextPosition(line: line, column: column), sourceLocation: sourceLocation)
  }
}
