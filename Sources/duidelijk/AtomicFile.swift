import DirectDuidelijk
import DuidelijkMarkup

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a whole file and replacing it atomically: the new contents go
/// to a temporary file in the same folder, which takes the old file's
/// permissions and is then renamed over it. On any error the original is untouched.
enum AtomicFile {
  /// What reading an input for `fix` gave.
  struct ReadInput {
    /// The bytes read: all of the input, or up to a little past `error`.
    var bytes: [UInt8]
    /// The encoding error that stopped the reading, if any.
    var error: InputError?
    /// The input after `bytes`, when reading stopped early: the filter copies it through.
    var rest: FileDescriptorSource?
  }

  /// Reads all of `file` (stdin when it has no path), checking the encoding as
  /// it goes: a binary file or an endless stream (`/dev/zero`) stops at its
  /// first bad byte instead of being read whole into memory. Text that is a
  /// `.docx` (by `type`, name or content) is read whole, unchecked, as before.
  static func read(_ file: InputFile, type: InputType?, name: String?) throws(InputError) -> ReadInput {
    let source = try file.path.map { path throws(InputError) in try FileDescriptorSource(path: path) }
      ?? FileDescriptorSource(descriptor: 0)
    let recorder = RecordingSource(source)
    do {
      let reader = ChunkedReader(source: recorder)
      while try reader.next() != nil {}
      return ReadInput(bytes: recorder.bytes)
    } catch .unreadable(let reason) {
      throw .unreadable(reason: reason)
    } catch {
      let detected = type ?? InputType.detect(path: name, firstBytes: Array(recorder.bytes.prefix(512)))
      guard detected == .docx else { return ReadInput(bytes: recorder.bytes, error: error, rest: source) }
      // A ZIP archive is binary: read the rest as it is, for the .docx error that follows.
      var bytes = recorder.bytes
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(InputError) in try source.read(into: pointer) }
        if count == 0 { return ReadInput(bytes: bytes) }
        bytes.append(contentsOf: buffer[0..<count])
      }
    }
  }

  /// Why a file could not be replaced; the original is intact.
  struct WriteError: Error {
    var reason: String
  }

  /// Replaces the contents of `path` with `bytes`; a symbolic link stays a
  /// link, and the file it points to is replaced.
  static func replace(path: String, with bytes: [UInt8]) throws(WriteError) {
    // The rename must replace the file a link points to, not the link itself.
    guard let resolved = realpath(path, nil) else { throw WriteError(reason: FileDescriptorSource.lastErrorText()) }
    let path = String(cString: resolved)
    free(resolved)
    var status = stat()
    guard stat(path, &status) == 0 else { throw WriteError(reason: FileDescriptorSource.lastErrorText()) }
    // Root passes access(2) for any file; a file without any write permission
    // is still meant to stay as it is.
    guard access(path, W_OK) == 0, status.st_mode & 0o222 != 0 else {
      throw WriteError(reason: "the file is not writable")
    }
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
    // Keep the owner too when allowed (root fixing someone else's file); others cannot chown, nor need to.
    _ = fchown(descriptor, status.st_uid, status.st_gid)
    if failure == nil && fchmod(descriptor, status.st_mode & 0o7777) != 0 { failure = FileDescriptorSource.lastErrorText() }
    // Some file systems (NFS) report a failed write only at close.
    if close(descriptor) != 0 && failure == nil { failure = FileDescriptorSource.lastErrorText() }
    if failure == nil && rename(temporary, path) != 0 { failure = FileDescriptorSource.lastErrorText() }
    if let failure {
      unlink(temporary)
      throw WriteError(reason: "\(failure); the file is unchanged")
    }
  }
}

/// Keeps a copy of every byte read from `source`, so the input can be checked
/// while it is read and still be used (or given back) whole.
private final class RecordingSource: ByteSource {
  private let source: FileDescriptorSource
  private(set) var bytes: [UInt8] = []

  init(_ source: FileDescriptorSource) { self.source = source }

  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    let count = try source.read(into: buffer)
    bytes.append(contentsOf: buffer[0..<count])
    return count
  }
}
