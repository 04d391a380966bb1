import Foundation
import Testing

@testable import DuidelijkText

/// Sentence and token boundaries on letter-style text (salutations, address
/// and signature blocks, titles and initials, lists), scored as the
/// evaluation kit scores them: boundaries inside a row, in the row's text
/// with all whitespace removed.
@Suite("Letter-style segmentation")
struct LetterSegmentationTests {
  struct Row: Decodable {
    let text: String
    let sentences: [String]
    let tokens: [[String]]
  }

  static let rows: [Row] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Data/letters-segmentation.jsonl")
    let lines = (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n") ?? []
    return lines.compactMap { try? JSONDecoder().decode(Row.self, from: Data($0.utf8)) }
  }()

  /// Ends of units in `text` counted in non-whitespace characters.
  private static func ends(_ units: [String]) -> Set<Int> {
    var position = 0
    var result = Set<Int>()
    for unit in units {
      position += unit.filter { !$0.isWhitespace }.count
      result.insert(position)
    }
    return result
  }

  private static func f1(gold: Set<Int>, predicted: Set<Int>) -> Double {
    let hits = Double(gold.intersection(predicted).count)
    guard hits > 0 else { return gold.isEmpty && predicted.isEmpty ? 1 : 0 }
    let precision = hits / Double(predicted.count)
    let recall = hits / Double(gold.count)
    return 2 * precision * recall / (precision + recall)
  }

  @Test func sentenceAndTokenBoundariesAreRight() throws {
    #expect(Self.rows.count >= 200)
    let segmenter = try Segmenter()
    var goldSentences = Set<Int>(), predictedSentences = Set<Int>()
    var goldTokens = Set<Int>(), predictedTokens = Set<Int>()
    var offset = 0
    for row in Self.rows {
      let document = try segmenter.document(for: row.text)
      let sentences = document.sentences.map { document.text($0.range) }
      let tokens = document.tokens.map { document.text(of: $0) }
      let rowLength = row.text.filter { !$0.isWhitespace }.count
      // Boundaries inside the row; its end is given by the blank line.
      goldSentences.formUnion(Self.ends(row.sentences).filter { $0 < rowLength }.map { $0 + offset })
      predictedSentences.formUnion(Self.ends(sentences).filter { $0 < rowLength }.map { $0 + offset })
      goldTokens.formUnion(Self.ends(row.tokens.flatMap { $0 }).map { $0 + offset })
      predictedTokens.formUnion(Self.ends(tokens).map { $0 + offset })
      offset += rowLength + 1
    }
    let sentenceF1 = Self.f1(gold: goldSentences, predicted: predictedSentences)
    let tokenF1 = Self.f1(gold: goldTokens, predicted: predictedTokens)
    #expect(sentenceF1 >= 0.98, "sentence boundary F1 \(sentenceF1)")
    #expect(tokenF1 >= 0.99, "token boundary F1 \(tokenF1)")
  }
}
