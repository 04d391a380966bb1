import DuidelijkTestSupport
import Testing

@testable import DuidelijkText

/// A position cursor, which counts on from the offset before, gives exactly
/// what the line table gives, in text order and out of it.
@Suite("Position cursor")
struct PositionCursorTests {
  /// Lines of every ending (LF, CRLF, lone CR), non-ASCII scalars of one to
  /// four bytes, and one line long enough for the table's checkpoints.
  private static func sample() -> [UInt8] {
    var bytes = Array("\u{FEFF}Eerste regel met café.\r\nTweede: één 👍🏽 € 中文\rderde\n\nvijfde ".utf8)
    let piece = Array("een lange regel, ‘citaat’ – ".utf8)
    while bytes.count < 12_000 { bytes += piece }
    bytes += Array("\nlaatste\r\n".utf8)
    return bytes
  }

  @Test(arguments: [ColumnUnit.unicodeScalars, .utf16, .utf8])
  func cursorMatchesTheTable(unit: ColumnUnit) {
    let bytes = Self.sample()
    let base = 500
    let table = LineTable(bytes: bytes, baseOffset: base, firstLine: 3)
    let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
    // In order, with repeats; then offsets at random, as overlapping findings ask.
    var offsets = boundaries.flatMap { [$0, $0] }
    var generator = SeededGenerator(state: 11)
    for _ in 0..<2_000 { offsets.append(boundaries.randomElement(using: &generator)!) }
    var cursor = table.cursor(columnUnit: unit)
    var wrong: [Int] = []
    for offset in offsets where cursor.position(of: base + offset) != table.position(of: base + offset, columnUnit: unit) {
      wrong.append(offset)
    }
    #expect(wrong.isEmpty, "wrong positions at offsets \(wrong.prefix(10))")
  }
}
