import Foundation
import Testing

@testable import DirectDuidelijk

/// Replays the fix fuzzer's seeds and the inputs that once hung it
/// (`Fuzz/Corpus/Fix`, `Fuzz/Crashes/Fix-*`) through `Fixer.fix`.
@Suite("Fuzz regressions: fix")
struct FuzzFixRegressionTests {
  static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz")

  static let inputs: [String] =
    (((try? FileManager.default.contentsOfDirectory(atPath: fuzz.appendingPathComponent("Corpus/Fix").path)) ?? [])
      .map { "Corpus/Fix/\($0)" }
    + ((try? FileManager.default.contentsOfDirectory(atPath: fuzz.appendingPathComponent("Crashes").path)) ?? [])
      .filter { $0.hasPrefix("Fix-") }.map { "Crashes/\($0)" }).sorted()

  @Test func theFuzzInputsAreThere() {
    #expect(Self.inputs.count >= 30)
    #expect(Self.inputs.contains { $0.hasPrefix("Crashes/Fix-") })
  }

  // A time limit, not a timing: the hang this guards against took minutes.
  @Test(.timeLimit(.minutes(1)), arguments: inputs)
  func fixIsIdempotentAndKeepsTheRest(_ name: String) throws {
    let data = try Data(contentsOf: Self.fuzz.appendingPathComponent(name))
    guard let text = String(data: data, encoding: .utf8), !text.unicodeScalars.contains("\0") else { return }
    let fixer = Fixer()
    let first = try fixer.fix(text)
    let second = try fixer.fix(first.text)
    #expect(second.text == first.text, "\(name): not idempotent")
    #expect(second.applied.isEmpty, "\(name): the second pass still edits")
    // Outside the edits the bytes are the original's.
    let original = Array(text.utf8)
    var rebuilt: [UInt8] = []
    var position = 0
    for edit in first.applied.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      #expect(edit.range.lowerBound >= position, "\(name): overlapping edits")
      rebuilt += original[position..<edit.range.lowerBound]
      rebuilt += Array(edit.replacement.utf8)
      position = edit.range.upperBound
    }
    rebuilt += original[position...]
    #expect(rebuilt == Array(first.text.utf8), "\(name): bytes outside the edits changed")
  }

  @Test(.timeLimit(.minutes(1)))
  func aLongRunOfUnderscoresIsNoDifficultWord() throws {
    let findings = try Checker().check("Handtekening" + String(repeating: "_", count: 2_000) + "\n\nNaam: " + String(repeating: "x_", count: 500))
    #expect(!findings.contains { $0.ruleID == "difficult-word" })
  }
}
