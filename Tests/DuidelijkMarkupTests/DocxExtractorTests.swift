import DuidelijkMarkup
import DuidelijkTestSupport
import DuidelijkText
import Foundation
import Testing

@Suite("Word documents")
struct DocxExtractorTests {
  private func text(of archive: [UInt8]) throws -> String {
    String(decoding: try ProseExtractor.prose(from: archive, type: .docx).bytes, as: UTF8.self)
  }

  @Test func theFixtureGivesOneParagraphPerLine() throws {
    let extracted = try ExtractedSource(try fixture("besluit.docx"), type: .docx)
    let lines = String(decoding: extracted.prose.bytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines == [
        "Besluit op uw aanvraag",
        "Geachte heer Jansen,",
        "",
        // The tracked deletion "middels dit schrijven" is gone; the insertion "goed" stays.
        "Wij hebben uw aanvraag goed bekeken. U krijgt de vergunning.",
        "Bedrag:\t€ 45,-",
        "Gemeente Voorbeeld\u{2028}Postbus 1\u{2028}1234 AB Voorbeeld",
        "Zone",
        "Prijs & duur",
        "Met vriendelijke groet, café’s en ideeën 😀",
        "",
      ])
    // Line numbers are paragraph numbers; U+2028 starts no line.
    let document = extracted.document
    #expect(document.position(of: try extracted.token("bekeken").range.lowerBound).line == 4)
    #expect(document.position(of: try extracted.token("Postbus").range.lowerBound) == TextPosition(line: 6, column: 20))
    #expect(document.position(of: try extracted.token("ideeën").range.lowerBound).line == 9)
    // Every paragraph starts a unit, so the table cells are sentences of their own.
    #expect(extracted.prose.unitBreaks == [0, 23, 44, 45, 106, 123, 174, 179, 192])
    #expect(extracted.sentences.contains("Zone") && extracted.sentences.contains("Prijs & duur"))
  }

