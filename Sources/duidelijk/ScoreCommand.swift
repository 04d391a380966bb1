import ArgumentParser
import DirectDuidelijk
import DuidelijkReporters

/// `duidelijk score`: readability figures and a B1 estimate.
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Readability figures per file and in total, with an estimate of the language level.",
    discussion: """
      Figures: sentences, words, syllables, words per sentence, syllables per word, long \
      sentences, difficult words, passive sentences, Flesch-Douma and Brouwer with their \
      bands, and the estimated level (B1 or easier, B2, C1 or harder) with the reasons. \
      Words are tokens of letters; numbers, abbreviations and symbols are left out of \
      every formula. The text output also names the three sentences to improve first.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(help: "Also give figures per sentence or per paragraph.")
  var by: ScoreUnit?

  func run() throws {
    CheckResources.prepareBuiltinLists()
    let stdout = ByteOutput.standardOutput
    let scorer = FileScorer(resources: .builtin, unit: by)
    var total = ReadabilityCounts()
    var scored: [(name: String, file: ScoredFile)] = []
    for file in input.inputs() {
      do {
        let result = try scorer.score(file, type: input.inputType.inputType)
        total.add(result.counts)
        scored.append((file.displayName, result))
      } catch {
        ErrorReporter.shared.report(error, file: file.displayName)
      }
    }
    var out: [UInt8] = []
    switch format {
    case .json: ScoreReport.json(files: scored, total: total, unit: by, into: &out)
    case .text: ScoreReport.text(files: scored, total: total, into: &out)
    }
    stdout.write(bytes: out)
    stdout.flush()
    if ErrorReporter.shared.errorCount > 0 { throw ExitCode(2) }
  }
}

extension ScoreUnit: ExpressibleByArgument {}
