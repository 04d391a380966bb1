/// A path glob: `*` matches within one path segment, `**` across segments,
/// `?` one character (`vendor/**`, `**/*.min.html`).
public struct GlobPattern: Sendable, Hashable {
  /// The pattern as written.
  public let pattern: String
  private let parts: [Character]

  /// A pattern.
  public init(_ pattern: String) {
    self.pattern = pattern
    parts = Array(pattern)
  }

  /// Whether `path` (with `/` separators, relative) matches.
  public func matches(_ path: String) -> Bool {
    Self.match(parts[...], Array(path)[...])
  }

  private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
    guard let first = pattern.first else { return text.isEmpty }
    if first == "*" {
      let rest = pattern.dropFirst()
      if rest.first == "*" {
        // `**/` also matches no folder at all.
        var afterStars = rest.dropFirst()
        if afterStars.first == "/" {
          afterStars = afterStars.dropFirst()
          if match(afterStars, text) { return true }
        }
        for index in text.indices where match(afterStars, text[index...]) { return true }
        return match(afterStars, text[text.endIndex...])
      }
      var index = text.startIndex
      while true {
        if match(rest, text[index...]) { return true }
        guard index < text.endIndex, text[index] != "/" else { return false }
        index += 1
      }
    }
    guard let character = text.first else { return false }
    if first == "?" ? character != "/" : first == character {
      return match(pattern.dropFirst(), text.dropFirst())
    }
    return false
  }
}
