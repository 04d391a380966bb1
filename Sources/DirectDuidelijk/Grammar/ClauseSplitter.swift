/// Splits a sentence into clauses, as far as word order rules need.
enum ClauseSplitter {
  /// How eagerly to split.
  enum Mode {
    /// At all punctuation and before every clause opener, coordinators
    /// included: short pieces, for verb distances.
    case strict
    /// Only at `;`, `:`, brackets and dashes and before subordinating words
    /// (`dat`, `omdat`, `die`): commas and `en` often join parts of one
    /// clause (`werden door de EHBO en een arts opgevangen`).
    case loose
  }

  /// Subordinating conjunctions and relative words: a new clause in any mode.
  static let subordinators: Set<String> = [
    "dat", "die", "omdat", "als", "wanneer", "terwijl", "nadat", "voordat", "zodat", "doordat", "waardoor",
    "waarbij", "waarin", "waarmee", "waarop", "waarvan", "waarna", "waarover", "waaruit", "welke", "hoewel",
    "indien", "tenzij", "totdat", "sinds", "zodra", "mits", "alsof", "opdat", "aangezien", "zolang", "want", "maar",
  ]

  /// The word-like tokens of each clause of `sentence`.
  static func clauses(in text: AnalyzedText, sentence: Sentence, mode: Mode = .strict) -> [[Int]] {
    var clauses: [[Int]] = []
    forEachClause(in: text, sentence: sentence, mode: mode) { clauses.append(Array($0)) }
    return clauses
  }

  /// Calls `body` with the word-like tokens of each clause of `sentence`, in
  /// text order. The buffer is reused from clause to clause (rules look at
  /// every clause of every sentence, and most clauses need nothing kept).
  static func forEachClause(
    in text: AnalyzedText, sentence: Sentence, mode: Mode = .strict, _ body: (UnsafeBufferPointer<Int>) -> Void
  ) {
    // A plain allocation, not `withUnsafeTemporaryAllocation`: its closure
    // made the optimizer copy `text` (and retain all its arrays) per sentence.
    let buffer = UnsafeMutablePointer<Int>.allocate(capacity: max(sentence.tokens.count, 1))
    defer { buffer.deallocate() }
    do {
      var count = 0
      for index in sentence.tokens {
        let token = text.tokens[index]
        if token.kind == .punctuation {
          if count > 0 && (mode == .strict || endsLooseClause(text, index)) {
            body(UnsafeBufferPointer(start: buffer, count: count))
            count = 0
          }
          continue
        }
        guard token.kind == .word || token.kind == .number || token.kind == .abbreviation else { continue }
        if token.kind == .word, count > 0, text.has(index, .clauseOpener), mode == .strict || text.has(index, .subordinator) {
          body(UnsafeBufferPointer(start: buffer, count: count))
          count = 0
        }
        buffer[count] = index
        count += 1
      }
      if count > 0 { body(UnsafeBufferPointer(start: buffer, count: count)) }
    }
  }

  /// `;`, `:`, brackets and dashes end a clause; commas and quotation marks do not.
  private static func endsLooseClause(_ text: AnalyzedText, _ index: Int) -> Bool {
    text.document.withBytes(text.tokens[index].range) { bytes in
      switch bytes.count {
      case 1:
        switch bytes[0] {
        case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
          UInt8(ascii: "]"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
          true
        default: false
        }
      // – (E2 80 93) and — (E2 80 94).
      case 3: bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x93 || bytes[2] == 0x94)
      default: false
      }
    }
  }
}
