import DuidelijkTestSupport
import Foundation
import Testing

@testable import DuidelijkReporters

/// JSON strings are escaped eight bytes at a time where nothing needs it:
/// the result must equal escaping byte by byte, and parse back to the input.
@Suite("JSON strings")
struct JSONBytesTests {
  /// Byte-by-byte escaping as the JSON grammar asks for it (RFC 8259 §7).
  private static func reference(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = [0x22]
    for byte in bytes {
      switch byte {
      case 0x22: result += Array(#"\""#.utf8)
      case 0x5C: result += Array(#"\\"#.utf8)
      case 0x0A: result += Array(#"\n"#.utf8)
      case 0x0D: result += Array(#"\r"#.utf8)
      case 0x09: result += Array(#"\t"#.utf8)
      case ..<0x20: result += Array(String(format: "\\u%04x", byte).utf8)
      default: result.append(byte)
      }
    }
    return result + [0x22]
  }

  @Test(arguments: [1, 2, 3, 4])
  func escapingMatchesTheGrammarAtEveryAlignment(seed: UInt64) throws {
    // Mostly plain text, so long runs take the fast path, with each byte that
    // needs escaping, the bytes next to them, and UTF-8, at random places.
    let special: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F]
    let plain = Array("Indien u bezwaar wilt maken, één café – ‘zo’ ".utf8)
    var generator = SeededGenerator(state: seed)
    for length in 0..<200 {
      var bytes: [UInt8] = []
      for _ in 0..<length {
        bytes.append(
          Int.random(in: 0..<6, using: &generator) == 0
            ? special.randomElement(using: &generator)! : plain.randomElement(using: &generator)!)
      }
      var output: [UInt8] = []
      bytes.withUnsafeBufferPointer { JSONBytes.appendString($0, to: &output) }
      #expect(output == Self.reference(bytes), "length \(length)")
      if let text = String(validating: bytes, as: UTF8.self) {
        let parsed = try JSONSerialization.jsonObject(with: Data(output), options: .fragmentsAllowed) as? String
        #expect(parsed == text)
      }
    }
  }

  @Test func integersAreWrittenInDecimal() {
    for value in [0, 7, 9, 10, 99, 100, 12_345, -1, -10, -987_654, Int.max, Int.min] {
      var output: [UInt8] = []
      JSONBytes.appendInt(value, to: &output)
      #expect(String(decoding: output, as: UTF8.self) == String(value))
    }
  }

  /// Lines and columns take a path of their own below 10^8; the rest goes through reserved room.
  @Test func appendedDecimalsMatchTheStandardLibrary() {
    let values = [0, 1, 9, 10, 11, 99, 100, 4_096, 1_000_000, 99_999_999, 100_000_000, 123_456_789, -1, -42, Int.max, Int.min]
    for value in values {
      var output: [UInt8] = Array("x".utf8)
      output.append(decimal: value)
      #expect(String(decoding: output, as: UTF8.self) == "x" + String(value))
    }
  }
}
