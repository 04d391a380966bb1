/// An example sentence with spans marked `⟦…⟧`: the text without the marks
/// and the UTF-8 ranges the marks enclosed.
public struct MarkedText: Sendable, Equatable {
  /// The text with the marks removed.
  public let text: String
  /// The marked spans, as UTF-8 offsets into `text`.
  public let ranges: [TextRange]

  /// A problem with the marks.
  public struct MarkError: Error, Equatable, CustomStringConvertible {
    public let example: String
    public var description: String { "unbalanced ⟦…⟧ marks in: \(example)" }
  }

  /// Strips the marks from `marked`.
  public init(_ marked: String) throws(MarkError) {
    var text = ""
    var ranges: [TextRange] = []
    var openedAt: Int?
    var length = 0
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦":
        guard openedAt == nil else { throw MarkError(example: marked) }
        openedAt = length
      case "⟧":
        guard let start = openedAt else { throw MarkError(example: marked) }
        ranges.append(start..<length)
        openedAt = nil
      default:
        text.unicodeScalars.append(scalar)
        length += scalar.utf8.count
      }
    }
    guard openedAt == nil else { throw MarkError(example: marked) }
    self.text = text
    self.ranges = ranges
  }

  /// The text of the first marked span.
  public var firstSpan: String? {
    guard let range = ranges.first else { return nil }
    return String(decoding: Array(text.utf8)[range], as: UTF8.self)
  }
}
