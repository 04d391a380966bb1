import Testing

@testable import DirectDuidelijk

/// One rule's example; `testDescription` names the case in test output.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
  let rule: any Rule.Type
  let example: Example
  let triggers: Bool
  var testDescription: String { "\(rule.description.id): \(example.text)" }

  var sourceLocation: SourceLocation {
    SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column)
  }

  static let all = BuiltinRules.all.flatMap { rule in
    rule.description.triggering.map { RuleExampleCase(rule: rule, example: $0, triggers: true) }
      + rule.description.nonTriggering.map { RuleExampleCase(rule: rule, example: $0, triggers: false) }
  }
}

/// Runs one rule alone over `text`.
func findings(of rule: any Rule.Type, in text: String) throws -> [Finding] {
  let document = try Segmenter().document(for: text)
  var instance = rule.init(settings: RuleSettings(defaultsOf: rule.description), resources: .builtin)
  return instance.check(AnalyzedText(document)).sorted { $0.range.lowerBound < $1.range.lowerBound }
}

@Suite("Rule examples")
struct RuleExampleTests {
  @Test(arguments: RuleExampleCase.all)
  func ruleFindsExactlyTheMarkedSpans(_ testCase: RuleExampleCase) throws {
    let marked = try MarkedText(testCase.example.text)
    #expect(testCase.triggers == !marked.ranges.isEmpty, "triggering examples mark a span, others none",
            sourceLocation: testCase.sourceLocation)
    let found = try findings(of: testCase.rule, in: marked.text).map(\.range)
    #expect(found == marked.ranges, sourceLocation: testCase.sourceLocation)
  }

  /// Multibyte text before the example moves every finding by its UTF-8 length.
  @Test(arguments: RuleExampleCase.all.filter(\.triggers))
  func findingsShiftWithMultibytePrefix(_ testCase: RuleExampleCase) throws {
    let prefix = "Café’s 👍🏽.\n\n"
    let marked = try MarkedText(testCase.example.text)
    let found = try findings(of: testCase.rule, in: prefix + marked.text).map(\.range)
    let shift = prefix.utf8.count
    #expect(found == marked.ranges.map { $0.shifted(by: shift) }, sourceLocation: testCase.sourceLocation)
  }

  @Test func everyRuleHasEnoughExamples() {
    for rule in BuiltinRules.all {
      #expect(rule.description.triggering.count >= 5, "\(rule.description.id)")
      #expect(rule.description.nonTriggering.count >= 5, "\(rule.description.id)")
    }
  }

  @Test func idsAreUniqueSortedAndKebabCase() {
    let ids = BuiltinRules.all.map { $0.description.id }
    #expect(ids == ids.sorted())
    #expect(Set(ids).count == ids.count)
    for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)") }
    #expect(Set(ids).isSuperset(of: [
      "long-sentence", "passive-voice", "officialese", "difficult-word", "nominalization", "abbreviation",
      "separated-verb", "long-paragraph", "mixed-address", "anglicism",
    ]))
  }

  @Test func severityAndOptionsComeFromSettings() throws {
    let sentence = "Omdat de aanvraag te laat was en de stukken niet compleet waren, kunnen wij uw verzoek nu nog niet behandelen."
    let document = try Segmenter().document(for: sentence)
    var rule = LongSentenceRule(
      settings: RuleSettings(enabled: true, severity: .error, options: ["warning-above": .integer(25)]), resources: .builtin)
    #expect(rule.check(AnalyzedText(document)).isEmpty)
    rule = LongSentenceRule(
      settings: RuleSettings(enabled: true, severity: .error, options: ["max-words": .integer(10)]), resources: .builtin)
    #expect(rule.check(AnalyzedText(document)).map(\.severity) == [.error])
  }
}
