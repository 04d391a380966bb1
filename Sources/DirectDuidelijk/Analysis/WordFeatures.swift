/// What a word token is, as far as the grammar rules ask: found with one
/// hash lookup per token when a chunk is analysed, so rules test bits
/// instead of building strings.
public struct WordFeatures: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// A form of `worden` that can be the passive auxiliary (`wordt`, `werd`; not `geworden`).
  public static let worden = WordFeatures(rawValue: 1 << 0)
  /// A form of `zijn` (`is`, `waren`).
  public static let zijn = WordFeatures(rawValue: 1 << 1)
  /// A form of `hebben`.
  public static let hebben = WordFeatures(rawValue: 1 << 2)
  /// A modal (`kan`, `moet`, `zal`, `dient`).
  public static let modal = WordFeatures(rawValue: 1 << 3)
  /// `gaan`, `laten`, `blijven` forms, which also take an infinitive.
  public static let takesInfinitive = WordFeatures(rawValue: 1 << 4)
  /// A word that opens a clause (`dat`, `omdat`, `die`, `en`).
  public static let clauseOpener = WordFeatures(rawValue: 1 << 5)
  /// A function word (article, preposition, pronoun, adverb of degree).
  public static let functionWord = WordFeatures(rawValue: 1 << 6)
  /// `u`, `uw`: formal address.
  public static let formalAddress = WordFeatures(rawValue: 1 << 7)
  /// `je`, `jij`, `jouw`, `jullie`: informal address.
  public static let informalAddress = WordFeatures(rawValue: 1 << 8)
  /// `door`, which names the actor of a passive.
  public static let door = WordFeatures(rawValue: 1 << 9)
  /// `er`, of the impersonal passive.
  public static let er = WordFeatures(rawValue: 1 << 10)
  /// The article `het`.
  public static let het = WordFeatures(rawValue: 1 << 11)
  /// `van`.
  public static let van = WordFeatures(rawValue: 1 << 12)
  /// Starts with a capital letter.
  public static let capitalized = WordFeatures(rawValue: 1 << 13)
  /// Written in capitals only, two letters or more (`WMO`).
  public static let allCapitals = WordFeatures(rawValue: 1 << 14)
  /// A subordinating conjunction or relative word (`dat`, `omdat`, `die`),
  /// which opens a clause however eagerly clauses are split.
  public static let subordinator = WordFeatures(rawValue: 1 << 15)

  /// Any auxiliary that may own a participle or infinitive at the end of its clause.
  public static let auxiliary: WordFeatures = [.worden, .zijn, .hebben, .modal, .takesInfinitive]

  /// The closed classes, by lower-case word.
  static let lexicon: ByteKeyTable<WordFeatures> = {
    var features: [String: WordFeatures] = [:]
    func add(_ words: Set<String>, _ feature: WordFeatures) {
      for word in words { features[word, default: []].insert(feature) }
    }
    add(DutchWordClasses.worden.subtracting(["geworden"]), .worden)
    add(DutchWordClasses.zijn, .zijn)
    add(DutchWordClasses.hebben, .hebben)
    add(DutchWordClasses.modals, .modal)
    add(["ga", "gaat", "gaan", "ging", "gingen", "blijf", "blijft", "blijven", "laat", "laten", "liet", "lieten"], .takesInfinitive)
    add(DutchWordClasses.clauseOpeners, .clauseOpener)
    add(ClauseSplitter.subordinators, .subordinator)
    add(DutchWordClasses.functionWords, .functionWord)
    add(["u", "uw", "uzelf", "uwe"], .formalAddress)
    add(["je", "jij", "jou", "jouw", "jezelf", "jullie", "jouwe"], .informalAddress)
    add(["door"], .door)
    add(["er"], .er)
    add(["het"], .het)
    add(["van"], .van)
    var table = ByteKeyTable<WordFeatures>(capacity: features.count)
    for (word, feature) in features { table.insert(feature, for: word) }
    return table
  }()
}
