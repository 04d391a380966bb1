import Foundation
import Testing

@testable import DuidelijkReporters

@Suite("unified diff")
struct UnifiedDiffTests {
  /// A 900 kB line with 300,000 edits: the diff grows its block in place
  /// (copying the block's edits for each new edit took minutes here).
  @Test func manyEditsOnOneLongLineStayLinear() {
    let words = 300_000
    let original = Array(String(repeating: "ab ", count: words).utf8)
    let edits: [UnifiedDiff.Edit] = (0..<words).map { ($0 * 3..<$0 * 3 + 2, Array("c".utf8)) }
    let started = Date()
    let diff = UnifiedDiff.diff(path: "lang.txt", original: original, edits: edits)
    #expect(Date().timeIntervalSince(started) < 20)
    let expected = "--- a/lang.txt\n+++ b/lang.txt\n@@ -1,1 +1,1 @@\n-" + String(repeating: "ab ", count: words)
      + "\n\\ No newline at end of file\n+" + String(repeating: "c ", count: words) + "\n\\ No newline at end of file\n"
    #expect(diff == Array(expected.utf8))
  }
}
