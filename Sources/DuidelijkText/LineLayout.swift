/// Fast scans for line breaks (LF, CRLF, lone CR).
enum LineBreaks {
  /// Whether any byte of `word` is LF or CR.
  @inline(__always)
  private static func mayHoldLineBreak(_ word: UInt64) -> Bool {
    let lf = word ^ 0x0A0A_0A0A_0A0A_0A0A
    let cr = word ^ 0x0D0D_0D0D_0D0D_0D0D
    let low: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    return ((lf &- low) & ~lf & high) | ((cr &- low) & ~cr & high) != 0
  }

  /// Offsets (relative to `text`) at which lines start; the first is 0.
  static func lineStarts(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    let count = text.count
    var index = 0
    while index < count {
      if index + 8 <= count,
        !mayHoldLineBreak(UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = text[index]
      if byte == 0x0A {
        starts.append(index + 1)
      } else if byte == 0x0D {
        if index + 1 < count && text[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    return starts
  }
}

/// The lines of a chunk and what the splitter asks of them: length,
/// indentation, and the longest line of the block (lines between blank
/// lines) a line is in. Lengths are counted when first asked for.
final class LineLayout {
  /// Relative offsets of line starts.
  let starts: [Int]
  private let text: UnsafeBufferPointer<UInt8>
  private var lengths: [Int32]
  private var blockLongest: [Int32]

  init(text: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) {
    self.text = text
    self.starts = lineStarts
    lengths = Array(repeating: -1, count: lineStarts.count)
    blockLongest = Array(repeating: -1, count: lineStarts.count)
  }

  /// Number of lines.
  var count: Int { starts.count }

  /// Byte range of line `index` without its line break.
  func range(ofLine index: Int) -> Range<Int> {
    var end = index + 1 < starts.count ? starts[index + 1] : text.count
    if end > starts[index] && text[end - 1] == 0x0A { end -= 1 }
    if end > starts[index] && text[end - 1] == 0x0D { end -= 1 }
    return starts[index]..<end
  }

  /// Index of the line holding `offset`.
  func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Scalars of line `index`, trailing spaces left out.
  func length(ofLine index: Int) -> Int {
    if lengths[index] >= 0 { return Int(lengths[index]) }
    let range = range(ofLine: index)
    var end = range.upperBound
    while end > range.lowerBound && (text[end - 1] == 0x20 || text[end - 1] == 0x09) { end -= 1 }
    let length = UTF8Bytes.scalarCount(in: text, range.lowerBound..<end)
    lengths[index] = Int32(clamping: length)
    return length
  }

  /// The longest line of the block that line `index` is in.
  func longestInBlock(ofLine index: Int) -> Int {
    if blockLongest[index] >= 0 { return Int(blockLongest[index]) }
    var first = index
    while first > 0 && length(ofLine: first - 1) > 0 { first -= 1 }
    var last = index
    while last + 1 < count && length(ofLine: last + 1) > 0 { last += 1 }
    let longest = (first...last).reduce(0) { max($0, length(ofLine: $1)) }
    for line in first...last { blockLongest[line] = Int32(clamping: longest) }
    return longest
  }

  /// Leading spaces and tabs of line `index`.
  func indent(ofLine index: Int) -> Int {
    let range = range(ofLine: index)
    var offset = range.lowerBound
    while offset < range.upperBound && (text[offset] == 0x20 || text[offset] == 0x09) { offset += 1 }
    return offset - range.lowerBound
  }
}
