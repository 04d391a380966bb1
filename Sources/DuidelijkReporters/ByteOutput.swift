#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered writer to a file descriptor that works on bytes.
///
/// When a write fails, writes stop, `isBroken` turns true, `failure` holds
/// the `errno` and `onFailure` is called once: the reader went away
/// (`duidelijk … | head`, `EPIPE`) or the output cannot take more (a full disk).
/// Used from one thread at a time: parallel work hands its output to the
/// thread that writes, in order.
public final class ByteOutput: TextOutputStream, @unchecked Sendable {
  /// The bytes waiting to be written; append directly for speed.
  public var buffer: [UInt8] = []
  private let descriptor: Int32
  private let flushThreshold: Int
  /// True once a write failed (closed pipe, full disk).
  public private(set) var isBroken = false
  /// The `errno` of the failed write (`EPIPE`: the reader went away); 0 before.
  public private(set) var failure: Int32 = 0
  /// Called once, on the writing thread, when a write fails, with its `errno`;
  /// the command line ends the process there instead of working on for nobody.
  public var onFailure: ((Int32) -> Void)?

  /// Standard output.
  public static let standardOutput = ByteOutput(descriptor: 1)
  /// Standard error, flushed at every line.
  public static let standardError = ByteOutput(descriptor: 2, flushThreshold: 0)

  /// Writes to `descriptor`, flushing when `flushThreshold` bytes are waiting.
  public init(descriptor: Int32, flushThreshold: Int = 1 << 16) {
    self.descriptor = descriptor
    self.flushThreshold = flushThreshold
    buffer.reserveCapacity(flushThreshold + 4096)
    // A closed pipe must give EPIPE, not kill the process.
    signal(SIGPIPE, SIG_IGN)
  }

  /// Appends `string` as UTF-8.
  public func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    flushIfNeeded()
  }

  /// Appends raw bytes.
  public func write(bytes: some Collection<UInt8>) {
    buffer.append(contentsOf: bytes)
    flushIfNeeded()
  }

  /// Flushes when enough is waiting; call after appending to `buffer` directly.
  @inline(__always)
  public func flushIfNeeded() {
    if buffer.count > flushThreshold { flush() }
  }

  /// Writes everything waiting.
  public func flush() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard !isBroken else { return }
    buffer.withUnsafeBytes { raw in
      var written = 0
      while written < raw.count {
        #if canImport(Glibc)
          let result = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
        #else
          let result = Darwin.write(descriptor, raw.baseAddress! + written, raw.count - written)
        #endif
        if result < 0 {
          if errno == EINTR { continue }
          isBroken = true
          failure = errno
          return
        }
        written += result
      }
    }
    if isBroken, let handler = onFailure {
      onFailure = nil
      handler(failure)
    }
  }
}
