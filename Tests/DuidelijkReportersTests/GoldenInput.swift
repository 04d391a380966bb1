/// The fixed input of the golden reports, written for these tests: an
/// officialese letter with accents, curly quotes, an emoji and CRLF line
/// ends, and a short note that gives no findings.
enum GoldenInput {
  /// A letter with a path that needs percent-encoding in SARIF.
  static let letter = (
    path: "brieven/aanvraag café.txt",
    text: [
      "Betreft: uw aanvraag voor een terrasvergunning",
      "",
      "Geachte mevrouw Öztürk,",
      "",
      "Indien u vragen heeft over deze brief, kunt u ons middels het formulier op onze website bereiken.",
      "Uw aanvraag wordt zorgvuldig beoordeeld.",
      "Wij schrijven u over café ’t Hoekje 👍🏽 i.v.m. de ‘nieuwe’ regels voor terrassen.",
      "Omdat de aanvraag te laat was ingediend en de stukken over de indeling van het terras, "
        + "de openingstijden en de geluidsmaatregelen niet compleet waren, kunnen wij uw verzoek "
        + "op dit moment helaas nog niet in behandeling nemen.",
      "",
      "Met vriendelijke groet,",
      "",
      "Team Vergunningen",
      "",
    ].joined(separator: "\r\n")
  )

  /// A file without findings, which some formats still list.
  static let note = (path: "brieven/bedankt.txt", text: "Bedankt voor uw bericht.\r\n")

  static let files = [letter, note]
}