  @Test func runsTabsBreaksAndRevisions() throws {
    let archive = try makeDocx(
      document: wordDocument(
        """
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:del w:id="9"/></w:rPr></w:pPr>\
        <w:r><w:t xml:space="preserve">Een </w:t></w:r><w:r><w:t>zin</w:t></w:r><w:r><w:tab/><w:t>met</w:t></w:r>\
        <w:r><w:br w:type="page"/><w:t>pagina</w:t><w:noBreakHyphen/><w:t>einde</w:t><w:softHyphen/><w:t>loos</w:t></w:r></w:p>\
        <w:p><w:moveFrom><w:r><w:t>verplaatst </w:t></w:r></w:moveFrom><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>Hier</w:t></w:r><w:moveTo><w:r><w:t> verplaatst</w:t></w:r></w:moveTo></w:p>\
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In een kader</w:t>\
        </w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>\
        <w:t>In een kader</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>\
        <w:r><w:t>Buiten het kader</w:t></w:r></w:p>\
        <w:p><w:r><w:t>Regel een
        regel twee &amp; &#233;</w:t></w:r></w:p>
        """))
    #expect(
      try text(of: archive) == """
        Een zin\tmet\u{2028}pagina-eindeloos
        Hier verplaatst
        In een kader
        Buiten het kader
        Regel een regel twee & é

        """)
  }

  @Test func theMainPartIsFoundThroughTheRelationships() throws {
    let archive = try makeDocx(
      document: wordDocument("<w:p><w:r><w:t>Elders</w:t></w:r></w:p>"), mainPart: "word/document2.xml")
    #expect(try text(of: archive) == "Elders\n")
  }

  @Test func strictOOXMLIsRead() throws {
    let document = """
      <w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>\
      <w:p><w:r><w:t>Strikt</w:t></w:r></w:p></w:body></w:document>
      """
    #expect(try text(of: try makeDocx(document: document)) == "Strikt\n")
  }

  // MARK: Zip bombs

  /// `word/document.xml` of `spaces` spaces inside a valid document, as
  /// hand-made deflate of about `spaces / 2,000` bytes.
  private func spacesDocument(_ spaces: Int) -> (deflated: [UInt8], size: Int) {
    let head = wordDocument("").replacingOccurrences(of: "</w:body></w:document>", with: "")
    let tail = "</w:body></w:document>"
    var deflate = FixedHuffmanDeflate()
    deflate.literals(head + " ")
    let repeats = (spaces - 1) / 258
    for _ in 0..<repeats { deflate.repeatLastByte258Times() }
    deflate.literals(String(repeating: " ", count: spaces - 1 - repeats * 258) + tail)
    return (deflate.finish(), head.utf8.count + spaces + tail.utf8.count)
  }

  /// The error `archive` gives, checking it comes at once, not after unpacking.
  private func refusal(of archive: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> InputError? {
    let start = ContinuousClock.now
    defer {
      // The one timing bound in the suite, loose enough for a slow machine.
      #expect(ContinuousClock.now - start < .seconds(2), sourceLocation: sourceLocation)
    }
    do {
      _ = try ProseExtractor.prose(from: archive, type: .docx)
      return nil
    } catch {
      return error
    }
  }

  @Test func aBombThatDeclaresItsSizeIsRefusedAtOnce() throws {
    let (deflated, size) = spacesDocument(200_000_000)
    #expect(
      refusal(of: handmadeZIP(data: deflated, declaredSize: UInt32(size)))
        == .archiveTooLarge(reason: "word/document.xml unpacks to more than 64 MiB"))
  }

  @Test func aBombThatHidesItsSizeIsRefusedWhileUnpacking() throws {
    // 200 MB of spaces in about 1 MB, under a header that claims 4 KB.
    let (deflated, _) = spacesDocument(200_000_000)
    #expect(deflated.count < 1_500_000)
    #expect(
      refusal(of: handmadeZIP(data: deflated, declaredSize: 4096))
        == .damagedArchive(reason: "word/document.xml unpacks to more than its header says"))
  }

  @Test func aSmallerBombIsRefusedByItsCompressionRatio() throws {
    let (deflated, size) = spacesDocument(40_000_000)
    #expect(
      refusal(of: handmadeZIP(data: deflated, declaredSize: UInt32(size)))
        == .archiveTooLarge(reason: "word/document.xml is compressed more than 100:1, as a zip bomb is"))
  }

  @Test func aGigabyteOfZerosIsRefused() throws {
    var deflate = FixedHuffmanDeflate()
    deflate.literals("\0")
    for _ in 0..<(1 << 30) / 258 { deflate.repeatLastByte258Times() }
    let deflated = deflate.finish()
    #expect(
      refusal(of: handmadeZIP(data: deflated, declaredSize: UInt32(1 << 30)))
        == .archiveTooLarge(reason: "word/document.xml unpacks to more than 64 MiB"))
    #expect(
      refusal(of: handmadeZIP(data: deflated, declaredSize: 1000))
        == .damagedArchive(reason: "word/document.xml unpacks to more than its header says"))
  }

  // MARK: Damaged archives

  private func expectDamaged(
    _ archive: [UInt8], _ reason: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(throws: InputError.damagedArchive(reason: reason), sourceLocation: sourceLocation) {
      try ProseExtractor.prose(from: archive, type: .docx)
    }
  }

  @Test func damagedArchivesAreInputErrors() throws {
    let good = try fixture("besluit.docx")
    expectDamaged(
      Array("Dit is geen archief, maar gewone tekst.".utf8),
      "not a ZIP archive (a password-protected document is not one)")
    expectDamaged(Array(good[..<(good.count / 2)]), "not a ZIP archive (a password-protected document is not one)")
    expectDamaged(Array(good.dropLast(30)), "not a ZIP archive (a password-protected document is not one)")
    let document = Array(wordDocument("<w:p><w:r><w:t>Tekst</w:t></w:r></w:p>").utf8)
    let checksum = Data(document).crc32(checksum: 0)
    #expect(
      try text(of: handmadeZIP(data: document, method: 0, declaredSize: UInt32(document.count), checksum: checksum))
        == "Tekst\n")
    expectDamaged(
      handmadeZIP(data: document, method: 0, declaredSize: UInt32(document.count), checksum: checksum ^ 1),
      "word/document.xml fails its CRC-32 check")
    expectDamaged(
      handmadeZIP(data: document, method: 14, declaredSize: UInt32(document.count), checksum: checksum),
      "word/document.xml uses compression method 14, which is not supported")
    expectDamaged(
      handmadeZIP(data: document, method: 0, declaredSize: UInt32(document.count), checksum: checksum, flags: 1),
      "word/document.xml is encrypted")
    expectDamaged(
      handmadeZIP(name: "word/styles.xml", data: document, method: 0, declaredSize: UInt32(document.count)),
      "no word/document.xml, so not a Word document")
  }

  @Test func aDeflateStreamWithoutEndIsCutShort() {
    // A stored block that promises 65,535 bytes and holds 12: ZIPFoundation's
    // own extract waits for the rest forever.
    let deflated: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array("<w:document ".utf8)
    let start = ContinuousClock.now
    #expect(throws: InputError.self) {
      try ProseExtractor.prose(from: handmadeZIP(data: deflated, declaredSize: 12), type: .docx)
    }
    #expect(ContinuousClock.now - start < .seconds(2))
  }

  @Test func invalidXMLIsAnInputError() throws {
    let unclosed = try makeDocx(document: wordDocument("<w:p><w:r><w:t>Open"))
    do {
      _ = try ProseExtractor.prose(from: unclosed, type: .docx)
      Issue.record("no error")
    } catch {
      // The rest of the reason is libxml2's own message.
      guard case .damagedArchive(let reason) = error else { throw error }
      #expect(reason.hasPrefix("word/document.xml is not well-formed XML (line 2): "))
    }
    // An entity bomb never expands: the DTD is refused before it is read.
    let laughs = """
      <?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
      <w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
      """
    expectDamaged(try makeDocx(document: laughs), "word/document.xml declares a DTD, which Word never writes")
  }

  @Test func corruptedArchivesNeverCrash() throws {
    let good = try fixture("besluit.docx")
    // Every byte flipped in turn, and the archive cut at every length:
    // either text or an input error, never a crash or a hang.
    for index in good.indices {
      var bytes = good
      bytes[index] ^= 0xFF
      _ = try? ProseExtractor.prose(from: bytes, type: .docx)
      _ = try? ProseExtractor.prose(from: Array(good[..<index]), type: .docx)
    }
  }

  // MARK: LibreOffice

  @Test(.enabled(if: LibreOffice.executable != nil, "libreoffice is not on PATH; install it to check real .docx files"))
  func aLibreOfficeConversionKeepsTheParagraphs() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let text = root.appendingPathComponent("corpora/bijstand-beschikking.txt")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duidelijk-docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let converted = [UInt8](try Data(contentsOf: try LibreOffice.convertToDocx(text, in: folder)))
    func lines(_ string: String) -> [Substring] {
      var lines = string.split(separator: "\n", omittingEmptySubsequences: false)
      while lines.last?.isEmpty == true { lines.removeLast() }
      return lines
    }
    let expected = lines(try String(contentsOf: text, encoding: .utf8))
    #expect(lines(try self.text(of: converted)) == expected)
  }
}
