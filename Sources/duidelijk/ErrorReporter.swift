import DirectDuidelijk
import DuidelijkReporters

/// Writes `duidelijk: error: <what> (<where>)` lines to stderr and remembers
/// that one was written, so the command can exit 2 after finishing the other files.
final class ErrorReporter: @unchecked Sendable {
  static let shared = ErrorReporter()

  private let lock = Mutex()
  private(set) var errorCount = 0

  /// Reports an input problem in `file`.
  func report(_ error: InputError, file: String) {
    var place = file
    if let offset = error.offset { place += ", byte \(offset)" }
    report(error.what, place: place)
  }

  /// Reports any error met while reading `file`.
  func report(_ error: any Error, file: String) {
    if let input = error as? InputError {
      report(input, file: file)
    } else {
      report("\(error)", place: file)
    }
  }

  /// Reports `what` at `place`.
  func report(_ what: String, place: String?) {
    lock.locked {
      errorCount += 1
      let suffix = place.map { " (\($0))" } ?? ""
      ByteOutput.standardError.write("duidelijk: error: \(what)\(suffix)\n")
      ByteOutput.standardError.flush()
    }
  }

  /// Reports a usage error from the argument parser, usage text included.
  func reportUsage(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
    let first = lines.first.map { $0.hasPrefix("Error: ") ? $0.dropFirst(7) : $0 } ?? ""
    var text = "duidelijk: error: \(first)\n"
    if lines.count > 1 { text += lines.dropFirst().joined(separator: "\n") + "\n" }
    lock.locked { errorCount += 1 }
    ByteOutput.standardError.write(text)
    ByteOutput.standardError.flush()
  }
}

/// A small lock for state shared by worker threads.
final class Mutex: @unchecked Sendable {
  #if canImport(Glibc)
    private var mutex = pthread_mutex_t()
  #endif

  init() {
    #if canImport(Glibc)
      pthread_mutex_init(&mutex, nil)
    #endif
  }

  func locked<Result>(_ body: () throws -> Result) rethrows -> Result {
    #if canImport(Glibc)
      pthread_mutex_lock(&mutex)
      defer { pthread_mutex_unlock(&mutex) }
    #endif
    return try body()
  }
}

#if canImport(Glibc)
  import Glibc
#endif
