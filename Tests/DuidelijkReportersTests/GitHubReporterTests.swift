import DirectDuidelijk
@testable import DuidelijkReporters
import Testing

@Suite("github")
struct GitHubReporterTests {
  static func commands(_ files: [(path: String, text: String)]) throws -> [String] {
    let output = try ReportHarness.report("github", of: files)
    return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func annotationColumnsCountUnicodeScalarsOnANonASCIILine() throws {
    let text = "Beste mevrouw Öztürk,\r\nCafé ‘De Hoek’ 👍🏽: indien u wilt, belt u ons.\r\n"
    let commands = try Self.commands([(path: "nieuws/café.txt", text: text)])
    #expect(commands.contains(
      "::warning file=nieuws/café.txt,line=2,col=20,endLine=2,endColumn=26,title=officialese::"
        + "Ambtelijk: ‘indien’. Schrijf liever ‘als’."))
  }

  @Test func severitiesMapToErrorWarningAndNotice() throws {
    let longSentence = "Omdat de aanvraag te laat was en de stukken niet compleet waren en de termijn al "
      + "verstreken was, kunnen wij uw verzoek op dit moment helaas nog niet in behandeling nemen, "
      + "zoals wij u eerder al schreven.\n"
    let commands = try Self.commands([(path: "brief.txt", text: longSentence)])
    #expect(commands.contains { $0.hasPrefix("::error ") && $0.contains("title=long-sentence") })
    #expect(commands.contains { $0.hasPrefix("::notice ") })
    #expect(commands.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
  }

  @Test func aSpanOverSeveralLinesHasNoColumns() throws {
    let text = "Omdat de aanvraag te laat was en de stukken niet compleet waren,\nkunnen wij uw verzoek "
      + "op dit moment helaas nog niet in behandeling nemen.\n"
    let commands = try Self.commands([(path: "brief.txt", text: text)])
    let long = try #require(commands.first { $0.contains("title=long-sentence") })
    #expect(long.hasPrefix("::warning file=brief.txt,line=1,endLine=2,title=long-sentence::"))
  }

  @Test func controlCharactersInMessagesAreShownAsSymbols() throws {
    // The passive rule quotes the agent's words, a bell included.
    let commands = try Self.commands([(path: "brief.txt", text: "Het formulier wordt door\u{07} ons opgestuurd.\n")])
    let passive = try #require(commands.first { $0.contains("title=passive-voice") })
    #expect(passive.contains("‘␇ ons …’"))
    #expect(!passive.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test func propertiesAndMessagesAreEscapedAsGitHubReadsThem() {
    #expect(GitHubReporter.escaped("50% klaar\r\nnu: a,b", asProperty: false) == "50%25 klaar%0D%0Anu: a,b")
    #expect(GitHubReporter.escaped("map:a,b%.txt\n", asProperty: true) == "map%3Aa%2Cb%25.txt%0A")
  }
}
