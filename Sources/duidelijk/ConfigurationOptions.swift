import ArgumentParser
import DirectDuidelijk
import Foundation

/// `--config FILE`: the configuration, else `.duidelijk.toml` found upwards.
struct ConfigurationOptions: ParsableArguments {
  @Option(name: .customLong("config"), help: ArgumentHelp("Configuration file (else .duidelijk.toml found upwards from the working directory).", valueName: "file"))
  var path: String?

  /// The configuration to use; an invalid one is reported and ends the run with exit 2.
  func load() throws -> Configuration {
    let file = path ?? ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath)
    guard let file else { return Configuration() }
    do {
      return try ConfigurationLoader.load(path: file)
    } catch {
      ErrorReporter.shared.report(error.what, place: error.place)
      throw ExitCode(2)
    }
  }
}
