import Foundation
import Testing

@testable import DuidelijkText

/// Replays the fuzzers' seeds and the inputs that once broke an invariant
/// (`Fuzz/Corpus/Segmenter`, `Fuzz/Crashes`) through the segmenter.
@Suite("Fuzz regressions: segmenter")
struct FuzzRegressionTests {
  static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz")

  static let inputs: [String] = ["Corpus/Segmenter", "Crashes"].flatMap { folder in
    ((try? FileManager.default.contentsOfDirectory(atPath: fuzz.appendingPathComponent(folder).path)) ?? [])
      .sorted().map { "\(folder)/\($0)" }
  }

  @Test func theFuzzInputsAreThere() {
    #expect(Self.inputs.count >= 40)
    #expect(Self.inputs.contains { $0.hasPrefix("Crashes/Segmenter-") })
  }

  @Test(arguments: inputs)
  func tokensAndSentencesStayInOrderAndInRange(_ name: String) throws {
    let bytes = [UInt8](try Data(contentsOf: Self.fuzz.appendingPathComponent(name)))
    let reader = ChunkedReader(source: MemorySource(bytes))
    // Undecodable input is an input error, never a crash; the rest is checked chunk by chunk.
    while let chunk = try? reader.next() {
      let document = try Segmenter().document(for: chunk)
      try check(document, name)
    }
  }

  @Test func aSlashCompoundDoesNotRunIntoAnEmailAddress() throws {
    let document = try Segmenter().document(for: "Mail naar jeugd/info@assen.nl of bel ons.\n")
    try check(document, "slash and e-mail")
    let texts = document.tokens.map { document.text(of: $0) }
    #expect(texts.contains("info@assen.nl"))
    #expect(document.tokens.first { document.text(of: $0) == "info@assen.nl" }?.kind == .email)
  }

  private func check(_ document: Document, _ name: String) throws {
    let range = document.range
    var previousEnd = range.lowerBound
    for (index, token) in document.tokens.enumerated() {
      let span = token.range
      #expect(!span.isEmpty && span.lowerBound >= previousEnd && span.upperBound <= range.upperBound,
              "\(name): token \(index) at \(span) after \(previousEnd)")
      document.withBytes(span) { bytes in
        #expect(UTF8Bytes.isScalarStart(bytes[0]), "\(name): token \(index) starts inside a character")
      }
      if span.upperBound < range.upperBound {
        #expect(UTF8Bytes.isScalarStart(document.bytes[span.upperBound - document.baseOffset]),
                "\(name): token \(index) ends inside a character")
      }
      previousEnd = span.upperBound
    }
    var previousSentence = range.lowerBound
    for sentence in document.sentences {
      #expect(sentence.range.lowerBound >= previousSentence && sentence.range.upperBound <= range.upperBound)
      #expect(sentence.tokens.upperBound <= document.tokens.count)
      previousSentence = sentence.range.upperBound
    }
  }
}
