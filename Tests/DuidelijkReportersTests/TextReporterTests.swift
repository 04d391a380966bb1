import DirectDuidelijk
import Testing

@testable import DuidelijkReporters

@Suite("text")
struct TextReporterTests {
  @Test func controlCharactersOfTheInputReachNoTerminal() throws {
    // An escape sequence (red text), a bell and a C1 control (CSI) around officialese.
    let text = "Indien u \u{1B}[31mwilt\u{07}, belt u ons. Middels \u{9B}2J dit formulier.\n"
    let output = String(decoding: try ReportHarness.report("text", of: [(path: "a\u{1B}b.txt", text: text)]), as: UTF8.self)
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    #expect(output.contains("␛[31mwilt␇"))
    #expect(output.contains("a␛b.txt:1:1:"))
    #expect(output.contains("\u{FFFD}2J"))
  }

  @Test func textWithoutControlsIsShownAsItIs() {
    let bytes = Array("Café ‘De Hoek’ 👍🏽 – prima".utf8)
    #expect(TextReporter.visible(bytes) == bytes)
    #expect(TextReporter.visible("Â is een letter, \u{A0} een spatie") == "Â is een letter, \u{A0} een spatie")
    #expect(TextReporter.visible("a\u{7F}b\u{85}c") == "a␡b\u{FFFD}c")
    // A suggestion that rewrites text over several lines is shown on one.
    #expect(TextReporter.visible("een\nfulltime\r\nbaan\tnu") == "een fulltime baan nu")
  }

  /// The eight-byte scan must find each kind of byte at every place of a word and of the tail.
  @Test func everyBytePositionIsScannedForControls() {
    let plain = Array("Schrijf liever ‘met’.".utf8)
    for special: UInt8 in [0x00, 0x09, 0x1B, 0x1F, 0x7F, 0xC2] {
      for position in 0..<plain.count {
        var bytes = plain
        bytes[position] = special
        #expect(bytes.withUnsafeBufferPointer(TextReporter.mayNeedSymbols), "byte \(special) at \(position)")
      }
    }
    for harmless: UInt8 in [0x20, 0x21, 0x7E, 0x80, 0xC1, 0xC3, 0xE2, 0xFF] {
      let bytes = [UInt8](repeating: harmless, count: 19)
      #expect(!bytes.withUnsafeBufferPointer(TextReporter.mayNeedSymbols), "byte \(harmless)")
    }
  }
}
