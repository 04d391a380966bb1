import Foundation

/// A checked-in expected output (a golden file) that a test compares with
/// byte for byte.
///
/// With `DUIDELIJK_UPDATE_GOLDEN=1` in the environment the test writes what
/// it got to the file instead, so regenerating every golden file is one
/// `DUIDELIJK_UPDATE_GOLDEN=1 swift test`; review the diff before committing.
public struct GoldenFile: Sendable {
  /// Where the expected output lives.
  public let url: URL

  /// The file `name` in the `Golden` folder beside the calling test file.
  public init(_ name: String, besides testFile: String = #filePath) {
    url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(name)
  }

  /// Whether tests write their golden files rather than compare with them.
  public static var isUpdating: Bool {
    ProcessInfo.processInfo.environment["DUIDELIJK_UPDATE_GOLDEN"] == "1"
  }

  /// Nil when `actual` is what the file holds (or when it was just written);
  /// otherwise a failure message showing the first lines that differ.
  public func mismatch(_ actual: [UInt8]) -> String? {
    if Self.isUpdating {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual).write(to: url)
        return nil
      } catch {
        return "could not write \(url.path): \(error)"
      }
    }
    guard let expected = try? Data(contentsOf: url) else {
      return "\(url.path) is missing; create it with DUIDELIJK_UPDATE_GOLDEN=1 swift test"
    }
    guard Array(expected) != actual else { return nil }
    return "output differs from \(url.lastPathComponent) (regenerate with DUIDELIJK_UPDATE_GOLDEN=1 swift test "
      + "and review the diff):\n" + Self.firstDifference(expected: Array(expected), actual: actual)
  }

  /// A unified-diff-like excerpt around the first line that differs; a
  /// carriage return shows as `\r` so CRLF changes are visible.
  static func firstDifference(expected: [UInt8], actual: [UInt8], context: Int = 2) -> String {
    let expectedLines = lines(expected)
    let actualLines = lines(actual)
    var first = 0
    while first < min(expectedLines.count, actualLines.count), expectedLines[first] == actualLines[first] {
      first += 1
    }
    let from = max(0, first - context)
    var text = "--- expected\n+++ actual\n@@ line \(first + 1) @@\n"
    for line in expectedLines[from..<first] { text += "  \(line)\n" }
    for line in expectedLines[first..<min(expectedLines.count, first + context + 1)] { text += "- \(line)\n" }
    for line in actualLines[first..<min(actualLines.count, first + context + 1)] { text += "+ \(line)\n" }
    return text
  }

  private static func lines(_ bytes: [UInt8]) -> [String] {
    String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r", with: "\\r")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
