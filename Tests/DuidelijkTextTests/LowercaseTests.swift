import DuidelijkTestSupport
import Testing

@testable import DuidelijkText

/// `UTF8Bytes.lowercase` lowers eight ASCII bytes at a time and Latin-1
/// letters by table: both must give what Unicode's lower-case mapping gives
/// scalar by scalar, wherever that keeps the byte length.
@Suite("Lower-casing bytes")
struct LowercaseTests {
  /// The lower case of one scalar as the function promises it: Unicode's
  /// mapping when it is one scalar of the same UTF-8 length, else the scalar.
  private static func reference(_ scalar: Unicode.Scalar) -> [UInt8] {
    let mapped = scalar.properties.lowercaseMapping.unicodeScalars
    if mapped.count == 1, let first = mapped.first, first.utf8.count == scalar.utf8.count, scalar.utf8.count <= 2 {
      return Array(first.utf8)
    }
    return Array(scalar.utf8)
  }

  @Test(arguments: [1, 2, 3])
  func matchesTheUnicodeMapping(seed: UInt64) {
    // ASCII of every kind (runs of eight and more), Latin-1 and Latin
    // Extended-A letters, Greek, ß, ẞ and İ (whose lower cases change length), emoji.
    let alphabet = Array("ABCXYZ@[`{abcxyz0189 .,\n") + (0xC0...0x17F).map { Character(Unicode.Scalar($0)!) }
      + ["Σ", "ς", "ß", "ẞ", "İ", "👍", "€", "Ω"]
    var generator = SeededGenerator(state: seed)
    var text = ""
    for _ in 0..<20_000 {
      let run = Int.random(in: 1...12, using: &generator)
      // Long ASCII runs take the eight-byte path, mixed runs the byte path.
      let ascii = Bool.random(using: &generator)
      for _ in 0..<run { text.append(ascii ? alphabet[Int.random(in: 0..<25, using: &generator)] : alphabet.randomElement(using: &generator)!) }
    }
    let source = Array(text.utf8)
    let expected = text.unicodeScalars.flatMap(Self.reference)
    let lowered = source.withUnsafeBufferPointer { bytes in
      [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        UTF8Bytes.lowercase(bytes, into: buffer)
        count = bytes.count
      }
    }
    #expect(lowered.count == source.count)
    let firstDifference = zip(lowered, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    #expect(lowered == expected, "first difference at byte \(firstDifference ?? -1)")
  }
}
