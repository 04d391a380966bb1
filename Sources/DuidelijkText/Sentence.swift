/// How a sentence sits in the layout of the text.
public enum SentenceLayout: UInt8, Sendable {
  /// Running text.
  case prose
  /// A short line on its own without final punctuation: a title or heading.
  case heading
  /// An item of a bulleted or numbered list.
  case listItem
}

/// One sentence, or a heading or list item, which count as units of their own.
public struct Sentence: Sendable, Hashable {
  /// From the first to the last byte of its first and last token.
  public var range: TextRange
  /// Indices into `Document.tokens`.
  public var tokens: Range<Int>
  /// Where the sentence sits in the layout.
  public var layout: SentenceLayout
  /// Number of word-like tokens (words, numbers, abbreviations).
  public var wordCount: Int

  /// A sentence over `tokens` spanning `range`.
  public init(range: TextRange, tokens: Range<Int>, layout: SentenceLayout, wordCount: Int) {
    self.range = range
    self.tokens = tokens
    self.layout = layout
    self.wordCount = wordCount
  }
}

/// A paragraph: sentences between blank lines; a heading or a list item is a paragraph of its own.
public struct Paragraph: Sendable, Hashable {
  /// From its first to its last token.
  public var range: TextRange
  /// Indices into `Document.sentences`.
  public var sentences: Range<Int>

  /// A paragraph of `sentences` spanning `range`.
  public init(range: TextRange, sentences: Range<Int>) {
    self.range = range
    self.sentences = sentences
  }
}
