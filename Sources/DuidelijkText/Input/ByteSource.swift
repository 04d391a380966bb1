#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Something bytes can be read from in pieces: a file, stdin, memory.
public protocol ByteSource {
  /// Reads up to `buffer.count` bytes; returns 0 at the end.
  mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int
}

/// Reads a file descriptor with `read(2)`, so stdin streams however large it is.
public final class FileDescriptorSource: ByteSource {
  private let descriptor: Int32
  private let ownsDescriptor: Bool

  /// Reads from an open descriptor (e.g. 0 for stdin), which stays open.
  public init(descriptor: Int32) {
    self.descriptor = descriptor
    self.ownsDescriptor = false
  }

  /// Opens the file at `path` for reading.
  public init(path: String) throws(InputError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(reason: Self.lastErrorText()) }
    self.descriptor = descriptor
    self.ownsDescriptor = true
  }

  deinit { if ownsDescriptor { close(descriptor) } }

  public func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    while true {
      #if canImport(Glibc)
        let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      #else
        let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
      #endif
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw .unreadable(reason: Self.lastErrorText())
    }
  }

  /// The text of `errno`, in lower case.
  public static func lastErrorText() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}

/// Bytes already in memory.
public struct MemorySource: ByteSource {
  private let bytes: [UInt8]
  private var position = 0

  /// Reads from `bytes`.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    let count = min(buffer.count, bytes.count - position)
    for index in 0..<count { buffer[index] = bytes[position + index] }
    position += count
    return count
  }
}
