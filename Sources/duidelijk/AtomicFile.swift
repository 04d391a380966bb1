import DirectDuidelijk

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a whole file and replacing it atomically: the new contents go
/// to a temporary file in the same folder, which takes the old file's
/// permissions and is then renamed over it. On any error the original is untouched.
enum AtomicFile {
  /// Reads all of `file` (stdin when it has no path).
  static func read(_ file: InputFile) throws(InputError) -> [UInt8] {
    let source = try file.path.map { path throws(InputError) in try FileDescriptorSource(path: path) }
      ?? FileDescriptorSource(descriptor: 0)
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(InputError) in try source.read(into: pointer) }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }

  /// Why a file could not be replaced; the original is intact.
  struct WriteError: Error {
    var reason: String
  }

  /// Replaces the contents of `path` with `bytes`.
  static func replace(path: String, with bytes: [UInt8]) throws(WriteError) {
    var status = stat()
    guard stat(path, &status) == 0 else { throw WriteError(reason: FileDescriptorSource.lastErrorText()) }
    guard access(path, W_OK) == 0 else { throw WriteError(reason: "the file is not writable") }
    let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    var template = Array("\(folder.isEmpty ? "/" : folder)/.duidelijk-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw WriteError(reason: "cannot create a temporary file next to it: \(FileDescriptorSource.lastErrorText())")
    }
    let temporary = String(cString: template)
    var failure: String?
    bytes.withUnsafeBytes { raw in
      var written = 0
      while written < raw.count {
        let result = write(descriptor, raw.baseAddress! + written, raw.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = FileDescriptorSource.lastErrorText()
          return
        }
        written += result
      }
    }
    if failure == nil && fsync(descriptor) != 0 { failure = FileDescriptorSource.lastErrorText() }
    if failure == nil && fchmod(descriptor, status.st_mode & 0o7777) != 0 { failure = FileDescriptorSource.lastErrorText() }
    close(descriptor)
    if failure == nil && rename(temporary, path) != 0 { failure = FileDescriptorSource.lastErrorText() }
    if let failure {
      unlink(temporary)
      throw WriteError(reason: "\(failure); the file is unchanged")
    }
  }
}
