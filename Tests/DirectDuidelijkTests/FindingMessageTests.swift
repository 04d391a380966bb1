import Testing

@testable import DirectDuidelijk

/// Messages quote the words as one line, whatever the layout of the source.
@Suite("Finding messages")
struct FindingMessageTests {
  private func messages(_ text: String, rule: String) throws -> [String] {
    try Checker().check(text).filter { $0.ruleID == rule }.map(\.message)
  }

  @Test func aPhraseWrappedOverTwoLinesIsQuotedOnOneLine() throws {
    let officialese = try messages(
      "Wij schrijven u deze brief over de vergunning met betrekking\r\ntot uw aanvraag van maart.", rule: "officialese")
    #expect(officialese.count == 1)
    #expect(officialese.first?.contains("‘met betrekking tot’") == true)
    let nominalization = try messages(
      "Wij hebben uw aanvraag om een omgevingsvergunning voor het\nplaatsen van een dakkapel ontvangen.", rule: "nominalization")
    #expect(nominalization.first?.contains("‘het plaatsen van’") == true)
    let passive = try messages(
      "Uw aanvraag voor een vergunning voor het kappen van de twee bomen wordt\nbeoordeeld.", rule: "passive-voice")
    #expect(passive.first?.hasPrefix("Lijdende vorm: ‘wordt beoordeeld’.") == true)
  }

  @Test func noMessageHoldsALineBreak() throws {
    let text = """
      In het kader
      van de nieuwe regels wordt uw aanvraag door
      de gemeente beoordeeld. Indien u vragen
      heeft, kunt u middels het formulier contact opnemen\u{A0}met ons.
      """
    let findings = try Checker().check(text)
    #expect(!findings.isEmpty)
    for finding in findings {
      #expect(!finding.message.contains("\n"), "\(finding.ruleID): \(finding.message)")
    }
  }
}
