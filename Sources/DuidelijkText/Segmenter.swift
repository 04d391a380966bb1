/// Turns Dutch text into a `Document`: tokens, sentences, paragraphs and a line table.
///
/// A segmenter owns ICU break iterators, which are not thread-safe: use one
/// per thread. Creating one is cheap after the first.
public final class Segmenter {
  private let tokenizer: Tokenizer
  private let splitter: SentenceSplitter

  /// A segmenter that knows the abbreviations of `abbreviations`.
  public convenience init(abbreviations: AbbreviationLexicon = .builtin) throws(ICUError) {
    try self.init(abbreviations: abbreviations, wordBreaksByICUOnly: false)
  }

  /// A segmenter whose word boundaries all come from ICU if
  /// `wordBreaksByICUOnly`, also in the common text the shim breaks by
  /// itself: the tokens are the same (tests and the fuzzer compare both), only
  /// found more slowly.
  public init(abbreviations: AbbreviationLexicon = .builtin, wordBreaksByICUOnly: Bool) throws(ICUError) {
    tokenizer = try Tokenizer(abbreviations: abbreviations, wordBreaksByICUOnly: wordBreaksByICUOnly)
    splitter = try SentenceSplitter(abbreviations: abbreviations)
  }

  /// Segments a whole text held in memory (for tests and the library API).
  public func document(for text: String) throws(ICUError) -> Document {
    try document(for: TextChunk(bytes: Array(text.utf8), baseOffset: 0))
  }

  /// Segments one chunk of input.
  public func document(for chunk: TextChunk) throws(ICUError) -> Document {
    let bytes = chunk.bytes
    var (tokens, sentences, paragraphs, lineStarts) = try bytes.withUnsafeBufferPointer { buffer throws(ICUError) in
      let lineStarts = LineBreaks.lineStarts(in: buffer)
      let tokens = try tokenizer.tokens(in: buffer)
      let (sentences, paragraphs) = try splitter.split(
        tokens, in: buffer, lineStarts: lineStarts, unitBreaks: chunk.unitBreaks, layoutFromLines: chunk.layoutFromLines)
      return (tokens, sentences, paragraphs, lineStarts)
    }
    // Segmentation works on chunk-relative offsets; the document holds absolute ones.
    let base = chunk.baseOffset
    if base != 0 {
      for index in tokens.indices { tokens[index].range = tokens[index].range.shifted(by: base) }
      for index in sentences.indices { sentences[index].range = sentences[index].range.shifted(by: base) }
      for index in paragraphs.indices { paragraphs[index].range = paragraphs[index].range.shifted(by: base) }
    }
    return Document(
      bytes: bytes, baseOffset: base, tokens: tokens, sentences: sentences, paragraphs: paragraphs,
      lineTable: LineTable(
        bytes: bytes, baseOffset: base, lineStarts: lineStarts.map { $0 + base }, firstLine: chunk.firstLine,
        firstLinePrefix: chunk.firstLinePrefix))
  }

  /// The version of the ICU library in use.
  public static var icuVersion: String { ICUBreakIterator.icuVersion }
}

extension Range where Bound == Int {
  /// The same range moved by `offset`.
  @inlinable @inline(__always)
  public func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}
