import Foundation

/// What a program printed (stdout and stderr together) and how it exited.
public struct SubprocessResult: Sendable {
  /// The exit status.
  public let status: Int32
  /// Standard output and standard error, interleaved as written.
  public let output: String
}

/// Runs other programs from tests: git, python3, the built tool with a
/// chosen environment.
public enum Subprocess {
  /// Runs `arguments` (the program first, looked up on `PATH` unless it is a
  /// path) in `directory`, with `environment` added to the test's own.
  public static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> SubprocessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read before waiting, so a full pipe cannot block the program.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return SubprocessResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }

  /// Whether `arguments` runs and exits 0 (to skip tests whose tool is missing).
  public static func succeeds(_ arguments: [String]) -> Bool {
    (try? run(arguments))?.status == 0
  }
}
