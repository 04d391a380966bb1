import Dispatch

/// Runs work items on up to `jobs` threads and hands the results to `emit`
/// in item order, on the calling thread, as soon as each next one is ready:
/// output stays deterministic whatever the timing.
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
    let slots = DispatchSemaphore(value: jobs)
    let queue = DispatchQueue.global(qos: .userInitiated)
    // Items start in order; at most `jobs` run at once.
    queue.async {
      for index in 0..<count {
        slots.wait()
        queue.async {
          let result = work(index)
          state.store(result, at: index)
          slots.signal()
        }
      }
    }
    for index in 0..<count { emit(index, state.take(index)) }
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
