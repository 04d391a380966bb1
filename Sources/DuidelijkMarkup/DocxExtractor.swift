import DuidelijkText

/// The plain text of a `.docx`: the paragraphs of its main document, one a
/// line, each a unit. Tracked deletions are left out, insertions kept.
enum DocxExtractor {
  /// Entries an archive may have; Word writes a few dozen.
  static let maximumEntries = 10_000
  /// Limits for the main document: 64 MiB unpacked is some 10,000 pages.
  /// Word's XML packs about 10:1; 100:1 on a large part is a zip bomb.
  static let documentLimits = ZIPArchive.Limits(maximumSize: 64 << 20, maximumRatio: 100)
  /// `_rels/.rels` is a few hundred bytes.
  static let relationshipsLimits = ZIPArchive.Limits(maximumSize: 1 << 20, maximumRatio: 100)

  /// The text of the archive `bytes`.
  static func prose(fromArchive bytes: [UInt8]) throws(InputError) -> ProseText {
    let archive = try ZIPArchive(bytes, maximumEntries: maximumEntries)
    let partName = try mainDocumentName(in: archive)
    guard let entry = archive.entry(named: partName) else {
      throw .damagedArchive(reason: "no \(partName), so not a Word document")
    }
    let handler = WordDocumentHandler()
    try parse(entry, of: archive, limits: documentLimits, handler: handler)
    return ProseText(bytes: handler.text, unitBreaks: handler.paragraphStarts)
  }

  /// The main document named in `_rels/.rels`, else `word/document.xml`.
  private static func mainDocumentName(in archive: ZIPArchive) throws(InputError) -> String {
    guard let relationships = archive.entry(named: "_rels/.rels") else { return "word/document.xml" }
    let handler = RelationshipsHandler()
    try parse(relationships, of: archive, limits: relationshipsLimits, handler: handler)
    return handler.mainDocument ?? "word/document.xml"
  }

  private static func parse(
    _ entry: ZIPArchive.Entry, of archive: ZIPArchive, limits: ZIPArchive.Limits, handler: some XMLEventHandler
  ) throws(InputError) {
    let parser = try XMLPushParser(partName: entry.name, handler: handler)
    try archive.unpack(entry, limits: limits) { chunk throws(InputError) in try parser.parse(chunk) }
    try parser.finish()
  }
}
