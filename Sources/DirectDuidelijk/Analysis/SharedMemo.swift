#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Results of pure, costly judgements (is a word difficult, how does a verb
/// conjugate) shared by every check session of a process, behind a lock.
///
/// Sessions keep their own lock-free cache in front of this one and come
/// here only on a miss, so threads checking a directory rarely meet at the
/// lock, while a new file no longer pays again for words earlier files had.
/// Bounded: it starts afresh when full.
final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var values: [Key: Value] = [:]
  private let limit: Int

  init(limit: Int = 200_000) {
    self.limit = limit
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// The value for `key`, made by `make` (outside the lock) when absent.
  func value(for key: Key, make: () -> Value) -> Value {
    pthread_mutex_lock(mutex)
    let known = values[key]
    pthread_mutex_unlock(mutex)
    if let known { return known }
    let value = make()
    pthread_mutex_lock(mutex)
    if values.count >= limit { values.removeAll(keepingCapacity: true) }
    values[key] = value
    pthread_mutex_unlock(mutex)
    return value
  }
}
