/// The version of `duidelijk`: printed by `--version` and named in reports
/// that record the tool (SARIF's `tool.driver.version`).
public enum DuidelijkVersion {
  /// The current version, semantic versioning.
  public static let current = "0.1.0"
}
