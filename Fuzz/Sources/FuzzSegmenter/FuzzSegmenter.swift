import DirectDuidelijk
import FuzzSupport

// Fuzzes the input decoder and the segmenter.
//
// Any bytes go through `ChunkedReader` (default chunks, and tiny ones that
// force cuts inside paragraphs and lines), held against a reference decoder:
// invalid input must give the right `InputError`, never a crash. Every chunk
// of text, and the whole text as one chunk, is segmented, and the document's
// tokens, sentences, paragraphs and line table are checked. The tokens must
// be those found when ICU breaks every word (the shim breaks common text itself).

/// One segmenter for the whole run (ICU break iterators are costly to open).
nonisolated(unsafe) let segmenter: Segmenter = {
  do { return try Segmenter() } catch { fatalError("cannot open ICU break iterators: \(error)") }
}()

/// The same with every word boundary from ICU, to compare with.
nonisolated(unsafe) let icuSegmenter: Segmenter = {
  do { return try Segmenter(wordBreaksByICUOnly: true) } catch { fatalError("cannot open ICU break iterators: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let raw = Array(UnsafeBufferPointer(start: data, count: size))
  // The reader as `duidelijk` uses it, and with tiny chunks.
  guard let chunks = checkedChunks(raw) else {
    _ = checkedChunks(raw, chunkSize: 16, maximumChunkSize: 48)
    return 0
  }
  let small = checkedChunks(raw, chunkSize: 16, maximumChunkSize: 48)
  require(small != nil, "tiny chunks rejected what default chunks accepted")

  let text = chunks.flatMap(\.bytes)
  let textBase = chunks.first?.baseOffset ?? 0
  let reference = ReferencePositions(text)

  // The whole text in one chunk, as the library API and small files get it.
  check(TextChunk(bytes: text, baseOffset: textBase), text: text, textBase: textBase, reference, label: "whole")
  // The same without offset, as `Segmenter.document(for: String)` gives it.
  if textBase != 0, let string = String(validating: text, as: UTF8.self) {
    let document = segment(string)
    checkDocument(document, chunk: TextChunk(bytes: text, baseOffset: 0), label: "string")
  }
  // Each chunk of the tiny-chunk reader, with offsets and line numbers carried on.
  for (index, chunk) in small!.enumerated() {
    check(chunk, text: text, textBase: textBase, reference, label: "chunk \(index)")
  }
  return 0
}

private func segment(_ string: String) -> Document {
  do { return try segmenter.document(for: string) } catch { fatalError("ICU failed on text: \(error)") }
}

private func check(
  _ chunk: TextChunk, text: [UInt8], textBase: Int, _ reference: ReferencePositions, label: String
) {
  let document: Document
  do { document = try segmenter.document(for: chunk) } catch { fatalError("ICU failed on a chunk: \(error)") }
  checkDocument(document, chunk: chunk, label: label)
  let byICU: Document
  do { byICU = try icuSegmenter.document(for: chunk) } catch { fatalError("ICU failed on a chunk: \(error)") }
  require(document.tokens == byICU.tokens, "\(label): tokens differ from those of ICU's word breaks alone")
  require(document.sentences == byICU.sentences, "\(label): sentences differ from those with ICU's word breaks alone")

  // Lines and columns: at every scalar boundary of small chunks; of large
  // ones at every token and sentence edge, line start and a sample (the
  // lookup counts from the line start, so checking everything is quadratic).
  var offsets: [Int]
  if chunk.bytes.count <= 1024 {
    offsets = Array(document.range.lowerBound...document.range.upperBound)
  } else {
    offsets = document.tokens.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
    offsets += document.sentences.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
    offsets += document.lineTable.lineStarts
    offsets += stride(from: document.range.lowerBound, through: document.range.upperBound, by: 37)
    offsets += [document.range.lowerBound, document.range.upperBound]
    offsets = Array(Set(offsets)).sorted()
  }
  checkPositions(document, reference, textBase: textBase, offsets: offsets, label: label)

  // Line table: starts ascending, the first at the chunk start, each after a line break.
  let starts = document.lineTable.lineStarts
  require(starts.first == document.range.lowerBound, "\(label): first line start \(String(describing: starts.first))")
  for (previous, next) in zip(starts, starts.dropFirst()) {
    require(previous < next, "\(label): line starts not ascending: \(previous), \(next)")
  }
  for start in starts.dropFirst() {
    let byte = chunk.bytes[start - 1 - chunk.baseOffset]
    require(byte == 0x0A || byte == 0x0D, "\(label): line start \(start) not after a line break")
  }
  require(document.lineTable.firstLine == chunk.firstLine, "\(label): firstLine")
}

/// Ranges and order of tokens, sentences and paragraphs.
private func checkDocument(_ document: Document, chunk: TextChunk, label: String) {
  let bytes = chunk.bytes
  let base = chunk.baseOffset
  let whole = base..<(base + bytes.count)
  require(document.range == whole, "\(label): document range \(document.range), expected \(whole)")
  require(document.bytes == bytes, "\(label): document bytes differ from the chunk")

  func inText(_ range: TextRange, _ what: String) {
    require(
      range.lowerBound >= whole.lowerBound && range.upperBound <= whole.upperBound,
      "\(label): \(what) \(range) outside the text \(whole) in \(describe(bytes))")
    require(
      isBoundary(bytes, range.lowerBound - base) && isBoundary(bytes, range.upperBound - base),
      "\(label): \(what) \(range) not on scalar boundaries in \(describe(bytes))")
  }

  // Tokens: inside, non-empty, in order, apart, and not whitespace.
  var previousEnd = whole.lowerBound
  for (index, token) in document.tokens.enumerated() {
    let range = token.range
    require(!range.isEmpty, "\(label): token \(index) is empty at \(range.lowerBound)")
    inText(range, "token \(index)")
    require(
      range.lowerBound >= previousEnd,
      "\(label): token \(index) \(range) overlaps or precedes the one before (ending at \(previousEnd)) in \(describe(bytes))")
    previousEnd = range.upperBound
    let tokenText = document.text(of: token)
    require(
      !tokenText.unicodeScalars.allSatisfy(UTF8Bytes.isWhitespace),
      "\(label): token \(index) is whitespace: \(describe(Array(tokenText.utf8)))")
    let first = bytes[range.lowerBound - base]
    let last = bytes[range.upperBound - 1 - base]
    require(
      !UTF8Bytes.isASCIIWhitespace(first) && !UTF8Bytes.isASCIIWhitespace(last),
      "\(label): token \(index) starts or ends with whitespace: \(describe(Array(tokenText.utf8)))")
    let viaPointer = document.withBytes(range) { Array($0) }
    require(viaPointer == Array(tokenText.utf8), "\(label): withBytes and text differ for token \(index)")
  }

  // Sentences: cover the tokens in order, each its tokens' span.
  var nextToken = 0
  var previousSentenceEnd = whole.lowerBound
  for (index, sentence) in document.sentences.enumerated() {
    require(!sentence.tokens.isEmpty, "\(label): sentence \(index) has no tokens")
    require(
      sentence.tokens.lowerBound == nextToken,
      "\(label): sentence \(index) starts at token \(sentence.tokens.lowerBound), expected \(nextToken) in \(describe(bytes))")
    require(sentence.tokens.upperBound <= document.tokens.count, "\(label): sentence \(index) tokens past the end")
    nextToken = sentence.tokens.upperBound
    inText(sentence.range, "sentence \(index)")
    let span = document.tokens[sentence.tokens.lowerBound].range.lowerBound..<document.tokens[sentence.tokens.upperBound - 1].range.upperBound
    require(sentence.range == span, "\(label): sentence \(index) range \(sentence.range), its tokens span \(span)")
    require(sentence.range.lowerBound >= previousSentenceEnd, "\(label): sentence \(index) overlaps the one before")
    previousSentenceEnd = sentence.range.upperBound
    let words = document.tokens(of: sentence).filter(\.isWordLike).count
    require(sentence.wordCount == words, "\(label): sentence \(index) wordCount \(sentence.wordCount), counted \(words)")
  }
  require(
    nextToken == document.tokens.count,
    "\(label): sentences cover \(nextToken) of \(document.tokens.count) tokens in \(describe(bytes))")

  // Paragraphs: cover the sentences in order.
  var nextSentence = 0
  for (index, paragraph) in document.paragraphs.enumerated() {
    require(!paragraph.sentences.isEmpty, "\(label): paragraph \(index) has no sentences")
    require(paragraph.sentences.lowerBound == nextSentence, "\(label): paragraph \(index) does not follow on")
    require(paragraph.sentences.upperBound <= document.sentences.count, "\(label): paragraph \(index) past the end")
    nextSentence = paragraph.sentences.upperBound
    inText(paragraph.range, "paragraph \(index)")
    let span = document.sentences[paragraph.sentences.lowerBound].range.lowerBound..<document.sentences[paragraph.sentences.upperBound - 1].range.upperBound
    require(paragraph.range == span, "\(label): paragraph \(index) range \(paragraph.range), its sentences span \(span)")
  }
  require(nextSentence == document.sentences.count, "\(label): paragraphs cover \(nextSentence) of \(document.sentences.count) sentences")
}
