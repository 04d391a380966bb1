/// What a token is, as `analyze` reports it in `kind`.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  /// Letters, possibly with inner hyphens or apostrophes (`e-mail`, `zo'n`).
  case word
  /// Digits with their separators: amounts, dates, times, ordinals (`1.250,50`, `14.30`, `3e`).
  case number
  /// Punctuation marks, one token each except `...`, `,,` and `''`.
  case punctuation
  /// Symbols such as `€`, `%`, `+` and emoji.
  case symbol
  /// An abbreviation or initial, its final period included (`i.v.m.`, `J.`).
  case abbreviation
  /// A web address.
  case url
  /// An e-mail address.
  case email

  /// The name used in JSON output.
  public var description: String {
    switch self {
    case .word: "word"
    case .number: "number"
    case .punctuation: "punctuation"
    case .symbol: "symbol"
    case .abbreviation: "abbreviation"
    case .url: "url"
    case .email: "email"
    }
  }
}

/// One token: its kind and where it is in the input.
public struct Token: Sendable, Hashable {
  /// UTF-8 byte offsets into the input.
  public var range: TextRange
  /// What the token is.
  public var kind: TokenKind

  /// A token of `kind` at `range`.
  public init(range: TextRange, kind: TokenKind) {
    self.range = range
    self.kind = kind
  }

  /// Whether the token counts as a word for sentence length and readability:
  /// words, numbers and abbreviations, not punctuation or symbols.
  @inline(__always)
  public var isWordLike: Bool {
    switch kind {
    case .word, .number, .abbreviation, .url, .email: true
    case .punctuation, .symbol: false
    }
  }
}
