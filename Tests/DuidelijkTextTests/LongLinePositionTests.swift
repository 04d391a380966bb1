import Testing

@testable import DuidelijkText

/// Columns on lines long enough for the line table's checkpoints (every 4 KiB
/// of a long line) agree with counting from the line start.
@Suite("Positions on long lines")
struct LongLinePositionTests {
  @Test func checkpointedColumnsMatchCountingFromTheLineStart() {
    // Scalars of one to four bytes, so checkpoints fall inside sequences and are moved to a boundary.
    let piece = Array("een café’s 👍🏽 € 中文 ".utf8)
    var bytes: [UInt8] = Array("Kort.\r\n".utf8)
    while bytes.count < 30_000 { bytes += piece }
    bytes += Array("\nnog een regel\n".utf8)
    while bytes.count < 50_000 { bytes += piece }
    let base = 1_000
    var prefix = LinePrefix()  // the first line began in an earlier chunk
    prefix.scalars = 7
    prefix.utf16 = 9
    prefix.utf8 = 11
    let table = LineTable(bytes: bytes, baseOffset: base, firstLine: 4, firstLinePrefix: prefix)
    let starts = table.lineStarts.map { $0 - base }
    var wrong: [Int] = []
    for offset in stride(from: 0, through: bytes.count, by: 37) where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
      let lineIndex = starts.lastIndex { $0 <= offset }!
      let line = bytes[starts[lineIndex]..<offset]
      let scalars = line.filter { $0 & 0xC0 != 0x80 }.count
      let utf16 = line.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : $1 >= 0xF0 ? 2 : 1) }
      let carried = lineIndex == 0 ? prefix : LinePrefix()
      let expected = [
        TextPosition(line: 4 + lineIndex, column: carried.scalars + scalars + 1),
        TextPosition(line: 4 + lineIndex, column: carried.utf16 + utf16 + 1),
        TextPosition(line: 4 + lineIndex, column: carried.utf8 + line.count + 1),
      ]
      let found = [ColumnUnit.unicodeScalars, .utf16, .utf8].map { table.position(of: base + offset, columnUnit: $0) }
      if found != expected { wrong.append(offset) }
    }
    #expect(wrong.isEmpty, "wrong columns at offsets \(wrong.prefix(10))")
  }
}
