import Testing

@testable import DuidelijkText

@Suite("Positions")
struct PositionTests {
  private func document(_ bytes: [UInt8]) throws -> Document {
    let reader = ChunkedReader(source: MemorySource(bytes))
    let chunk = try #require(try reader.next())
    return try Segmenter().document(for: chunk)
  }

  @Test func offsetsAndColumnsOnNonASCIIText() throws {
    let document = try self.document(Array("Één café’s.\nDaarná 👍🏽 één zin.".utf8))
    let tokens = document.tokens.map { (document.text(of: $0), $0.range) }
    // "Één" is 5 bytes (É and é are two each).
    #expect(tokens[0] == ("Één", 0..<5))
    let emoji = try #require(document.tokens.first { document.text(of: $0).unicodeScalars.first == "👍" })
    #expect(document.position(of: emoji.range.lowerBound) == TextPosition(line: 2, column: 8))
    // 👍🏽 is two scalars: the column after it counts both.
    #expect(document.position(of: emoji.range.upperBound) == TextPosition(line: 2, column: 10))
    #expect(document.position(of: emoji.range.lowerBound, columnUnit: .utf16) == TextPosition(line: 2, column: 8))
    #expect(document.position(of: emoji.range.upperBound, columnUnit: .utf16) == TextPosition(line: 2, column: 12))
  }

  @Test func scalarCountsAgreeWithSwiftOnEveryRangeOfMixedText() {
    // Long enough for the eight-bytes-at-a-time path, with scalars of every length.
    let text = "Één café’s in ’s-Hertogenbosch 👍🏽 kost € 12,50; coördinatie ïs lastig. 中文 ok"
    let bytes = Array(text.utf8)
    var wrong: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { buffer in
      for start in 0..<bytes.count {
        for end in start...bytes.count {
          let expected = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
          if UTF8Bytes.scalarCount(in: buffer, start..<end) != expected { wrong.append(start..<end) }
        }
      }
    }
    #expect(wrong.isEmpty)
    #expect(bytes.withUnsafeBufferPointer { UTF8Bytes.scalarCount(in: $0, 0..<bytes.count) } == text.unicodeScalars.count)
  }

  @Test func byteOrderMarkCountsInOffsetsButNotInColumns() throws {
    let document = try self.document([0xEF, 0xBB, 0xBF] + Array("Dit is één zin.".utf8))
    let first = try #require(document.tokens.first)
    #expect(first.range == 3..<6)
    #expect(document.position(of: first.range.lowerBound) == TextPosition(line: 1, column: 1))
    #expect(document.text(of: first) == "Dit")
  }

  @Test func crlfLineEnds() throws {
    let document = try self.document(Array("Eerste zin.\r\nTweede zin.\r\n\r\nDerde zin.\rVierde zin.".utf8))
    let lines = document.sentences.map { document.position(of: $0.range.lowerBound) }
    #expect(lines == [
      TextPosition(line: 1, column: 1), TextPosition(line: 2, column: 1),
      TextPosition(line: 4, column: 1), TextPosition(line: 5, column: 1),
    ])
    #expect(document.sentences[1].range == 13..<24)
  }
}
