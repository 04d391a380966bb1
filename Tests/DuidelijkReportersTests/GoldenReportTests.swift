import DuidelijkReporters
import DuidelijkTestSupport
import Testing

/// Every format's report of `GoldenInput`, pinned byte for byte in `Golden/`.
/// The word lists shape the findings: after a change to them, regenerate with
/// `DUIDELIJK_UPDATE_GOLDEN=1 swift test` and review the diff.
@Suite("golden reports")
struct GoldenReportTests {
  /// The golden file of each format, with an extension editors recognise.
  static func goldenFile(for format: String) -> GoldenFile {
    let extensions = ["text": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "checkstyle": "xml"]
    return GoldenFile("check-\(format).\(extensions[format] ?? "txt")")
  }

  @Test(arguments: Reporters.all.map { $0.formatName })
  func reportMatchesItsGoldenFile(_ format: String) throws {
    let output = try ReportHarness.report(format, of: GoldenInput.files)
    if let mismatch = Self.goldenFile(for: format).mismatch(output) { Issue.record("\(mismatch)") }
  }
}
