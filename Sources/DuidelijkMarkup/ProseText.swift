import DuidelijkText

/// The prose of a Markdown, HTML or Word input, ready to segment.
///
/// For Markdown and HTML, `bytes` is as long as the source and has its line
/// breaks where the source has them: every byte that is not prose is a space.
/// Offsets and lines of the prose are therefore those of the file (columns
/// too, when segmented with `Segmenter.document(for:source:baseOffset:)`).
/// A character reference (`&eacute;`) leaves its character at the start of
/// its span and blanks the rest, or fills it with invisible format
/// characters when a word goes on after it; an escape (`\*`) blanks the
/// backslash. For `.docx`, `bytes` is the extracted plain text, one
/// paragraph per line.
public struct ProseText: Sendable, Equatable {
  /// UTF-8 text to segment.
  public var bytes: [UInt8]
  /// Ascending offsets into `bytes` where a unit (heading, list item, table
  /// cell, paragraph, block, attribute text) starts; see `TextChunk.unitBreaks`.
  public var unitBreaks: [Int]
  /// `duidelijk-disable` comments, in source order.
  public var directives: [InlineDirective]

  /// Prose from its parts.
  public init(bytes: [UInt8], unitBreaks: [Int] = [], directives: [InlineDirective] = []) {
    self.bytes = bytes
    self.unitBreaks = unitBreaks
    self.directives = directives
  }

  /// A chunk to hand to `Segmenter`, its offsets starting at `baseOffset`
  /// (3 after a byte-order mark the extractor did not see).
  public func chunk(baseOffset: Int = 0) -> TextChunk {
    // The markup's own units replace the line-layout guesses of plain text.
    TextChunk(bytes: bytes, baseOffset: baseOffset, unitBreaks: unitBreaks, layoutFromLines: false)
  }
}
