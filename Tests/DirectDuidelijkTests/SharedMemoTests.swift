import Dispatch
import Testing

@testable import DirectDuidelijk

@Suite("Shared memo")
struct SharedMemoTests {
  final class Counter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var value = 0
    func increment() {
      lock.wait()
      value += 1
      lock.signal()
    }
    var count: Int {
      lock.wait()
      defer { lock.signal() }
      return value
    }
  }

  @Test func makesEachValueOnceAndReturnsIt() {
    let memo = SharedMemo<String, Int>()
    let calls = Counter()
    for _ in 0..<3 {
      #expect(memo.value(for: "middels") { calls.increment(); return 7 } == 7)
    }
    #expect(memo.value(for: "teneinde") { calls.increment(); return 8 } == 8)
    #expect(calls.count == 2)
  }

  @Test func startsAfreshWhenFull() {
    let memo = SharedMemo<Int, Int>(limit: 2)
    let calls = Counter()
    for key in [1, 2, 3, 1] { _ = memo.value(for: key) { calls.increment(); return key * 10 } }
    // The third key clears the memo, so the first is made again.
    #expect(calls.count == 4)
    #expect(memo.value(for: 1) { -1 } == 10)
  }

  @Test func givesTheSameAnswersFromManyThreads() {
    let memo = SharedMemo<Int, Int>()
    let wrong = Counter()
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      for key in 0..<2_000 where memo.value(for: (key + thread) % 500, make: { ((key + thread) % 500) * 3 }) != ((key + thread) % 500) * 3 {
        wrong.increment()
      }
    }
    #expect(wrong.count == 0)
  }

  @Test func laterChecksThroughTheSameResourcesGiveTheSameFindings() throws {
    // The first check fills the memos; the second answers from them.
    let text = "Indien u de aanvraag middels het formulier indient, wordt deze door de gemeente beoordeeld. De precariobelasting wordt geheven."
    let checker = Checker()
    let first = try checker.check(text)
    let second = try checker.check(text)
    #expect(first == second)
    let rules = Set(first.map(\.ruleID))
    #expect(rules.isSuperset(of: ["officialese", "passive-voice", "difficult-word"]))
  }
}
