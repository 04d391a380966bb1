/// Front matter: a YAML block between `---` lines, or TOML between `+++`
/// lines, at the very top of a Markdown file. It is metadata, not prose.
enum FrontMatter {
  /// The front matter of `source` starting at `start` (0, or 3 after a
  /// byte-order mark), through its closing line, or nil when there is none.
  static func range(in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
    let fence: UInt8
    switch source.count > start ? source[start] : 0 {
    case UInt8(ascii: "-"): fence = UInt8(ascii: "-")
    case UInt8(ascii: "+"): fence = UInt8(ascii: "+")
    default: return nil
    }
    var lineStart = start
    var isFirstLine = true
    while lineStart < source.count {
      var lineEnd = lineStart
      while lineEnd < source.count && source[lineEnd] != 0x0A && source[lineEnd] != 0x0D { lineEnd += 1 }
      let isFence =
        isFenceLine(source, lineStart..<lineEnd, fence: fence)
        || (!isFirstLine && fence == UInt8(ascii: "-")
          && isFenceLine(source, lineStart..<lineEnd, fence: UInt8(ascii: ".")))
      if isFirstLine {
        guard isFence else { return nil }
        isFirstLine = false
      } else if isFence {
        return start..<lineEnd
      }
      lineStart = lineEnd
      if lineStart < source.count && source[lineStart] == 0x0D { lineStart += 1 }
      if lineStart < source.count && source[lineStart] == 0x0A { lineStart += 1 }
    }
    return nil
  }

  /// Exactly three `fence` bytes, then only spaces or tabs.
  private static func isFenceLine(_ source: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, fence: UInt8) -> Bool {
    guard line.count >= 3, source[line.lowerBound] == fence, source[line.lowerBound + 1] == fence,
      source[line.lowerBound + 2] == fence
    else { return false }
    return line.dropFirst(3).allSatisfy { source[$0] == 0x20 || source[$0] == 0x09 }
  }
}
