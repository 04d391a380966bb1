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
/// verstuurd`); with a participle that is often an adjective it may be a
/// state (`de winkel is gesloten`), so the match is uncertain unless a
/// `door` phrase names who acts.
public struct PassiveDetector: Sendable {
  let verbs: VerbLexicon
  private let cache: ParticipleCache

  /// Tokens a clause may span between auxiliary and participle.
  static let reach = 16

  /// A detector with the verb knowledge of `verbs`.
  public init(verbs: VerbLexicon = .builtin) { self.init(verbs: verbs, memo: nil) }

  /// A detector that also shares participle decisions through `memo`.
  init(verbs: VerbLexicon, memo: SharedMemo<[UInt8], ParticipleInfo?>?) {
    self.verbs = verbs
    cache = ParticipleCache(memo: memo)
  }

  /// The passives of `sentence`, in text order.
  public func passives(in text: AnalyzedText, sentence: Sentence) -> [PassiveMatch] {
    // Most sentences have no form of `worden` or `zijn` at all.
    guard sentence.tokens.contains(where: { text.has($0, [.worden, .zijn]) }) else { return [] }
    var matches: [PassiveMatch] = []
    ClauseSplitter.forEachClause(in: text, sentence: sentence, mode: .loose) { clause in
      if let match = passive(in: clause, text: text) { matches.append(match) }
    }
    return matches
  }

  private enum Auxiliary {
    case worden
    case zijn
  }

  private func passive(in clause: UnsafeBufferPointer<Int>, text: AnalyzedText) -> PassiveMatch? {
    var auxiliaries: [(position: Int, kind: Auxiliary)] = []
    var hasHebben = false
    for (position, index) in clause.enumerated() where text.tokens[index].kind == .word {
      if text.has(index, .worden) {
        auxiliaries.append((position, .worden))
      } else if text.has(index, .zijn) {
        auxiliaries.append((position, .zijn))
      } else if text.has(index, .hebben) {
        hasHebben = true
      }
    }
    guard !auxiliaries.isEmpty else { return nil }
    // Participles are looked up only in clauses with an auxiliary: most have none.
    var participles: [(position: Int, info: ParticipleInfo)] = []
    for (position, index) in clause.enumerated()
    where text.tokens[index].kind == .word && !text.has(index, [.worden, .zijn, .hebben, .functionWord]) {
      if let info = text.withLowered(text.tokens[index].range, { cache.participle($0, verbs) }) {
        participles.append((position, info))
      }
    }
    guard !participles.isEmpty else { return nil }
    // `worden` first: `is … verzonden geworden` and `zijn brief werd verzonden` are its.
    let ordered = auxiliaries.filter { $0.kind == .worden } + auxiliaries.filter { $0.kind == .zijn }
    for auxiliary in ordered {
      // A participle before its auxiliary is verb-final order: right before it
      // (`verstuurd wordt`, `ontvoerd zijn door …`), or one verb apart when the
      // auxiliary ends the clause (`verstuurd zal worden`).
      let auxiliaryEndsClause = clause[(auxiliary.position + 1)...].allSatisfy { text.tokens[$0].kind != .word || isInfinitive($0, text) }
      let candidates = participles.filter {
        guard abs($0.position - auxiliary.position) <= Self.reach else { return false }
        if $0.position > auxiliary.position { return !crossesCommaAtEdge(clause, from: auxiliary.position, to: $0.position, in: text) }
        let gap = auxiliary.position - $0.position
        return gap == 1 || (gap == 2 && auxiliaryEndsClause)
      }
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
        let impersonal = clause.prefix(auxiliary.position + 2).contains { text.has($0, .er) }
        let actor = actor(in: clause, text: text, excluding: participleToken)
        var certain = true
        if auxiliary.kind == .zijn {
          if participle.info.auxiliary != .hebben || hasHebben { continue }
          if isAttributive(participle.position, in: clause, text: text) { continue }
          // `de winkel is gesloten` may be a state; `is door de raad gesloten` is an action.
          certain = actor != nil || impersonal || !participle.info.oftenAdjective
        }
        return PassiveMatch(
          auxiliary: auxiliaryToken, participle: participleToken, certain: certain, impersonal: impersonal,
          actor: actor, info: participle.info)
      }
    }
    return nil
  }

  /// Whether a comma stands right after the auxiliary or right before the
  /// participle: then they belong to different clauses (`Of het zo is, valt te bezien`).
  private func crossesCommaAtEdge(_ clause: UnsafeBufferPointer<Int>, from auxiliary: Int, to participle: Int, in text: AnalyzedText) -> Bool {
    isComma(clause[auxiliary] + 1, text) || isComma(clause[participle] - 1, text)
  }

  private func isComma(_ index: Int, _ text: AnalyzedText) -> Bool {
    text.document.withBytes(text.tokens[index].range) { $0.count == 1 && $0[0] == UInt8(ascii: ",") }
  }

  /// `worden`, `zijn`, or a modal's infinitive after the auxiliary (`… verstuurd moet worden`).
  private func isInfinitive(_ index: Int, _ text: AnalyzedText) -> Bool {
    text.has(index, [.worden, .zijn, .modal, .hebben])
  }

  /// A participle directly before a content word is an adjective (`zijn gestolen fiets`).
  private func isAttributive(_ position: Int, in clause: UnsafeBufferPointer<Int>, text: AnalyzedText) -> Bool {
    guard position + 1 < clause.count else { return false }
    let next = clause[position + 1]
    guard next == clause[position] + 1, text.tokens[next].kind == .word else { return false }
    return !text.has(next, [.functionWord, .auxiliary, .clauseOpener])
  }

  /// The `door …` phrase of the clause: `door` up to the participle or the clause end.
  private func actor(in clause: UnsafeBufferPointer<Int>, text: AnalyzedText, excluding participle: Int) -> ClosedRange<Int>? {
    guard let start = clause.firstIndex(where: { text.has($0, .door) }), start + 1 < clause.count else { return nil }
    var end = start + 1
    while end + 1 < clause.count && clause[end + 1] != participle && !text.has(clause[end + 1], [.worden, .zijn]) {
      end += 1
    }
    guard clause[end] != participle else { return nil }
    return clause[start]...clause[end]
  }
}

/// Remembers which words are participles, for the words of one input: a
/// detector belongs to one rule or scorer of one session, so one thread.
final class ParticipleCache: @unchecked Sendable {
  private var table = ByteKeyTable<ParticipleInfo?>(capacity: 1024)
  private static let limit = 100_000
  private let memo: SharedMemo<[UInt8], ParticipleInfo?>?

  init(memo: SharedMemo<[UInt8], ParticipleInfo?>?) { self.memo = memo }

  func participle(_ word: UnsafeBufferPointer<UInt8>, _ verbs: VerbLexicon) -> ParticipleInfo? {
    if let known = table.value(for: word) { return known }
    let info = memo.map { $0.value(for: Array(word)) { verbs.participle(word) } } ?? verbs.participle(word)
    if table.count >= Self.limit { table = ByteKeyTable<ParticipleInfo?>(capacity: 1024) }
    table.insert(info, for: word)
    return info
  }
}
