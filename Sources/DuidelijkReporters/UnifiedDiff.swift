/// A unified diff of a text and its fixed version, built from the edits
/// themselves (the lines they touch plus three lines of context), so no
/// general diff algorithm is needed.
public enum UnifiedDiff {
  /// Lines of context around each change.
  public static let context = 3

  /// An edit: bytes of the original and what replaces them.
  public typealias Edit = (range: Range<Int>, replacement: [UInt8])

  /// The diff with `---`/`+++` headers naming `path`; empty when nothing changed.
  /// `edits` are sorted and do not overlap.
  public static func diff(path: String, original: [UInt8], edits: [Edit]) -> [UInt8] {
    guard !edits.isEmpty else { return [] }
    let lines = lineRanges(of: original)
    // Changed blocks: runs of lines touched by edits, with their edits.
    var blocks: [(lines: ClosedRange<Int>, edits: [Edit])] = []
    for edit in edits {
      let first = lineIndex(of: edit.range.lowerBound, in: lines)
      let last = lineIndex(of: max(edit.range.lowerBound, edit.range.upperBound - 1), in: lines)
      if let lines = blocks.last?.lines, lines.upperBound >= first {
        // Grown in place (no copy of the block held): copying the block's
        // edits for each new one was quadratic on a long line with many edits.
        blocks[blocks.count - 1].lines = lines.lowerBound...max(lines.upperBound, last)
        blocks[blocks.count - 1].edits.append(edit)
      } else {
        blocks.append((first...last, [edit]))
      }
    }
    // Hunks: blocks whose context touches.
    var hunks: [[(lines: ClosedRange<Int>, edits: [Edit])]] = []
    for block in blocks {
      if let previous = hunks.last?.last, previous.lines.upperBound + 2 * context >= block.lines.lowerBound - 1 {
        hunks[hunks.count - 1].append(block)
      } else {
        hunks.append([block])
      }
    }
    var out: [UInt8] = Array("--- a/\(path)\n+++ b/\(path)\n".utf8)
    var shift = 0
    for hunk in hunks {
      let start = max(0, hunk.first!.lines.lowerBound - context)
      let end = min(lines.count - 1, hunk.last!.lines.upperBound + context)
      var body: [UInt8] = []
      var oldCount = 0
      var newCount = 0
      var line = start
      for block in hunk {
        while line < block.lines.lowerBound {
          body.append(UInt8(ascii: " "))
          appendLine(Array(original[lines[line]]), to: &body)
          line += 1
          oldCount += 1
          newCount += 1
        }
        let oldRange = lines[block.lines.lowerBound].lowerBound..<lines[block.lines.upperBound].upperBound
        var replaced: [UInt8] = []
        var position = oldRange.lowerBound
        for edit in block.edits {
          replaced += original[position..<edit.range.lowerBound]
          replaced += edit.replacement
          position = edit.range.upperBound
        }
        replaced += original[position..<oldRange.upperBound]
        for old in split(Array(original[oldRange])) {
          body.append(UInt8(ascii: "-"))
          appendLine(old, to: &body)
          oldCount += 1
        }
        for new in split(replaced) {
          body.append(UInt8(ascii: "+"))
          appendLine(new, to: &body)
          newCount += 1
        }
        line = block.lines.upperBound + 1
      }
      while line <= end {
        body.append(UInt8(ascii: " "))
        appendLine(Array(original[lines[line]]), to: &body)
        line += 1
        oldCount += 1
        newCount += 1
      }
      out += Array("@@ -\(start + 1),\(oldCount) +\(start + 1 + shift),\(newCount) @@\n".utf8) + body
      shift += newCount - oldCount
    }
    return out
  }

  private static func appendLine(_ line: [UInt8], to out: inout [UInt8]) {
    out.append(contentsOf: line)
    if line.last != 0x0A { out.append(contentsOf: "\n\\ No newline at end of file\n".utf8) }
  }

  /// Byte ranges of the lines of `text`, each with its line break.
  static func lineRanges(of text: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (index, byte) in text.enumerated() where byte == 0x0A {
      ranges.append(start..<index + 1)
      start = index + 1
    }
    if start < text.count || ranges.isEmpty { ranges.append(start..<text.count) }
    return ranges
  }

  private static func split(_ text: [UInt8]) -> [[UInt8]] {
    lineRanges(of: text).map { Array(text[$0]) }.filter { !$0.isEmpty }
  }

  private static func lineIndex(of offset: Int, in lines: [Range<Int>]) -> Int {
    var low = 0
    var high = lines.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lines[middle].lowerBound <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
