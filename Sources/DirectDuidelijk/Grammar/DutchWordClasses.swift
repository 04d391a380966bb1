/// Small closed classes of Dutch words that the grammar rules need.
enum DutchWordClasses {
  /// Forms of `worden`, the auxiliary of the passive.
  static let worden: Set<String> = ["word", "wordt", "worden", "werd", "werden", "geworden"]
  /// Forms of `zijn`, the auxiliary of the perfect passive (`is besloten`).
  static let zijn: Set<String> = ["ben", "bent", "is", "zijn", "was", "waren", "geweest", "zijnde", "wezen"]
  /// Forms of `hebben`, which owns a participle in the active perfect (`heeft verzonden`).
  static let hebben: Set<String> = ["heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad"]
  /// Modal and other verbs that take a bare infinitive (`moet worden verzonden`).
  static let modals: Set<String> = [
    "kan", "kun", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "mag",
    "mogen", "mocht", "mochten", "wil", "wilt", "willen", "wilde", "wilden", "wou", "zal", "zult",
    "zullen", "zou", "zouden", "dien", "dient", "dienen", "diende", "dienden", "hoeft", "hoeven",
    "hoefde", "hoefden",
  ]
  /// Words that open a clause of their own: subordinating conjunctions,
  /// relative and interrogative pronouns, and the coordinators of clauses.
  static let clauseOpeners: Set<String> = [
    "dat", "die", "omdat", "als", "wanneer", "terwijl", "nadat", "voordat", "zodat", "doordat",
    "waardoor", "waarbij", "waarin", "waarmee", "waarop", "waarvan", "waarna", "waarover", "waaruit",
    "welke", "wie", "hoewel", "indien", "tenzij", "totdat", "sinds", "zodra", "mits", "want", "maar",
    "en", "of", "dus", "ofwel", "alsof", "zoals", "opdat", "aangezien", "zolang", "waarom", "hoe", "waar",
  ]
  /// Function words that may follow a participle at the end of its clause
  /// (so the participle is not an adjective before a noun).
  static let functionWords: Set<String> = [
    "de", "het", "een", "en", "of", "maar", "door", "voor", "in", "op", "aan", "met", "bij", "naar",
    "van", "om", "te", "tot", "uit", "over", "onder", "tegen", "na", "zonder", "via", "dan", "als",
    "dat", "die", "omdat", "wanneer", "terwijl", "zodat", "want", "dus", "ook", "nog", "al", "wel",
    "niet", "geen", "er", "hier", "daar", "nu", "toen", "zo", "meer", "heel", "zeer", "erg", "vanaf",
    "tijdens", "binnen", "buiten", "volgens", "sinds", "per", "u", "we", "wij", "ze", "zij", "hij",
    "ik", "jij", "je", "men", "hun", "haar", "hem", "ons", "wegens", "vanwege", "dankzij", "ondanks",
    "langs", "rond", "rondom", "bij", "achter", "naast", "tussen", "boven", "beneden", "richting", "zoals",
    "inmiddels", "intussen", "gisteren", "vandaag", "morgen", "eerder", "later", "opnieuw", "weer", "toch",
    "pas", "alleen", "vooral", "zelfs", "maar", "ooit", "nooit", "altijd", "vaak", "soms", "snel",
  ]
}
