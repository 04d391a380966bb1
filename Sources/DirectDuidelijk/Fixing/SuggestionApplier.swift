/// Applies suggestions to text: each replaces its bytes, the bytes between
/// them stay exactly as they were (encoding, line ends, spaces).
public enum SuggestionApplier {
  /// The suggestions that can be applied together: sorted by position, and
  /// of overlapping ones only the first.
  public static func nonOverlapping(_ suggestions: [Suggestion]) -> [Suggestion] {
    let sorted = suggestions.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    var kept: [Suggestion] = []
    for suggestion in sorted where kept.last.map({ $0.range.upperBound <= suggestion.range.lowerBound }) ?? true {
      kept.append(suggestion)
    }
    return kept
  }

  /// `bytes` (which start at `baseOffset` in the input) with `suggestions`
  /// applied, and the suggestions that were.
  public static func apply(
    _ suggestions: [Suggestion], to bytes: [UInt8], baseOffset: Int = 0
  ) -> (bytes: [UInt8], applied: [Suggestion]) {
    let applied = nonOverlapping(suggestions).filter {
      $0.range.lowerBound >= baseOffset && $0.range.upperBound <= baseOffset + bytes.count
    }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 64)
    var position = 0
    for suggestion in applied {
      let start = suggestion.range.lowerBound - baseOffset
      result.append(contentsOf: bytes[position..<start])
      result.append(contentsOf: suggestion.replacement.utf8)
      position = suggestion.range.upperBound - baseOffset
    }
    result.append(contentsOf: bytes[position...])
    return (result, applied)
  }

  /// `text` with `suggestions` applied (offsets are UTF-8 offsets into `text`).
  public static func apply(_ suggestions: [Suggestion], to text: String) -> (text: String, applied: [Suggestion]) {
    let (bytes, applied) = apply(suggestions, to: Array(text.utf8))
    return (String(decoding: bytes, as: UTF8.self), applied)
  }
}
