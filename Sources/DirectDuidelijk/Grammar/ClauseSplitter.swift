/// Splits a sentence into clauses, as far as word order rules need: at
/// punctuation and before words that open a clause (`dat`, `omdat`, `die`, `en`).
enum ClauseSplitter {
  /// The word-like tokens of each clause of `sentence`.
  static func clauses(in text: AnalyzedText, sentence: Sentence) -> [[Int]] {
    var clauses: [[Int]] = []
    var current: [Int] = []
    for index in sentence.tokens {
      let token = text.tokens[index]
      if token.kind == .punctuation {
        if !current.isEmpty { clauses.append(current) }
        current = []
        continue
      }
      guard token.kind == .word || token.kind == .number || token.kind == .abbreviation else { continue }
      if token.kind == .word, !current.isEmpty,
        DutchWordClasses.clauseOpeners.contains(text.loweredText(ofToken: index))
      {
        clauses.append(current)
        current = []
      }
      current.append(index)
    }
    if !current.isEmpty { clauses.append(current) }
    return clauses
  }
}
