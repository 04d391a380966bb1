import ArgumentParser
import DirectDuidelijk
import DuidelijkReporters

/// `duidelijk rules`: lists every rule with an example.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every rule: id, default severity, description, options and an example."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func run() throws {
    var out: [UInt8] = []
    switch format {
    case .text: RulesReport.text(into: &out)
    case .json: RulesReport.json(into: &out)
    }
    ByteOutput.standardOutput.write(bytes: out)
    ByteOutput.standardOutput.flush()
  }
}
