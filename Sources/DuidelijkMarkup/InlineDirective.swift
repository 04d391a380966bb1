import DuidelijkText

/// A comment in Markdown or HTML that switches rules off or on locally:
/// `<!-- duidelijk-disable rule-id other-id -->`, `<!-- duidelijk-enable … -->`,
/// `<!-- duidelijk-disable-next-line … -->`. Text after ` -- ` is a reason
/// and ignored.
public struct InlineDirective: Sendable, Equatable {
  /// What the comment asks.
  public enum Kind: Sendable, Equatable {
    /// Rules are off from the comment on, until a matching `enable`.
    case disable
    /// Rules are on again from the comment on.
    case enable
    /// Rules are off on the line after the comment's last line.
    case disableNextLine
  }

  /// What the comment asks.
  public var kind: Kind
  /// The rule ids named; empty means all rules.
  public var rules: [String]
  /// The whole comment, `<!--` to `-->`, as byte offsets into the source.
  public var range: TextRange

  /// A directive from its parts.
  public init(kind: Kind, rules: [String], range: TextRange) {
    self.kind = kind
    self.rules = rules
    self.range = range
  }

  /// The directive a comment's inner text (between `<!--` and `-->`) spells,
  /// or nil when it is an ordinary comment.
  static func parse(commentBody body: some Collection<UInt8>, range: TextRange) -> InlineDirective? {
    let words = body.split(whereSeparator: { UTF8Bytes.isASCIIWhitespace($0) || $0 == UInt8(ascii: ",") })
    guard let keyword = words.first else { return nil }
    let kind: Kind
    switch String(decoding: keyword, as: UTF8.self) {
    case "duidelijk-disable": kind = .disable
    case "duidelijk-enable": kind = .enable
    case "duidelijk-disable-next-line": kind = .disableNextLine
    default: return nil
    }
    let reasonDash = Array("--".utf8)
    let rules = words.dropFirst()
      .prefix { !$0.elementsEqual(reasonDash) }
      .map { String(decoding: $0, as: UTF8.self) }
    return InlineDirective(kind: kind, rules: rules, range: range)
  }
}
