import DirectDuidelijk
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("checkstyle")
struct CheckstyleReporterTests {
  /// The elements of a checkstyle document, in order, with their attributes.
  final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String]
    ) {
      elements.append((name, attributes))
    }
  }

  static func parse(_ output: [UInt8]) throws -> [(name: String, attributes: [String: String])] {
    let parser = XMLParser(data: Data(output))
    let collector = ElementCollector()
    parser.delegate = collector
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    return collector.elements
  }

  @Test func everyFileIsListedWithItsErrors() throws {
    let elements = try Self.parse(ReportHarness.report("checkstyle", of: GoldenInput.files))
    #expect(elements.first?.name == "checkstyle")
    #expect(elements.first?.attributes["version"] == "4.3")
    #expect(elements.filter { $0.name == "file" }.map { $0.attributes["name"] } == GoldenInput.files.map(\.path))
    let errors = elements.filter { $0.name == "error" }
    let indien = try #require(errors.first { $0.attributes["message"]?.contains("Indien") == true })
    #expect(indien.attributes["line"] == "5")
    #expect(indien.attributes["column"] == "1")
    #expect(indien.attributes["severity"] == "warning")
    #expect(indien.attributes["source"] == "duidelijk.officialese")
    #expect(errors.contains { $0.attributes["severity"] == "error" && $0.attributes["source"] == "duidelijk.long-sentence" })
    #expect(errors.contains { $0.attributes["severity"] == "info" })
  }

  @Test func attributesSurviveMarkupQuotesAndControlCharacters() throws {
    let document = try Segmenter().document(for: "Café ‘x’ 👍🏽 tekst.")
    let message = "Zeg <niet> \"dit\" & 'dat'\tmaar\nzo\u{1}."
    let finding = Finding(ruleID: "officialese", severity: .suggestion, message: message, range: 23..<28)
    let file = ReportHarness.CheckedFile(path: "a&b <c>.txt", document: document, findings: [finding])
    let elements = try Self.parse(ReportHarness.report("checkstyle", of: [file]))
    #expect(elements.first { $0.name == "file" }?.attributes["name"] == "a&b <c>.txt")
    let error = try #require(elements.first { $0.name == "error" })
    #expect(error.attributes["message"] == "Zeg <niet> \"dit\" & 'dat'\tmaar\nzo\u{FFFD}.")
    #expect(error.attributes["column"] == "13")
  }
}
