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
///
/// Stored as a start and a 32-bit length (16 bytes), since a document holds
/// one per word and memory traffic is what segmentation spends its time on.
public struct Token: Sendable, Hashable {
  @usableFromInline var start: Int
  @usableFromInline var length: UInt32
  /// What the token is.
  public var kind: TokenKind

  /// UTF-8 byte offsets into the input.
  @inlinable @inline(__always)
  public var range: TextRange {
    get { start..<(start + Int(length)) }
    set {
      start = newValue.lowerBound
      length = UInt32(truncatingIfNeeded: newValue.count)
    }
  }

  /// A token of `kind` at `range` (shorter than 4 GiB).
  @inlinable @inline(__always)
  public init(range: TextRange, kind: TokenKind) {
    self.start = range.lowerBound
    self.length = UInt32(truncatingIfNeeded: range.count)
    self.kind = kind
  }

  /// Whether the token counts as a word for sentence length and readability:
  /// words, numbers and abbreviations, not punctuation or symbols.
  @inlinable @inline(__always)
  public var isWordLike: Bool {
    switch kind {
    case .word, .number, .abbreviation, .url, .email: true
    case .punctuation, .symbol: false
    }
  }
}
