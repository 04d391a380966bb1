import Foundation
import Testing

@testable import DirectDuidelijk
import DuidelijkTestSupport

@Suite("Fixing")
struct FixerTests {
  let fixer = Fixer()

  /// Checks the fix guarantees on one text: idempotent, edits apart, bytes outside edits kept.
  private func checkGuarantees(_ text: String, _ label: String) throws {
    let (fixed, applied) = try fixer.fix(text)
    let (again, secondApplied) = try fixer.fix(fixed)
    #expect(again == fixed, "fix is not idempotent on \(label)")
    #expect(secondApplied.isEmpty, "\(label): second pass applied \(secondApplied.map(\.replacement))")
    var previousEnd = 0
    let original = Array(text.utf8)
    var rebuilt: [UInt8] = []
    for edit in applied {
      #expect(edit.range.lowerBound >= previousEnd, "\(label): overlapping edits")
      #expect(edit.safe)
      rebuilt += original[previousEnd..<edit.range.lowerBound] + Array(edit.replacement.utf8)
      previousEnd = edit.range.upperBound
    }
    rebuilt += original[previousEnd...]
    #expect(rebuilt == Array(fixed.utf8), "\(label): bytes outside edits changed")
  }

  @Test func guaranteesHoldOnTheCorpora() throws {
    for (name, text) in try corpusTexts() {
      try checkGuarantees(text, name)
      // The same with CRLF line ends, tabs and no-break spaces.
      let variant = text.replacingOccurrences(of: "\n", with: "  \r\n").replacingOccurrences(of: ". ", with: ".\u{00A0}")
      try checkGuarantees(variant, name + " (CRLF)")
    }
  }

  @Test func guaranteesHoldOnRandomMixes() throws {
    let sentences = try corpusTexts().flatMap { $0.text.split(separator: "\n").map(String.init) }
      .filter { !$0.isEmpty }
    var generator = SeededGenerator(state: 2026)
    let separators = [" ", "  ", "\t", "\n", "\r\n", "\n\n", "\u{00A0}", " \n"]
    for round in 0..<40 {
      var text = ""
      for _ in 0..<Int.random(in: 1...12, using: &generator) {
        text += sentences.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
      }
      try checkGuarantees(text, "mix \(round)")
    }
  }

  @Test func appliesSafeSwapsInTheirForm() throws {
    #expect(try fixer.fix("Indien u vragen heeft, belt u ons.").text == "Als u vragen heeft, belt u ons.")
    #expect(try fixer.fix("Wij hebben uw brief reeds ontvangen.").text == "Wij hebben uw brief al ontvangen.")
  }

  @Test func leavesURLsAddressesAndQuotesAlone() throws {
    let text = "Lees „Reeds betaald” op www.reeds.nl of mail reeds@gemeente.nl."
    #expect(try fixer.fix(text).text == text)
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    components(separatedBy: target).joined(separator: replacement)
  }
}
