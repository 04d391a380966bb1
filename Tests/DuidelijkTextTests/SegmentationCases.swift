import Testing

@testable import DuidelijkText

/// A text and the sentences (tokens joined by single spaces) it must give.
struct SentenceCase: Sendable, CustomTestStringConvertible {
  let text: String
  let sentences: [String]
  let sourceLocation: SourceLocation

  init(_ text: String, _ sentences: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    self.text = text
    self.sentences = sentences
    self.sourceLocation = sourceLocation
  }

  var testDescription: String { text.replacingOccurrences(of: "\n", with: "⏎") }
}

/// A text and tokens that must appear in it, each as one token of a kind.
struct TokenCase: Sendable, CustomTestStringConvertible {
  let text: String
  let tokens: [(String, TokenKind)]
  let sourceLocation: SourceLocation

  init(_ text: String, _ tokens: [(String, TokenKind)], sourceLocation: SourceLocation = #_sourceLocation) {
    self.text = text
    self.tokens = tokens
    self.sourceLocation = sourceLocation
  }

  var testDescription: String { text }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

let sentenceCases: [SentenceCase] = [
  // Titles, initials and abbreviations do not end a sentence.
  SentenceCase("Geachte dhr. Jansen, wij schrijven u.", ["Geachte dhr. Jansen , wij schrijven u ."]),
  SentenceCase("Dhr. Jansen belt morgen. Mevr. De Vries ook.", ["Dhr. Jansen belt morgen .", "Mevr. De Vries ook ."]),
  SentenceCase("Mr. J.W. Weck begint in mei. Hij komt uit Assen.", ["Mr. J.W. Weck begint in mei .", "Hij komt uit Assen ."]),
  SentenceCase("Dit ging naar J. de Vries. Hij las het.", ["Dit ging naar J. de Vries .", "Hij las het ."]),
  SentenceCase("De brief van A.B. Jansen kwam aan.", ["De brief van A.B. Jansen kwam aan ."]),
  SentenceCase("Bel drs. P.Q.M. Smit of prof. dr. ir. Bakker.", ["Bel drs. P.Q.M. Smit of prof. dr. ir. Bakker ."]),
  SentenceCase("Wij sluiten o.a. De Markt en het plein.", ["Wij sluiten o.a. De Markt en het plein ."]),
  SentenceCase("Wij schrijven u i.v.m. Uw aanvraag.", ["Wij schrijven u i.v.m. Uw aanvraag ."]),
  SentenceCase("Dat is, d.w.z. Volgens ons, goed.", ["Dat is , d.w.z. Volgens ons , goed ."]),
  SentenceCase("Zie bijlage nr. 12. Daarin staat het.", ["Zie bijlage nr. 12 .", "Daarin staat het ."]),
  SentenceCase("Lees art. 4 van de wet. Dan weet u meer.", ["Lees art. 4 van de wet .", "Dan weet u meer ."]),
  SentenceCase("Neem pen, papier enz. mee. Wij zorgen voor koffie.", ["Neem pen , papier enz. mee .", "Wij zorgen voor koffie ."]),
  SentenceCase("Neem pen, papier enz. Wij zorgen voor koffie.", ["Neem pen , papier enz.", "Wij zorgen voor koffie ."]),
  SentenceCase("Dit was plan B. De gemeente koos plan C.", ["Dit was plan B.", "De gemeente koos plan C."]),
  // Numbers, amounts, dates.
  SentenceCase("Het kost € 1.250,50. Dat is veel.", ["Het kost € 1.250,50 .", "Dat is veel ."]),
  SentenceCase("Wij zijn open tot 17.00 uur. Daarna niet.", ["Wij zijn open tot 17.00 uur .", "Daarna niet ."]),
  SentenceCase("Het begon in 2025. 12 mensen kwamen.", ["Het begon in 2025 .", "12 mensen kwamen ."]),
  SentenceCase("Op 1 jan. 2026 begint het.", ["Op 1 jan. 2026 begint het ."]),
  // Quotes and brackets.
  SentenceCase(",,Het was goed.'' Daarna gingen we.", [",, Het was goed . ''", "Daarna gingen we ."]),
  SentenceCase("Ik ben blij. ,,Mijn gedachten sprongen alle kanten op.''", ["Ik ben blij .", ",, Mijn gedachten sprongen alle kanten op . ''"]),
  SentenceCase("Houd vol. ''", ["Houd vol . ''"]),
  SentenceCase("Hij vroeg: „Komt u ook?” Ja, zei ik.", ["Hij vroeg : „ Komt u ook ? ”", "Ja , zei ik ."]),
  SentenceCase("Dat is goed (zie hieronder). Lees verder.", ["Dat is goed ( zie hieronder ) .", "Lees verder ."]),
  SentenceCase(",,Waarom?'' vroeg hij.", [",, Waarom ? '' vroeg hij ."]),
  SentenceCase("De opbrengst gaat naar Stop Aids Now!, waarmee het fonds helpt.", ["De opbrengst gaat naar Stop Aids Now ! , waarmee het fonds helpt ."]),
  SentenceCase("Ik ging weg. 's Avonds kwam ik terug.", ["Ik ging weg .", "'s Avonds kwam ik terug ."]),
  SentenceCase("Wat nu? Wij weten het niet.", ["Wat nu ?", "Wij weten het niet ."]),
  SentenceCase("Dit is het einde… Of niet?", ["Dit is het einde …", "Of niet ?"]),
  SentenceCase("Wacht even... Nu mag het.", ["Wacht even ...", "Nu mag het ."]),
  SentenceCase("Kijk op www.gemeente.nl. Daar staat alles.", ["Kijk op www.gemeente.nl .", "Daar staat alles ."]),
  SentenceCase("Mail info@gemeente.nl. Wij antwoorden snel.", ["Mail info@gemeente.nl .", "Wij antwoorden snel ."]),
  // Layout: headings, lists, salutations, wrapped lines.
  SentenceCase("Inleiding\n\nDit is de tekst.", ["Inleiding", "Dit is de tekst ."]),
  SentenceCase("Afval scheiden\nIn onze gemeente scheiden wij afval aan huis. Dat scheelt veel.", ["Afval scheiden", "In onze gemeente scheiden wij afval aan huis .", "Dat scheelt veel ."]),
  SentenceCase("Neem mee:\n- uw paspoort\n- een pasfoto\n- het formulier\nDan helpen wij u.", ["Neem mee :", "- uw paspoort", "- een pasfoto", "- het formulier", "Dan helpen wij u ."]),
  SentenceCase("Zo werkt het:\n1. Vul het formulier in.\n2. Stuur het op.\n3. Wacht op ons antwoord.", ["Zo werkt het :", "1 . Vul het formulier in .", "2 . Stuur het op .", "3 . Wacht op ons antwoord ."]),
  SentenceCase("• Eerste punt\n• Tweede punt", ["• Eerste punt", "• Tweede punt"]),
  SentenceCase("a) de aanvraag\nb) de bijlagen", ["a ) de aanvraag", "b ) de bijlagen"]),
  SentenceCase("Geachte heer Jansen,\n\nWij hebben uw brief ontvangen.", ["Geachte heer Jansen ,", "Wij hebben uw brief ontvangen ."]),
  SentenceCase("Met vriendelijke groet,\nJ. Bakker\nAfdeling Vergunningen", ["Met vriendelijke groet ,", "J. Bakker", "Afdeling Vergunningen"]),
  SentenceCase("Gemeente Assen\nPostbus 30018\n9400 RA Assen", ["Gemeente Assen", "Postbus 30018", "9400 RA Assen"]),
  SentenceCase("Met vriendelijke groet,\n\nmr. drs. P.Q.M. Smit\nteamleider Werk en Inkomen", ["Met vriendelijke groet ,", "mr. drs. P.Q.M. Smit", "teamleider Werk en Inkomen"]),
  SentenceCase("Telefoon 14 0592\nwww.assen.nl\ninfo@assen.nl", ["Telefoon 14 0592", "www.assen.nl", "info@assen.nl"]),
  SentenceCase("Afdeling Vergunningen, Toezicht en Handhaving\nPostbus 30018\n9400 RA Assen", ["Afdeling Vergunningen , Toezicht en Handhaving", "Postbus 30018", "9400 RA Assen"]),
  SentenceCase("Datum: dinsdag 14 april 2026, van 19.30 tot 21.30 uur\nLocatie: Buurthuis De Schakel", ["Datum : dinsdag 14 april 2026 , van 19.30 tot 21.30 uur", "Locatie : Buurthuis De Schakel"]),
  SentenceCase(
    "Wij hebben een contract afgesloten met Thuiszorg De Linde B.V.\nDe zorgaanbieder neemt binnenkort contact met u op.",
    ["Wij hebben een contract afgesloten met Thuiszorg De Linde B.V.", "De zorgaanbieder neemt binnenkort contact met u op ."]),
  SentenceCase(
    "Wij hebben uw aanvraag voor een omgevingsvergunning goed ontvangen en\nwij gaan die nu beoordelen. Dat duurt acht weken.",
    ["Wij hebben uw aanvraag voor een omgevingsvergunning goed ontvangen en wij gaan die nu beoordelen .", "Dat duurt acht weken ."]),
  SentenceCase(
    "De gemeente heeft besloten om de weg in de wijk De Vlonder te vernieuwen in\nMaart en april. U krijgt daar nog bericht over.",
    ["De gemeente heeft besloten om de weg in de wijk De Vlonder te vernieuwen in Maart en april .", "U krijgt daar nog bericht over ."]),
  SentenceCase("Kenmerk: 2026/12345\nOnderwerp: uw aanvraag", ["Kenmerk : 2026/12345", "Onderwerp : uw aanvraag"]),
  SentenceCase("Dit is een zin.\r\nDit is een tweede zin.", ["Dit is een zin .", "Dit is een tweede zin ."]),
  SentenceCase("Kopje\r\n\r\nTekst van de alinea.", ["Kopje", "Tekst van de alinea ."]),
]

let tokenCases: [TokenCase] = [
  TokenCase("Ik woon in 's-Hertogenbosch.", [("'s-Hertogenbosch", .word)]),
  TokenCase("'s Avonds en 's nachts is het stil.", [("'s", .word), ("'s", .word)]),
  TokenCase("Wat is 't mooi.", [("'t", .word)]),
  TokenCase("Stuur een e-mail.", [("e-mail", .word)]),
  TokenCase("Het seizoen 2025-2026 begint.", [("2025-2026", .number)]),
  TokenCase("Van 2025–2026 is het dicht.", [("2025–2026", .number)]),
  TokenCase("Dat is zo'n ding en m'n fiets.", [("zo'n", .word), ("m'n", .word)]),
  TokenCase("Een zorg-/welzijnsinstelling helpt.", [("zorg-/welzijnsinstelling", .word)]),
  TokenCase("De zorg- en welzijnsinstelling helpt.", [("zorg-", .word)]),
  TokenCase("Vul dit en/of dat in.", [("en/of", .word)]),
  TokenCase("Het kost € 1.250,50 per jaar.", [("€", .symbol), ("1.250,50", .number)]),
  TokenCase("Het kost € 45,- per maand.", [("45,-", .number)]),
  TokenCase("Wij beginnen om 14.30 uur of 19:30 uur.", [("14.30", .number), ("19:30", .number)]),
  TokenCase("Dat is 25% meer.", [("25", .number), ("%", .punctuation)]),
  TokenCase("Bel 06-12345678 of 050-1234567.", [("06-12345678", .number), ("050-1234567", .number)]),
  TokenCase("Ons adres is 9401 AB Assen.", [("9401", .number), ("AB", .word)]),
  TokenCase("Zie artikel 3.2 en paragraaf 2.1.3.", [("3.2", .number), ("2.1.3", .number)]),
  TokenCase("Volgens artikel 4:8 Awb mag dat.", [("4:8", .number)]),
  TokenCase("Het is de 3e keer en de 21ste dag.", [("3e", .number), ("21ste", .number)]),
  TokenCase("Op 12-03-2026 of 12/03/2026 kom ik.", [("12-03-2026", .number), ("12/03/2026", .number)]),
  TokenCase("Kijk op https://www.gemeente.nl/afval?wijk=3.", [("https://www.gemeente.nl/afval?wijk=3", .url)]),
  TokenCase("Kijk op www.gemeente.nl/afval.", [("www.gemeente.nl/afval", .url)]),
  TokenCase("Kijk op overheid.nl voor meer.", [("overheid.nl", .url)]),
  TokenCase("(zie https://example.nl/a_(b)).", [("https://example.nl/a_(b)", .url)]),
  TokenCase("Mail naar info@gemeente.nl.", [("info@gemeente.nl", .email)]),
  TokenCase("Mail j.de.vries+post@mail.gemeente.nl vandaag.", [("j.de.vries+post@mail.gemeente.nl", .email)]),
  TokenCase("Wij schrijven i.v.m. uw brief.", [("i.v.m.", .abbreviation)]),
  TokenCase("Dit geldt o.a. voor u.", [("o.a.", .abbreviation)]),
  TokenCase("Geachte dhr. Jansen,", [("dhr.", .abbreviation)]),
  TokenCase("De brief van A.B. Jansen.", [("A.B.", .abbreviation)]),
  TokenCase("De brief van J. de Vries.", [("J.", .abbreviation)]),
  TokenCase(",,Ja,'' zei hij.", [(",,", .punctuation), ("''", .punctuation)]),
  TokenCase("Wacht... nu.", [("...", .punctuation)]),
  TokenCase("Het bedrijf AZ&PC won.", [("AZ&PC", .word)]),
  TokenCase("De 24-jarige Noord-Ierse won.", [("24-jarige", .word), ("Noord-Ierse", .word)]),
  TokenCase("De Midden- en Oost-Europese landen.", [("Midden-", .word), ("Oost-Europese", .word)]),
  TokenCase("De ideeën van de coördinator.", [("ideeën", .word), ("coördinator", .word)]),
  TokenCase("Dit ging 👍🏽 goed.", [("goed", .word)]),
]

@Suite("Sentence splitting")
struct SentenceSplittingTests {
  @Test(arguments: sentenceCases)
  func splitsSentences(_ testCase: SentenceCase) throws {
    let document = try Segmenter().document(for: testCase.text)
    let found = document.sentences.map { sentence in
      document.tokens(of: sentence).map { document.text(of: $0) }.joined(separator: " ")
    }
    #expect(found == testCase.sentences, sourceLocation: testCase.sourceLocation)
  }
}

@Suite("Tokenization")
struct TokenizationTests {
  @Test(arguments: tokenCases)
  func keepsTokensWhole(_ testCase: TokenCase) throws {
    let document = try Segmenter().document(for: testCase.text)
    let found = document.tokens.map { (document.text(of: $0), $0.kind) }
    for (text, kind) in testCase.tokens {
      #expect(
        found.contains { $0.0 == text && $0.1 == kind },
        "expected \(text) as one \(kind) token in \(found.map(\.0))",
        sourceLocation: testCase.sourceLocation)
    }
  }

  @Test func tokensCoverTheTextInOrder() throws {
    let text = "Geachte mevrouw Öztürk, wij hebben uw e-mail (12 maart) ontvangen! Zie www.x.nl."
    let document = try Segmenter().document(for: text)
    var previousEnd = 0
    let bytes = Array(text.utf8)
    for token in document.tokens {
      #expect(token.range.lowerBound >= previousEnd)
      // Only whitespace lies between tokens.
      let gap = String(decoding: bytes[previousEnd..<token.range.lowerBound], as: UTF8.self)
      #expect(gap.allSatisfy { $0.isWhitespace })
      previousEnd = token.range.upperBound
    }
  }

  @Test func sentenceTextMatchesItsOffsets() throws {
    let text = "Één zin met café’s. Nog één: 👍🏽 ja."
    let document = try Segmenter().document(for: text)
    #expect(document.sentences.map { document.text($0.range) } == ["Één zin met café’s.", "Nog één: 👍🏽 ja."])
  }
}
