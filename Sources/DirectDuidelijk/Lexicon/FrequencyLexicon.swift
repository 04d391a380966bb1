import DuidelijkData

/// How common Dutch words are: Zipf frequencies from `wordlists/frequency-nl.tsv`
/// (wordfreq, CC BY-SA 4.0), looked up by lower-case UTF-8 bytes.
public final class FrequencyLexicon: Sendable {
  private let table: ByteKeyTable<UInt16>

  /// The built-in lexicon, parsed on first use.
  public static let builtin = FrequencyLexicon(tsv: EmbeddedWordLists.frequencyNl)

  /// Parses the `word<TAB>zipf` format; comment lines and the header are skipped.
  public init(tsv: String) {
    var tsv = tsv
    table = tsv.withUTF8 { Self.parse($0) }
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteKeyTable<UInt16> {
    var table = ByteKeyTable<UInt16>(capacity: bytes.count / 14)
    var index = 0
    let count = bytes.count
    while index < count {
      let lineStart = index
      var tab = -1
      while index < count && bytes[index] != 0x0A {
        if bytes[index] == 0x09 && tab < 0 { tab = index }
        index += 1
      }
      let lineEnd = index
      index += 1
      guard tab > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
      // Zipf with two decimals, kept as hundredths.
      var value = 0
      var digits = 0
      for position in (tab + 1)..<lineEnd where bytes[position] >= 0x30 && bytes[position] <= 0x39 {
        value = value * 10 + Int(bytes[position] - 0x30)
        digits += 1
      }
      guard digits > 0 else { continue }  // the header row
      table.insert(UInt16(clamping: value), for: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]))
    }
    return table
  }

  /// The Zipf frequency of the lower-case `word`, or nil when it is not listed
  /// (so rarer than Zipf 1.5).
  @inline(__always)
  public func zipf(_ word: UnsafeBufferPointer<UInt8>) -> Double? {
    guard let hundredths = table.value(for: word) else { return nil }
    return Double(hundredths) / 100
  }

  /// The Zipf frequency of the lower-case `word`.
  public func zipf(_ word: String) -> Double? {
    var word = word
    return word.withUTF8 { zipf($0) }
  }

  /// Number of words listed.
  public var count: Int { table.count }
}
