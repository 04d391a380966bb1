import DuidelijkData

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How common Dutch words are: Zipf frequencies from `wordlists/frequency-nl.tsv`
/// (wordfreq, CC BY-SA 4.0), looked up by lower-case UTF-8 bytes.
///
/// The list is sorted by its words' bytes, so a lookup is a binary search
/// over the embedded text itself: start-up only finds the line starts.
public final class FrequencyLexicon: Sendable {
  private let bytes: [UInt8]
  /// Where each entry's line starts, in word order.
  private let lineStarts: [Int32]

  /// The built-in lexicon, read on first use.
  public static let builtin = FrequencyLexicon(tsv: EmbeddedWordLists.frequencyNl)

  /// Reads the `word<TAB>zipf` format, sorted by word bytes; comment lines
  /// and the header are skipped.
  public init(tsv: String) {
    bytes = Array(tsv.utf8)
    lineStarts = bytes.withUnsafeBufferPointer { Self.entryStarts($0) }
  }

  /// Where each entry's line starts: every line after the comments and the
  /// header (the test suite checks the list's format).
  private static func entryStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
    guard let base = bytes.baseAddress else { return [] }
    let count = bytes.count
    func lineEnd(from index: Int) -> Int {
      // memchr finds the line end many bytes at a time: the list has 175,000 lines.
      guard let newline = memchr(base + index, 0x0A, count - index) else { return count }
      return base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
    }
    var index = 0
    while index < count && bytes[index] == UInt8(ascii: "#") { index = lineEnd(from: index) + 1 }
    let header = Array("word\t".utf8)
    if count - index >= header.count && memcmp(base + index, header, header.count) == 0 {
      index = lineEnd(from: index) + 1
    }
    // A line with its newline takes two bytes at least, so this capacity is enough.
    return [Int32](unsafeUninitializedCapacity: (count - min(index, count)) / 2 + 1) { starts, found in
      found = 0
      while index < count {
        let end = lineEnd(from: index)
        if end > index {
          starts[found] = Int32(index)
          found += 1
        }
        index = end + 1
      }
    }
  }

  /// The Zipf frequency of the lower-case `word`, or nil when it is not listed
  /// (so rarer than Zipf 1.5).
  public func zipf(_ word: UnsafeBufferPointer<UInt8>) -> Double? {
    bytes.withUnsafeBufferPointer { text in
      var low = 0
      var high = lineStarts.count - 1
      while low <= high {
        let middle = (low + high) >> 1
        let start = Int(lineStarts[middle])
        let order = Self.compare(word, text, from: start)
        if order == 0 { return Self.value(text, after: start + word.count) }
        if order < 0 { high = middle - 1 } else { low = middle + 1 }
      }
      return nil
    }
  }

  /// `word` against the word of the line at `start` (ended by a tab), bytewise.
  @inline(__always)
  private static func compare(_ word: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = 0
    while true {
      let listed = text[start + index]
      let atListedEnd = listed == 0x09
      if index == word.count { return atListedEnd ? 0 : -1 }
      if atListedEnd { return 1 }
      let byte = word[index]
      if byte != listed { return byte < listed ? -1 : 1 }
      index += 1
    }
  }

  /// The Zipf value after the tab at `tab`: two decimals.
  private static func value(_ text: UnsafeBufferPointer<UInt8>, after tab: Int) -> Double {
    var hundredths = 0
    var index = tab + 1
    while index < text.count && text[index] != 0x0A {
      let byte = text[index]
      if byte >= 0x30 && byte <= 0x39 { hundredths = hundredths * 10 + Int(byte - 0x30) }
      index += 1
    }
    return Double(hundredths) / 100
  }

  /// The Zipf frequency of the lower-case `word`.
  public func zipf(_ word: String) -> Double? {
    var word = word
    return word.withUTF8 { zipf($0) }
  }

  /// Number of words listed.
  public var count: Int { lineStarts.count }
}
