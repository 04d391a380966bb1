import Testing

@testable import DuidelijkText

@Suite("Reading input")
struct ChunkedReaderTests {
  private func chunks(_ bytes: [UInt8], chunkSize: Int = 256 << 10, maximum: Int = 4 << 20) throws -> [TextChunk] {
    let reader = ChunkedReader(source: MemorySource(bytes), chunkSize: chunkSize, maximumChunkSize: maximum)
    var result: [TextChunk] = []
    while let chunk = try reader.next() { result.append(chunk) }
    return result
  }

  private func text(of chunks: [TextChunk]) -> String {
    String(decoding: chunks.flatMap(\.bytes), as: UTF8.self)
  }

  @Test func decodesUTF16WithByteOrderMark() throws {
    let text = "Één zin 👍🏽."
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [little, big] {
      let read = try chunks(bytes)
      #expect(self.text(of: read) == text)
      #expect(read.first?.baseOffset == 3)
    }
  }

  @Test func refusesUTF16WithoutByteOrderMark() {
    let bytes: [UInt8] = "Dit is een zin.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(throws: InputError.utf16WithoutByteOrderMark(offset: 1)) { try chunks(bytes) }
  }

  @Test func namesTheOffsetOfInvalidUTF8() {
    let bytes = Array("Goed tot hier: ".utf8) + [0xC3, 0x28] + Array(" en verder.".utf8)
    #expect(throws: InputError.invalidUTF8(offset: 15)) { try chunks(bytes) }
    #expect(throws: InputError.invalidUTF8(offset: 3)) { try chunks([0x61, 0x62, 0x63, 0xFF]) }
    #expect(throws: InputError.invalidUTF8(offset: 2)) { try chunks([0x61, 0x62, 0xE2, 0x82]) }
  }

  @Test func refusesNULBytes() {
    #expect(throws: InputError.binaryContent(offset: 5)) { try chunks(Array("Tekst".utf8) + [0] + Array("meer".utf8)) }
  }

  @Test func cutsAtBlankLinesAndKeepsNumbering() throws {
    let paragraph = "Dit is een alinea met een paar woorden erin.\nEn een tweede regel.\n\n"
    let bytes = Array(String(repeating: paragraph, count: 200).utf8)
    let read = try chunks(bytes, chunkSize: 1000)
    #expect(read.count > 5)
    #expect(text(of: read) == String(decoding: bytes, as: UTF8.self))
    for chunk in read {
      #expect(chunk.bytes.starts(with: Array("Dit".utf8)))
      // Three lines per paragraph: the chunk starts on a line 3k + 1.
      #expect((chunk.firstLine - 1) % 3 == 0)
    }
  }

  @Test func cutsAnOversizedParagraphAndCarriesTheColumn() throws {
    let line = String(repeating: "woord ", count: 2000)
    let read = try chunks(Array(line.utf8), chunkSize: 1000, maximum: 2000)
    #expect(read.count > 1)
    #expect(text(of: read) == line)
    let second = read[1]
    #expect(second.firstLine == 1)
    #expect(second.firstLinePrefix.scalars == read[0].bytes.count)
  }

  @Test func chunkedSegmentationMatchesWholeSegmentation() throws {
    let paragraph = "Geachte dhr. Jansen,\n\nWij schrijven u i.v.m. uw brief. Zie www.gemeente.nl.\n- punt één\n- punt twee\n\n"
    let bytes = Array(String(repeating: paragraph, count: 50).utf8)
    let segmenter = try Segmenter()
    let whole = try segmenter.document(for: TextChunk(bytes: bytes, baseOffset: 0))
    var tokens: [Token] = []
    var sentences: [TextRange] = []
    var positions: [TextPosition] = []
    for chunk in try chunks(bytes, chunkSize: 500) {
      let document = try segmenter.document(for: chunk)
      tokens += document.tokens
      sentences += document.sentences.map(\.range)
      positions += document.sentences.map { document.position(of: $0.range.lowerBound) }
    }
    #expect(tokens == whole.tokens)
    #expect(sentences == whole.sentences.map(\.range))
    #expect(positions == whole.sentences.map { whole.position(of: $0.range.lowerBound) })
  }
}
