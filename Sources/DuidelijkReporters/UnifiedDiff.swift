/// A unified diff of a text and its fixed version, built from the edits
/// themselves (the lines they touch plus three lines of context), so no
/// general diff algorithm is needed.
public enum UnifiedDiff {
  /// Lines of context around each change.
  public static let context = 3

  /// The diff, with `---`/`+++` headers naming `path`; empty when nothing changed.
  /// `edits` are (range in `original`, replacement) pairs, sorted and not overlapping.
  public static func diff(path: String, original: [UInt8], edits: [(range: Range<Int>, replacement: [UInt8])]) -> [UInt8] {
    guard !edits.isEmpty else { return [] }
    let lines = lineRanges(of: original)
    // Group edits into hunks of touched lines with overlapping context.
    var hunks: [(lines: ClosedRange<Int>, edits: [(range: Range<Int>, replacement: [UInt8])])] = []
    for edit in edits {
      let first = lineIndex(of: edit.range.lowerBound, in: lines)
      let last = lineIndex(of: max(edit.range.lowerBound, edit.range.upperBound - 1), in: lines)
      let span = max(0, first - context)...min(lines.count - 1, last + context)
      if let previous = hunks.last, previous.lines.upperBound + 1 >= span.lowerBound {
        hunks[hunks.count - 1] = (previous.lines.lowerBound...max(previous.lines.upperBound, span.upperBound), previous.edits + [edit])
      } else {
        hunks.append((span, [edit]))
      }
    }
    var out: [UInt8] = Array("--- a/\(path)\n+++ b/\(path)\n".utf8)
    var shift = 0
    for hunk in hunks {
      let oldStart = lines[hunk.lines.lowerBound].lowerBound
      let oldEnd = lines[hunk.lines.upperBound].upperBound
      var newText: [UInt8] = []
      var position = oldStart
      for edit in hunk.edits {
        newText.append(contentsOf: original[position..<edit.range.lowerBound])
        newText.append(contentsOf: edit.replacement)
        position = edit.range.upperBound
      }
      newText.append(contentsOf: original[position..<oldEnd])
      let oldLines = split(Array(original[oldStart..<oldEnd]))
      let newLines = split(newText)
      let oldFirst = hunk.lines.lowerBound + 1
      out.append(contentsOf: "@@ -\(oldFirst),\(oldLines.count) +\(oldFirst + shift),\(newLines.count) @@\n".utf8)
      for line in oldLines { out.append(UInt8(ascii: "-")); appendLine(line, to: &out) }
      for line in newLines { out.append(UInt8(ascii: "+")); appendLine(line, to: &out) }
      shift += newLines.count - oldLines.count
    }
    return out
  }

  private static func appendLine(_ line: [UInt8], to out: inout [UInt8]) {
    out.append(contentsOf: line)
    if line.last != 0x0A {
      out.append(contentsOf: "\n\\ No newline at end of file\n".utf8)
    }
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
    lines.firstIndex { $0.contains(offset) } ?? lines.count - 1
  }
}
