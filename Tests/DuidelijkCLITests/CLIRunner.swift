import Foundation

/// Runs the built `duidelijk` executable and captures what it prints.
struct CLIRun {
  let status: Int32
  let stdout: Data
  let stderr: String
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

  /// Runs `duidelijk arguments…`, feeding `stdin`, in `directory` if given.
  static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> CLIRun {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let errors = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    // Read both pipes while the process runs, so neither fills up and blocks it.
    nonisolated(unsafe) var errorData = Data()
    let errorReader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
    errorReader.start()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while errorReader.isExecuting || !errorReader.isFinished { usleep(1000) }
    return CLIRun(status: process.terminationStatus, stdout: outputData,
                  stderr: String(decoding: errorData, as: UTF8.self))
  }

  /// Runs with `text` on stdin.
  static func run(_ arguments: [String], stdin text: String) throws -> CLIRun {
    try run(arguments, stdin: Data(text.utf8))
  }

  /// The JSON lines of stdout, parsed.
  func jsonLines() throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("duidelijk-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
