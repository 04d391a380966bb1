/// How one rule is configured; `nil` keeps the rule's default.
public struct RuleConfiguration: Sendable, Equatable {
  /// On or off.
  public var enabled: Bool?
  /// Severity of its findings.
  public var severity: Severity?
  /// Option values by name.
  public var options: [String: OptionValue]

  /// A configuration that changes nothing.
  public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: OptionValue] = [:]) {
    self.enabled = enabled
    self.severity = severity
    self.options = options
  }
}

/// What a `.duidelijk.toml` (or the library user) sets: rules, accepted
/// words, extra word lists and excluded paths. Missing keys take these defaults.
public struct Configuration: Sendable {
  /// The newest configuration format this version reads.
  public static let currentVersion = 1

  /// The format version.
  public var version = Configuration.currentVersion
  /// Per-rule settings by rule id.
  public var rules: [String: RuleConfiguration] = [:]
  /// Words never to flag (`words.accept`).
  public var acceptedWords: [String] = []
  /// Extra lists in the `wordlists/` format, feeding `officialese`.
  public var extraWordLists: [WordList] = []
  /// Glob patterns of paths to skip when walking directories, relative to `baseDirectory`.
  public var exclude: [String] = []
  /// The folder the configuration file is in (relative paths start there).
  public var baseDirectory: String?

  /// The defaults: every rule on with its default severity and options.
  public init() {}

  /// The settings of the rule described by `description`.
  public func settings(for description: RuleDescription) -> RuleSettings {
    var settings = RuleSettings(defaultsOf: description)
    if let configured = rules[description.id] {
      if let enabled = configured.enabled { settings.enabled = enabled }
      if let severity = configured.severity { settings.severity = severity }
      settings.options = configured.options
    }
    return settings
  }

  /// Switches rule `id` on or off (`--enable`, `--disable`).
  public mutating func setRule(_ id: String, enabled: Bool) {
    rules[id, default: RuleConfiguration()].enabled = enabled
  }
}
