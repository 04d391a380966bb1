/// A passive construction in a sentence.
public struct PassiveMatch: Sendable, Hashable {
  /// The auxiliary (`wordt`, `werd`, `is`, `zijn`) token.
  public var auxiliary: Int
  /// The past participle token.
  public var participle: Int
  /// Whether the passive reading is certain; `zijn` with a participle that
  /// is often an adjective (`is gesloten`) is not.
  public var certain: Bool
  /// `er wordt … besloten`: no subject at all.
  public var impersonal: Bool
  /// The tokens of the `door …` phrase that names who acts, if any.
  public var actor: ClosedRange<Int>?
  /// What is known of the participle.
  public var info: ParticipleInfo
}

/// Finds passive constructions: a form of `worden` or `zijn` with a past
/// participle in the same clause, in main or subordinate order, split over
/// the clause (`wordt volgende week door ons beoordeeld`), impersonal
/// (`er wordt gekeken`) and with modals (`moet worden ingevuld`).
///
/// `zijn` with the participle of a verb whose perfect takes `zijn`
/// (`is vertrokken`) is the active perfect, not a passive; with a `hebben`
/// form in the clause the participle belongs to that (`heeft zijn brief
/// verstuurd`); with a participle that is often an adjective it is a state
/// (`de winkel is gesloten`) unless a `door` phrase names who acts.
public struct PassiveDetector: Sendable {
  let verbs: VerbLexicon

  /// Tokens a clause may span between auxiliary and participle.
  static let reach = 16

  /// A detector with the verb knowledge of `verbs`.
  public init(verbs: VerbLexicon = .builtin) { self.verbs = verbs }

  /// The passives of `sentence`, in text order.
  public func passives(in text: AnalyzedText, sentence: Sentence) -> [PassiveMatch] {
    var matches: [PassiveMatch] = []
    for clause in ClauseSplitter.clauses(in: text, sentence: sentence) {
      if let match = passive(in: clause, text: text) { matches.append(match) }
    }
    return matches
  }

  private enum Auxiliary {
    case worden
    case zijn
  }

  private func passive(in clause: [Int], text: AnalyzedText) -> PassiveMatch? {
    var auxiliaries: [(position: Int, kind: Auxiliary)] = []
    var participles: [(position: Int, info: ParticipleInfo)] = []
    var hasHebben = false
    for (position, index) in clause.enumerated() where text.tokens[index].kind == .word {
      let word = text.loweredText(ofToken: index)
      if DutchWordClasses.worden.contains(word) && word != "geworden" {
        auxiliaries.append((position, .worden))
      } else if DutchWordClasses.zijn.contains(word) {
        auxiliaries.append((position, .zijn))
      } else if DutchWordClasses.hebben.contains(word) {
        hasHebben = true
      } else if let info = text.withLowered(text.tokens[index].range, { verbs.participle($0) }) {
        participles.append((position, info))
      }
    }
    guard !auxiliaries.isEmpty, !participles.isEmpty else { return nil }
    // `worden` first: `is … verzonden geworden` and `zijn brief werd verzonden` are its.
    let ordered = auxiliaries.filter { $0.kind == .worden } + auxiliaries.filter { $0.kind == .zijn }
    for auxiliary in ordered {
      let candidates = participles.filter { abs($0.position - auxiliary.position) <= Self.reach }
        .sorted { lhs, rhs in
          // The participle after the auxiliary, nearest first; then those before it.
          let lhsAfter = lhs.position > auxiliary.position
          let rhsAfter = rhs.position > auxiliary.position
          if lhsAfter != rhsAfter { return lhsAfter }
          return abs(lhs.position - auxiliary.position) < abs(rhs.position - auxiliary.position)
        }
      for participle in candidates {
        let auxiliaryToken = clause[auxiliary.position]
        let participleToken = clause[participle.position]
        let impersonal = clause.prefix(auxiliary.position + 2).contains { text.loweredText(ofToken: $0) == "er" }
        let actor = actor(in: clause, text: text, excluding: participleToken)
        var certain = true
        if auxiliary.kind == .zijn {
          if participle.info.auxiliary != .hebben || hasHebben { continue }
          if isAttributive(participle.position, in: clause, text: text) { continue }
          // `de winkel is gesloten` is a state; `is door de raad gesloten` an action.
          if participle.info.oftenAdjective && actor == nil && !impersonal { continue }
          certain = actor != nil || impersonal || !participle.info.oftenAdjective
        }
        return PassiveMatch(
          auxiliary: auxiliaryToken, participle: participleToken, certain: certain, impersonal: impersonal,
          actor: actor, info: participle.info)
      }
    }
    return nil
  }

  /// A participle directly before a content word is an adjective (`zijn gestolen fiets`).
  private func isAttributive(_ position: Int, in clause: [Int], text: AnalyzedText) -> Bool {
    guard position + 1 < clause.count else { return false }
    let next = clause[position + 1]
    guard next == clause[position] + 1, text.tokens[next].kind == .word else { return false }
    let word = text.loweredText(ofToken: next)
    return !DutchWordClasses.functionWords.contains(word) && !DutchWordClasses.worden.contains(word)
      && !DutchWordClasses.zijn.contains(word) && !DutchWordClasses.modals.contains(word)
      && !DutchWordClasses.hebben.contains(word)
  }

  /// The `door …` phrase of the clause: `door` up to the participle or the clause end.
  private func actor(in clause: [Int], text: AnalyzedText, excluding participle: Int) -> ClosedRange<Int>? {
    guard let start = clause.firstIndex(where: { text.loweredText(ofToken: $0) == "door" }),
      start + 1 < clause.count
    else { return nil }
    var end = start + 1
    while end + 1 < clause.count && clause[end + 1] != participle
      && !DutchWordClasses.worden.contains(text.loweredText(ofToken: clause[end + 1]))
      && !DutchWordClasses.zijn.contains(text.loweredText(ofToken: clause[end + 1]))
    {
      end += 1
    }
    guard clause[end] != participle else { return nil }
    return clause[start]...clause[end]
  }
}
