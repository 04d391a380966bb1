import DuidelijkData

/// The perfect-tense auxiliary of a verb: it tells `is besloten` (passive)
/// from `is vertrokken` (active perfect).
public enum PerfectAuxiliary: Sendable {
  case hebben
  case zijn
  /// Either, by meaning (`is veranderd`, `heeft veranderd`).
  case either
}

/// What the lexicon knows of a past participle.
public struct ParticipleInfo: Sendable, Hashable {
  /// The infinitive, e.g. `verzenden` for `verzonden`.
  public var infinitive: String
  /// The perfect auxiliary.
  public var auxiliary: PerfectAuxiliary
  /// Often an adjective after `zijn` (`gesloten`, `verrast`): a passive reading is less certain.
  public var oftenAdjective: Bool
  /// Index of the verb's row in `VerbLexicon.verbs`, when it is listed.
  public var verbIndex: Int?
}

/// Verb knowledge for the passive detector and the rewrite engine: listed
/// principal parts (`participles.tsv`), the rules that recognise regular
/// participles (`ge-…-d/t`, `be-/ver-/ont-/her-/er-…-d/t`, separable
/// `vast-ge-steld`), and the forms of the auxiliaries.
public final class VerbLexicon: Sendable {
  /// The listed verbs: principal parts in the `ww` order.
  public let verbs: [WordListEntry]
  private let participles: ByteKeyTable<ParticipleInfo>
  private let frequencies: FrequencyLexicon
  /// Listed verbs whose participle is not regular: `verwerpt` is not theirs.
  private let irregularInfinitives: Set<String>
  /// Present and past forms of listed verbs (`overleed`), which are not participles.
  private let finiteForms: Set<String>
  private let verbsByInfinitive: [String: Int]

  /// Separable particles that may precede `ge` in a participle (`op-ge-steld`).
  static let particles: [String] = [
    "aan", "achter", "af", "bij", "binnen", "boven", "buiten", "door", "in", "los", "mee", "na",
    "neer", "om", "onder", "op", "over", "samen", "tegen", "terecht", "terug", "tevoren", "toe",
    "uit", "vast", "voor", "voorbij", "vrij", "weg", "weer", "terneer", "kennis", "plaats",
    "deel", "open", "dicht", "schoon", "stil", "teweeg", "goed", "kwijt", "mis", "thuis",
  ]

  /// `particles` as a set, for the per-clause lookup of a final word.
  static let particleSet = Set(particles)

  /// Inseparable prefixes after which a participle has no `ge` (`be-taald`).
  static let prefixes: [String] = ["be", "ver", "ont", "her", "er", "ge", "mis", "over", "onder", "door", "voor", "achter", "om"]

  /// Words shaped like participles that are not (`gezicht`, `gebied`).
  private static let lookalikes: Set<String> = [
    "gezicht", "gebied", "gewicht", "gerecht", "gedicht", "geluid", "gezond", "gemeend", "gebed",
    "gezin", "gevecht", "geheugen", "geleden", "gelijk", "gewoon", "gerust", "gedrag", "geduld",
    "gebouw", "gesprek", "gevolg", "gemak", "gezag", "gelid", "geest", "getijd", "gewest",
    "bericht", "verlet", "verschil", "besef", "bezit", "beroep", "verband", "verstand", "verbod",
    "verkeerd", "voorrecht", "onderzoek", "overleg", "verzet", "bestand", "ontwerp", "verlof",
    "bedrijf", "beleid", "belet", "verhaal", "verbruik", "verlies", "verzoek", "verdriet",
    "verwijt", "gebrek", "beeld", "vermoed", "bewind", "gevaar", "geweld", "gelid", "beheer",
    "bestuurd", "onderwijs", "voordat", "omdat", "doordat", "opdat", "nadat", "totdat", "zodat",
    "eerst", "geest", "gast", "gedurende", "verleden", "besluit", "overheid", "verantwoord",
    "bereid", "gevat", "gebaat", "bekend", "gewend", "gezind", "gerenommeerd", "gewild", "geblesseerd", "gewond",
    "getrouwd", "verliefd", "verloofd", "gespannen", "opgelucht", "geleden", "gezien",
  ]

  /// The built-in lexicon.
  public static let builtin = VerbLexicon(
    list: WordList.builtin("participles.tsv"), frequencies: .builtin)

