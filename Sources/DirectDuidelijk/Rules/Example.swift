/// An example sentence in a rule's description, with the spans the rule
/// must find marked `⟦…⟧`, and where it is written (for test failures).
public struct Example: Sendable {
  /// The text with marks.
  public let text: String
  /// The rewrite a B1 editor would make, if given.
  public let rewrite: String?
  /// Where the example is written in the source, so a failing test points at it.
  public let fileID: String
  public let filePath: String
  public let line: Int
  public let column: Int

  /// An example; the source location is filled in by the compiler.
  public init(
    _ text: String, rewrite: String? = nil, fileID: String = #fileID, filePath: String = #filePath,
    line: Int = #line, column: Int = #column
  ) {
    self.text = text
    self.rewrite = rewrite
    self.fileID = fileID
    self.filePath = filePath
    self.line = line
    self.column = column
  }
}
