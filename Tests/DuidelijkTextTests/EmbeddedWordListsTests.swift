import DuidelijkData
import Foundation
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Embedded word lists")
struct EmbeddedWordListsTests {
  @Test func generatedFileMatchesTheTSVFiles() throws {
    let folder = repositoryRoot.appendingPathComponent("wordlists")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tsv") }.sorted()
    #expect(EmbeddedWordLists.all.map(\.name) == names, "run Scripts/generate-embedded-wordlists.py")
    for (name, contents) in EmbeddedWordLists.all {
      let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      #expect(contents == onDisk, "\(name) is stale: run Scripts/generate-embedded-wordlists.py")
    }
  }
}
