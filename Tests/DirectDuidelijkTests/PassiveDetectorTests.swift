import Testing

@testable import DirectDuidelijk

@Suite("Passive voice")
struct PassiveDetectorTests {
  private func passives(_ text: String) throws -> [String] {
    let document = try Segmenter().document(for: text)
    let analyzed = AnalyzedText(document)
    let detector = PassiveDetector()
    return document.sentences.flatMap { sentence in
      detector.passives(in: analyzed, sentence: sentence).map {
        "\(analyzed.text(ofToken: $0.auxiliary)) \(analyzed.text(ofToken: $0.participle))"
      }
    }
  }

  @Test(arguments: [
    ("De brief wordt morgen verzonden.", ["wordt verzonden"]),
    ("Uw aanvraag wordt volgende week door ons beoordeeld.", ["wordt beoordeeld"]),
    ("Wij weten dat de brief door de gemeente wordt verstuurd.", ["wordt verstuurd"]),
    ("Wij weten dat de brief verstuurd wordt.", ["wordt verstuurd"]),
    ("Er wordt gekeken naar de kosten.", ["wordt gekeken"]),
    ("Er is besloten de weg af te sluiten.", ["is besloten"]),
    ("De regels zijn vastgesteld.", ["zijn vastgesteld"]),
    ("Het formulier moet worden ingevuld.", ["worden ingevuld"]),
    ("Het formulier moet ingevuld worden.", ["worden ingevuld"]),
    ("De vergunning werd verleend.", ["werd verleend"]),
    ("Het bedrag wordt aangeboden aan de raad.", ["wordt aangeboden"]),
    ("De winkel is door de burgemeester gesloten.", ["is gesloten"]),
    ("De winkel is gesloten.", ["is gesloten"]),
  ])
  func findsPassives(_ text: String, _ expected: [String]) throws {
    #expect(try passives(text) == expected)
  }

  @Test func adjectivalParticiplesAreUncertain() throws {
    let document = try Segmenter().document(for: "De winkel is gesloten. De winkel is door de burgemeester gesloten.")
    let text = AnalyzedText(document)
    let certainty = document.sentences.flatMap { PassiveDetector().passives(in: text, sentence: $0).map(\.certain) }
    #expect(certainty == [false, true])
  }

  @Test(arguments: [
    "Hij is gisteren vertrokken.",
    "Wij hebben de brief verstuurd.",
    "Hij heeft zijn brief verstuurd.",
    "Het wordt morgen warm.",
    "Zij is voorzitter geworden.",
    "De prijzen zijn gestegen.",
    "Zijn gestolen fiets staat voor de deur.",
    "Het is belangrijk dat u komt.",
    "Wij zijn blij met uw komst.",
  ])
  func leavesActiveSentencesAlone(_ text: String) throws {
    #expect(try passives(text).isEmpty)
  }
}
