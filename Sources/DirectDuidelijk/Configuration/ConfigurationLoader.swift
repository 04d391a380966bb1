import Foundation
import TOMLKit

/// Reads `.duidelijk.toml`: finds it upwards from a folder, parses it with
/// TOMLKit, and checks every key, type and rule id against the format.
///
/// TOMLKit gives no positions for keys, so an error's line is found by
/// looking for the key in the source, inside its table.
public enum ConfigurationLoader {
  /// The file name looked for.
  public static let fileName = ".duidelijk.toml"

  /// The nearest `.duidelijk.toml` in `directory` or a folder above it.
  public static func find(from directory: String) -> String? {
    var folder = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent(fileName).path
      if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  /// Loads the configuration file at `path`.
  public static func load(path: String) throws(ConfigurationError) -> Configuration {
    let source: String
    do {
      source = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .unreadableFile(file: path, path: path, reason: error.localizedDescription)
    }
    return try parse(source, file: path, baseDirectory: (path as NSString).deletingLastPathComponent)
  }

  /// Parses configuration `source`; `file` names it in errors, and relative
  /// word-list paths start at `baseDirectory`.
  public static func parse(_ source: String, file: String, baseDirectory: String) throws(ConfigurationError) -> Configuration {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: source)
    } catch let error as TOMLParseError {
      throw .syntax(file: file, line: error.source.begin.line, message: error.description)
    } catch {
      throw .syntax(file: file, line: 1, message: "\(error)")
    }
    let lines = SourceLines(source)
    var configuration = Configuration()
    configuration.baseDirectory = baseDirectory
    for key in table.keys.sorted() {
      let value = table[key]!
      switch key {
      case "version":
        guard let version = value.int else {
          throw .wrongType(file: file, key: key, line: lines.line(of: key), expected: "an integer")
        }
        guard version <= Configuration.currentVersion else {
          throw .unsupportedVersion(file: file, version: version, line: lines.line(of: key))
        }
        configuration.version = version
      case "exclude":
        configuration.exclude = try strings(value, key: key, file: file, lines: lines)
      case "rules":
        guard let rules = value.table else {
          throw .wrongType(file: file, key: key, line: lines.line(of: key), expected: "a table")
        }
        for id in rules.keys.sorted() {
          configuration.rules[id] = try ruleConfiguration(rules[id]!, id: id, file: file, lines: lines)
        }
      case "words":
        guard let words = value.table else {
          throw .wrongType(file: file, key: key, line: lines.line(of: key), expected: "a table")
        }
        for wordsKey in words.keys.sorted() {
          let path = "words.\(wordsKey)"
          switch wordsKey {
          case "accept":
            configuration.acceptedWords = try strings(words[wordsKey]!, key: path, file: file, lines: lines, section: "words")
          case "wordlists":
            for listPath in try strings(words[wordsKey]!, key: path, file: file, lines: lines, section: "words") {
              configuration.extraWordLists.append(try wordList(listPath, baseDirectory: baseDirectory, file: file))
            }
          default:
            throw .unknownKey(file: file, key: path, line: lines.line(of: wordsKey, inSection: "words"))
          }
        }
      default:
        throw .unknownKey(file: file, key: key, line: lines.line(of: key))
      }
    }
    return configuration
  }

  private static func ruleConfiguration(
    _ value: any TOMLValueConvertible, id: String, file: String, lines: SourceLines
  ) throws(ConfigurationError) -> RuleConfiguration {
    let section = "rules.\(id)"
    guard let rule = BuiltinRules.rule(withID: id) else {
      throw .unknownRule(file: file, id: id, line: lines.line(ofSection: section) ?? lines.line(of: id))
    }
    guard let table = value.table else {
      throw .wrongType(file: file, key: section, line: lines.line(of: id), expected: "a table")
    }
    var configuration = RuleConfiguration()
    for key in table.keys.sorted() {
      let path = "\(section).\(key)"
      let line = lines.line(of: key, inSection: section)
      let value = table[key]!
      switch key {
      case "enabled":
        guard let enabled = value.bool else { throw .wrongType(file: file, key: path, line: line, expected: "true or false") }
        configuration.enabled = enabled
      case "severity":
        guard let name = value.string else { throw .wrongType(file: file, key: path, line: line, expected: "a string") }
        guard let severity = Severity(rawValue: name) else {
          throw .invalidValue(file: file, key: path, line: line, message: "severity must be error, warning or suggestion")
        }
        configuration.severity = severity
      default:
        // `max-words` is the documented other name of `long-sentence`'s `warning-above`.
        let optionName = rule.description.id == "long-sentence" && key == "max-words" ? "warning-above" : key
        guard let defaultValue = rule.description.defaultValue(of: optionName) else {
          throw .unknownKey(file: file, key: path, line: line)
        }
        switch defaultValue {
        case .integer:
          guard let integer = value.int else { throw .wrongType(file: file, key: path, line: line, expected: "an integer") }
          guard integer >= 0 else { throw .invalidValue(file: file, key: path, line: line, message: "must not be negative") }
          configuration.options[optionName] = .integer(integer)
        case .boolean:
          guard let boolean = value.bool else { throw .wrongType(file: file, key: path, line: line, expected: "true or false") }
          configuration.options[optionName] = .boolean(boolean)
        case .text:
          guard let text = value.string else { throw .wrongType(file: file, key: path, line: line, expected: "a string") }
          configuration.options[optionName] = .text(text)
        }
      }
    }
    return configuration
  }

  private static func strings(
    _ value: any TOMLValueConvertible, key: String, file: String, lines: SourceLines, section: String? = nil
  ) throws(ConfigurationError) -> [String] {
    let name = String(key.split(separator: ".").last ?? Substring(key))
    let line = section.map { lines.line(of: name, inSection: $0) } ?? lines.line(of: name)
    guard let array = value.array else { throw .wrongType(file: file, key: key, line: line, expected: "an array of strings") }
    var result: [String] = []
    for element in array {
      guard let text = element.string else { throw .wrongType(file: file, key: key, line: line, expected: "an array of strings") }
      result.append(text)
    }
    return result
  }

  private static func wordList(_ path: String, baseDirectory: String, file: String) throws(ConfigurationError) -> WordList {
    let full = path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
    let contents: String
    do {
      contents = try String(contentsOfFile: full, encoding: .utf8)
    } catch {
      throw .unreadableFile(file: file, path: path, reason: "no such readable file")
    }
    do {
      return try WordList(name: full, contents: contents)
    } catch {
      throw .unreadableFile(file: file, path: path, reason: error.description)
    }
  }
}

/// Finds the line of a key in TOML source, within a `[section]`.
struct SourceLines {
  private let lines: [Substring]

  init(_ source: String) { lines = source.split(separator: "\n", omittingEmptySubsequences: false) }

  /// The line of `[section]`.
  func line(ofSection section: String) -> Int? {
    lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "[\(section)]" }.map { $0 + 1 }
  }

  /// The first line at top level (before any `[section]`) or anywhere that sets `key`.
  func line(of key: String) -> Int? {
    for (index, line) in lines.enumerated() where Self.sets(line, key) { return index + 1 }
    return nil
  }

  /// The line that sets `key` inside `[section]` (or as `section.key` / inline).
  func line(of key: String, inSection section: String) -> Int? {
    var inside = false
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("[") { inside = trimmed == "[\(section)]" }
      if inside && Self.sets(line, key) { return index + 1 }
    }
    return line(of: key)
  }

  private static func sets(_ line: Substring, _ key: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    for candidate in [key, "\"\(key)\""] where trimmed.hasPrefix(candidate) {
      let rest = trimmed.dropFirst(candidate.count).trimmingCharacters(in: .whitespaces)
      if rest.hasPrefix("=") { return true }
    }
    return false
  }
}
