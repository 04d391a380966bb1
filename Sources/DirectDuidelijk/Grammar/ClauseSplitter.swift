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
    var current: [Int] = []
    for index in sentence.tokens {
      let token = text.tokens[index]
      if token.kind == .punctuation {
        if mode == .strict || endsLooseClause(text, index) {
          if !current.isEmpty { clauses.append(current) }
          current = []
        }
        continue
      }
      guard token.kind == .word || token.kind == .number || token.kind == .abbreviation else { continue }
      if token.kind == .word, !current.isEmpty, text.has(index, .clauseOpener),
        mode == .strict || text.has(index, .subordinator)
      {
        clauses.append(current)
        current = []
      }
      // One allocation per clause: room for the rest of the sentence.
      if current.isEmpty { current.reserveCapacity(sentence.tokens.upperBound - index) }
      current.append(index)
    }
    if !current.isEmpty { clauses.append(current) }
    return clauses
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
