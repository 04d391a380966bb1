#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered writer to a file descriptor that works on bytes.
///
/// When the reader goes away (`duidelijk … | head`), writes stop quietly and
/// `isBroken` turns true, so the caller can end without an error message.
/// Used from one thread at a time: parallel work hands its output to the
/// thread that writes, in order.
public final class ByteOutput: TextOutputStream, @unchecked Sendable {
  /// The bytes waiting to be written; append directly for speed.
  public var buffer: [UInt8] = []
  private let descriptor: Int32
  private let flushThreshold: Int
  /// True once a write failed (closed pipe, full disk).
  public private(set) var isBroken = false

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
          return
        }
        written += result
      }
    }
  }
}