  /// A lexicon from a list in the `participles.tsv` format.
  public init(list: WordList, frequencies: FrequencyLexicon) {
    var table = ByteKeyTable<ParticipleInfo>(capacity: list.entries.count * 2)
    for (index, entry) in list.entries.enumerated() where entry.forms.count > VerbSlot.pastParticiple.rawValue {
      let keywords = entry.noteKeywords
      let auxiliary: PerfectAuxiliary =
        switch keywords.dropFirst().first {
        case "zijn": .zijn
        case "hebben/zijn": .either
        default: .hebben
        }
      let info = ParticipleInfo(
        infinitive: entry.forms[0], auxiliary: auxiliary, oftenAdjective: keywords.contains("bn"),
        verbIndex: index)
      table.insert(info, for: entry.forms[VerbSlot.pastParticiple.rawValue].lowercased())
    }
    verbs = list.entries
    participles = table
    self.frequencies = frequencies
    irregularInfinitives = Set(list.entries.filter { entry in
      guard entry.forms.count > VerbSlot.pastParticiple.rawValue else { return false }
      let participle = entry.forms[VerbSlot.pastParticiple.rawValue]
      return participle.hasSuffix("en") || !(participle.hasSuffix("d") || participle.hasSuffix("t"))
    }.map { $0.forms[0] })
    verbsByInfinitive = Dictionary(
      list.entries.enumerated().map { ($1.forms[0], $0) }, uniquingKeysWith: { first, _ in first })
    let participleForms = Set(list.entries.compactMap { $0.forms.count > 5 ? $0.forms[5] : nil })
    finiteForms = Set(list.entries.flatMap { $0.forms.dropFirst().prefix(4) }).subtracting(participleForms)
  }

  /// The principal parts of a listed verb, by infinitive.
  public func principalParts(of infinitive: String) -> [String]? {
    verbsByInfinitive[infinitive].map { verbs[$0].forms }
  }

  /// Whether the frequency list has `word`.
  func knowsWord(_ word: String) -> Bool { frequencies.zipf(word) != nil }

  /// The listed participle `word` (lower case), if any.
  public func listedParticiple(_ word: UnsafeBufferPointer<UInt8>) -> ParticipleInfo? {
    participles.value(for: word)
  }

  /// Whether the lower-case `word` is a past participle, and what is known
  /// of it: listed participles and their separable compounds (`aangeboden`),
  /// then regular shapes whose infinitive is a known word.
  public func participle(_ word: UnsafeBufferPointer<UInt8>) -> ParticipleInfo? {
    guard word.count >= 4 else { return nil }
    if let listed = participles.value(for: word) {
      // `geleden` (ago), `gewild` (popular): listed, but mostly not verbs.
      return Self.lookalikes.contains(String(decoding: word, as: UTF8.self)) ? nil : listed
    }
    // Regular participles end in d or t, compounds of listed ones in n or t: skip the rest cheaply.
    let last = word[word.count - 1]
    guard last == UInt8(ascii: "d") || last == UInt8(ascii: "t") || last == UInt8(ascii: "n") else { return nil }
    let text = String(decoding: word, as: UTF8.self)
    if Self.lookalikes.contains(text) || finiteForms.contains(text) { return nil }
    // A separable particle before a listed or regular participle: `vast|gesteld`, `aan|geboden`.
    for particle in Self.particles where text.hasPrefix(particle) && text.count > particle.count + 4 {
      let rest = String(text.dropFirst(particle.count))
      guard rest.hasPrefix("ge") || rest.hasPrefix("be") || rest.hasPrefix("ver") || rest.hasPrefix("ont")
        || rest.hasPrefix("her") || participles.value(for: rest) != nil
      else { continue }
      if var info = participles.value(for: rest) ?? regularParticiple(rest) {
        info.infinitive = particle + info.infinitive
        info.verbIndex = nil
        return info
      }
    }
    return regularParticiple(text)
  }

