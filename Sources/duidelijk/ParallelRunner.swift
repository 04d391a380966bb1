import Dispatch
import Foundation

/// Runs work items on up to `jobs` threads and hands the results to `emit`
/// in item order, on the calling thread, as soon as each next one is ready:
/// output stays deterministic whatever the timing.
///
/// The workers are threads of their own, not blocks on a dispatch queue:
/// a block that waits for a slot holds one of the few worker threads
/// libdispatch keeps on Linux (one per core), which left one core for the
/// work on a two-core machine.
enum ParallelRunner {
  static func run<Result: Sendable>(
    count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, emit: (Int, Result) -> Void
  ) {
    guard count > 0 else { return }
    if jobs <= 1 || count == 1 {
      for index in 0..<count { emit(index, work(index)) }
      return
    }
    let state = ResultStore<Result>(count: count)
    // Workers run at most this many items ahead of the one being emitted, so
    // finished results waiting for a slow earlier file stay bounded.
    let slots = DispatchSemaphore(value: 4 * jobs)
    let next = NextIndex()
    for _ in 0..<min(jobs, count) {
      let worker = Thread {
        while true {
          slots.wait()
          guard let index = next.take(below: count) else {
            slots.signal()
            return
          }
          state.store(work(index), at: index)
        }
      }
      worker.stackSize = 8 << 20
      worker.start()
    }
    for index in 0..<count {
      emit(index, state.take(index))
      slots.signal()
    }
  }
}

/// The next item to start, handed out once each.
private final class NextIndex: @unchecked Sendable {
  private let lock = NSConditionLike()
  private var value = 0

  func take(below count: Int) -> Int? {
    lock.withLock {
      guard value < count else { return nil }
      defer { value += 1 }
      return value
    }
  }
}

/// Results of parallel work, waited for one by one.
private final class ResultStore<Result: Sendable>: @unchecked Sendable {
  private var results: [Result?]
  private let condition = NSConditionLike()

  init(count: Int) { results = Array(repeating: nil, count: count) }

  func store(_ result: Result, at index: Int) {
    condition.withLock { results[index] = result }
    condition.broadcast()
  }

  func take(_ index: Int) -> Result {
    condition.waitUntil {
      guard let result = results[index] else { return nil }
      results[index] = nil
      return result
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A mutex with a condition variable.
private final class NSConditionLike: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  private var condition = pthread_cond_t()

  init() {
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&condition, nil)
  }

  func withLock<Value>(_ body: () -> Value) -> Value {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }

  func broadcast() { pthread_cond_broadcast(&condition) }

  /// Waits until `body` (run under the lock) returns a value.
  func waitUntil<Value>(_ body: () -> Value?) -> Value {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    while true {
      if let value = body() { return value }
      pthread_cond_wait(&condition, &mutex)
    }
  }
}
