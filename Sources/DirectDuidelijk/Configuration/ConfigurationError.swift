/// A problem in a configuration file; the message names the key and its line.
public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
  /// The file is not valid TOML.
  case syntax(file: String, line: Int, message: String)
  /// A key the format does not have.
  case unknownKey(file: String, key: String, line: Int?)
  /// A value of the wrong type.
  case wrongType(file: String, key: String, line: Int?, expected: String)
  /// A `[rules.<id>]` table for a rule that does not exist.
  case unknownRule(file: String, id: String, line: Int?)
  /// A value out of its range (a severity name, a negative limit).
  case invalidValue(file: String, key: String, line: Int?, message: String)
  /// A version newer than this program reads.
  case unsupportedVersion(file: String, version: Int, line: Int?)
  /// A file the configuration names cannot be read.
  case unreadableFile(file: String, path: String, reason: String)

  /// What is wrong, in a few words.
  public var what: String {
    switch self {
    case .syntax(_, _, let message): "invalid TOML: \(message)"
    case .unknownKey(_, let key, _): "unknown key '\(key)'"
    case .wrongType(_, let key, _, let expected): "'\(key)' must be \(expected)"
    case .unknownRule(_, let id, _): "unknown rule id '\(id)'"
    case .invalidValue(_, let key, _, let message): "'\(key)': \(message)"
    case .unsupportedVersion(_, let version, _):
      "configuration version \(version) is newer than this duidelijk reads (\(Configuration.currentVersion))"
    case .unreadableFile(_, let path, let reason): "cannot read '\(path)': \(reason)"
    }
  }

  /// Where: the file and, when known, the line.
  public var place: String {
    switch self {
    case .syntax(let file, let line, _): "\(file):\(line)"
    case .unknownKey(let file, _, let line), .wrongType(let file, _, let line, _), .unknownRule(let file, _, let line),
      .invalidValue(let file, _, let line, _), .unsupportedVersion(let file, _, let line):
      line.map { "\(file):\($0)" } ?? file
    case .unreadableFile(let file, _, _): file
    }
  }

  public var description: String { "\(what) (\(place))" }
}
