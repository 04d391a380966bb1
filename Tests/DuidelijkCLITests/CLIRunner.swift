import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `duidelijk` executable and captures what it prints.
struct CLIRun {
  let status: Int32
  let stdout: Data
  let stderr: String
  /// How the process ended: by `exit` or by a signal (a crash, or the timeout's kill).
  var reason: Process.TerminationReason = .exit
  /// Whether it was killed for running past its timeout.
  var timedOut = false
  /// How long it ran, in seconds.
  var duration: TimeInterval = 0
  var output: String { String(decoding: stdout, as: UTF8.self) }

  /// The executable next to the test bundle in the build folder.
  static let executable: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("duidelijk")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("duidelijk")
  }()

  /// Runs `duidelijk arguments…`, feeding `stdin`, in `directory` if given;
  /// killed (with `timedOut` set) after `timeout` seconds.
  static func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, timeout: TimeInterval = 60
  ) throws -> CLIRun {
    try launch(executable, arguments, stdin: stdin, in: directory, timeout: timeout)
  }

  /// Runs with `text` on stdin.
  static func run(_ arguments: [String], stdin text: String) throws -> CLIRun {
    try run(arguments, stdin: Data(text.utf8))
  }

  /// Runs `script` with `/bin/sh -c`, `$DUIDELIJK` naming the executable;
  /// the timeout kills the whole pipeline (the shell's process group).
  static func shell(_ script: String, in directory: URL? = nil, timeout: TimeInterval = 60) throws -> CLIRun {
    try launch(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], stdin: nil, in: directory,
      environment: ["DUIDELIJK": executable.path], timeout: timeout)
  }

  /// A closed pipe must give the writer EPIPE, not kill the test process.
  private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

  private static func launch(
    _ program: URL, _ arguments: [String], stdin: Data?, in directory: URL?,
    environment: [String: String] = [:], timeout: TimeInterval
  ) throws -> CLIRun {
    _ = ignoreBrokenPipes
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let errors = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    let started = Date()
    try process.run()
    // Foundation starts the child in a process group of its own, so a kill
    // of the group also ends what a shell script started.
    let watchdog = Watchdog(process: process, timeout: timeout)
    // Feed stdin and read stderr on threads of their own while stdout is read
    // here: a big input with a big output must not fill a pipe and deadlock.
    let writer = Thread {
      let handle = input.fileHandleForWriting
      if let stdin { writeAll(stdin, to: handle.fileDescriptor) }
      try? handle.close()
    }
    writer.start()
    nonisolated(unsafe) var errorData = Data()
    let errorReader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
    errorReader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    for thread in [writer, errorReader] {
      while !thread.isFinished { usleep(1000) }
    }
    return CLIRun(
      status: process.terminationStatus, stdout: outputData, stderr: String(decoding: errorData, as: UTF8.self),
      reason: process.terminationReason, timedOut: watchdog.fired, duration: Date().timeIntervalSince(started))
  }

  /// Writes all of `data`, stopping quietly when the reader has gone (EPIPE).
  private static func writeAll(_ data: Data, to descriptor: Int32) {
    data.withUnsafeBytes { raw in
      var written = 0
      while written < raw.count {
        let result = write(descriptor, raw.baseAddress! + written, raw.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return
        }
        written += result
      }
    }
  }

  /// The JSON lines of stdout, parsed.
  func jsonLines() throws -> [[String: Any]] {
    // Split on bytes: splitting megabytes of output as a String is slow in debug builds.
    try stdout.split(separator: 0x0A).map {
      try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] ?? [:]
    }
  }
}

/// Kills a process (and its process group) that runs past its time.
private final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var done = false
  private var killed = false

  init(process: Process, timeout: TimeInterval) {
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
      lock.lock()
      defer { lock.unlock() }
      guard !done else { return }
      killed = true
      if getpgid(pid) == pid { kill(-pid, SIGKILL) } else { kill(pid, SIGKILL) }
    }
  }

  /// Whether the timeout killed the process.
  var fired: Bool {
    lock.lock()
    defer { lock.unlock() }
    return killed
  }

  /// The process has ended: nothing to kill (its pid may be reused).
  func cancel() {
    lock.lock()
    done = true
    lock.unlock()
  }
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("duidelijk-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