  /// `gemaakt`, `betaald`, `geïnformeerd`, `gezet`: a prefix, a stem and
  /// `-d`/`-t`, where stem + `-en` is a known verb whose participle ends in
  /// that letter (`t` after t, k, f, s, ch, p of the infinitive's stem, else `d`:
  /// so `betaalt` and `verwerpt` are present tense, not participles).
  private func regularParticiple(_ word: String) -> ParticipleInfo? {
    guard let last = word.last, last == "d" || last == "t", !Self.lookalikes.contains(word) else { return nil }
    var stems: [(prefix: String, stem: Substring)] = []
    if word.hasPrefix("ge") { stems.append(("", word.dropFirst(2))) }
    for prefix in Self.prefixes where word.hasPrefix(prefix) && prefix != "ge" {
      stems.append((prefix, word.dropFirst(prefix.count)))
    }
    // Of the infinitives the spelling allows, the most frequent wins: `gesteld`
    // is from `stellen`, not `stelen`.
    var best: (infinitive: String, zipf: Double)?
    for (prefix, rest) in stems where rest.count >= 3 {
      // The ending is either added (`maak|t`) or the stem's own d or t (`zet`, `dood`).
      for stem in [rest.dropLast(), rest] where stem.count >= 2 {
        var stemText = String(stem)
        if let first = stemText.unicodeScalars.first, first == "ï" || first == "ë" {
          stemText = (first == "ï" ? "i" : "e") + String(String.UnicodeScalarView(stemText.unicodeScalars.dropFirst()))
        }
        for infinitive in Self.infinitives(ofStem: stemText) {
          let full = prefix + infinitive
          guard let zipf = frequencies.zipf(full), !irregularInfinitives.contains(full),
            Self.participleEnding(ofInfinitive: infinitive) == last, zipf > best?.zipf ?? -1,
            stem.count != rest.count || isVerb(full, stem: prefix + stemText, ending: last)
          else { continue }
          best = (full, zipf)
        }
      }
    }
    return best.map { ParticipleInfo(infinitive: $0.infinitive, auxiliary: .hebben, oftenAdjective: false, verbIndex: nil) }
  }

  /// Whether `infinitive` is a verb and not a plural noun (`bezwaarschrift`
  /// read as a participle of `bezwaarschriften`): its past tense is a known
  /// word too, or it is common. Asked when the participle's d or t is the stem's own.
  private func isVerb(_ infinitive: String, stem: String, ending: Character) -> Bool {
    let past = stem + (ending == "t" ? "te" : "de")
    if frequencies.zipf(past) != nil || frequencies.zipf(past + "n") != nil { return true }
    return (frequencies.zipf(infinitive) ?? 0) >= 3.5
  }

  /// The last letter of a regular participle: `t` when the infinitive's stem
  /// ends in t, k, f, s, ch or p ('t kofschip), else `d` (also after v and z).
  static func participleEnding(ofInfinitive infinitive: String) -> Character {
    let stem = infinitive.hasSuffix("en") ? infinitive.dropLast(2) : Substring(infinitive)
    guard let last = stem.last else { return "d" }
    if stem.hasSuffix("ch") { return "t" }
    return "tkfsp".contains(last) || last == "x" ? "t" : "d"
  }

  /// Infinitives that can belong to a stem: `werk` → `werken`, `maak` →
  /// `maken`, `stuur` → `sturen`, `leef` → `leven`, `reis` → `reizen`,
  /// `zet` → `zetten`, `informeer` → `informeren`.
  static func infinitives(ofStem stem: String) -> [String] {
    var scalars = Array(stem.unicodeScalars)
    guard let last = scalars.last else { return [] }
    var bases = [scalars]
    // A long vowel written double in a closed syllable is single in an open one.
    let count = scalars.count
    if count >= 3, scalars[count - 2] == scalars[count - 3], "aeou".unicodeScalars.contains(scalars[count - 2]) {
      scalars.remove(at: count - 2)
      bases.append(scalars)
    }
    var candidates: [String] = []
    for base in bases {
      candidates.append(String(String.UnicodeScalarView(base)) + "en")
      // Voiced in the infinitive: leef → leven, reis → reizen.
      if last == "f" || last == "s" {
        var voiced = base
        voiced[voiced.count - 1] = last == "f" ? "v" : "z"
        candidates.append(String(String.UnicodeScalarView(voiced)) + "en")
      }
    }
    // A short vowel doubles the consonant: zet → zetten, bel → bellen.
    if !"aeiouy".unicodeScalars.contains(last) { candidates.append(stem + String(last) + "en") }
    return candidates
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
