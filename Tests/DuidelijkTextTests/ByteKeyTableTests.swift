import Testing

@testable import DuidelijkText

@Suite("Byte key table")
struct ByteKeyTableTests {
  private func table(_ keys: [String]) -> ByteKeyTable<Int> {
    var table = ByteKeyTable<Int>(capacity: 2)
    for (index, key) in keys.enumerated() { table.insert(index, for: key) }
    return table
  }

  @Test func mappedValuesKeepEveryKey() {
    let keys = (0..<100).map { "woord\($0)" } + ["cliënt", "ideeën", ""]
    let mapped = table(keys).mapValues { "waarde \($0)" }
    for (index, key) in keys.enumerated() { #expect(mapped.value(for: key) == "waarde \(index)") }
    #expect(mapped.value(for: "woord100") == nil)
    #expect(mapped.count == keys.count)
  }

  @Test func keysComeInInsertionOrderOnce() {
    var table = table(["middels", "teneinde", "ter zake"])
    let inserted = table.insert(9, for: "middels")
    #expect(!inserted)
    #expect(table.value(for: "middels") == 0)
    var seen: [String] = []
    table.forEachKey { seen.append(String(decoding: $0, as: UTF8.self)) }
    #expect(seen == ["middels", "teneinde", "ter zake"])
  }
}
