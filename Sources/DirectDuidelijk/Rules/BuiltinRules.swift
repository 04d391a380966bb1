/// Every rule the checker has, sorted by id.
public enum BuiltinRules {
  /// The rule types, sorted by id (a test checks order and uniqueness).
  public static let all: [any Rule.Type] = [
    AbbreviationRule.self,
    AnglicismRule.self,
    DifficultWordRule.self,
    LongParagraphRule.self,
    LongSentenceRule.self,
    MixedAddressRule.self,
    NominalizationRule.self,
    OfficialeseRule.self,
    PassiveVoiceRule.self,
    SeparatedVerbRule.self,
  ]

  /// The rule type with `id`.
  public static func rule(withID id: String) -> (any Rule.Type)? {
    all.first { $0.description.id == id }
  }
}
