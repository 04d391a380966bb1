import Foundation
import ZIPFoundation

/// Raw deflate written by hand: one block with fixed Huffman codes, so a
/// test can make a stream that unpacks to hundreds of megabytes from about
/// one, without compressing (or holding) those megabytes.
struct FixedHuffmanDeflate {
  private(set) var bytes: [UInt8] = []
  private var bits: UInt64 = 0
  private var bitCount = 0

  /// Starts the final block (BFINAL 1, BTYPE 01).
  init() {
    write(1, count: 1)
    write(1, count: 2)
  }

  /// `text` as literals (ASCII only: codes 0 to 143 are eight bits).
  mutating func literals(_ text: String) {
    for byte in text.utf8 {
      precondition(byte < 144)
      code(0x30 + UInt32(byte), length: 8)
    }
  }

  /// 258 more copies of the last byte: length code 285, distance code 0 (distance 1).
  mutating func repeatLastByte258Times() {
    write(Self.lengthCode285, count: 8)
    write(0, count: 5)
  }

  /// Ends the block and the stream.
  mutating func finish() -> [UInt8] {
    code(0, length: 7)  // end of block, code 256
    if bitCount > 0 { bytes.append(UInt8(bits & 0xFF)) }
    bits = 0
    bitCount = 0
    return bytes
  }

  private static let lengthCode285 = reversed(0xC5, length: 8)

  /// Huffman codes are packed from their most significant bit.
  private mutating func code(_ value: UInt32, length: Int) {
    write(Self.reversed(value, length: length), count: length)
  }

  private static func reversed(_ value: UInt32, length: Int) -> UInt32 {
    (0..<length).reduce(0) { $0 | ((value >> $1) & 1) << (length - 1 - $1) }
  }

  private mutating func write(_ value: UInt32, count: Int) {
    bits |= UInt64(value) << bitCount
    bitCount += count
    while bitCount >= 8 {
      bytes.append(UInt8(bits & 0xFF))
      bits >>= 8
      bitCount -= 8
    }
  }
}

/// A one-entry ZIP archive written by hand, so its header may say anything.
func handmadeZIP(
  name: String = "word/document.xml", data: [UInt8], method: UInt16 = 8, declaredSize: UInt32,
  checksum: UInt32 = 0, flags: UInt16 = 0
) -> [UInt8] {
  var bytes: [UInt8] = []
  func append(_ value: UInt32, _ size: Int) {
    for index in 0..<size { bytes.append(UInt8((value >> (8 * UInt32(index))) & 0xFF)) }
  }
  let nameBytes = Array(name.utf8)
  func commonFields() {
    append(20, 2)  // version needed
    append(UInt32(flags), 2)
    append(UInt32(method), 2)
    append(0, 4)  // time and date
    append(checksum, 4)
    append(UInt32(data.count), 4)
    append(declaredSize, 4)
    append(UInt32(nameBytes.count), 2)
    append(0, 2)  // extra field length
  }
  append(0x0403_4B50, 4)
  commonFields()
  bytes += nameBytes + data
  let directoryStart = bytes.count
  append(0x0201_4B50, 4)
  append(20, 2)  // version made by
  commonFields()
  append(0, 2 + 2 + 2 + 4)  // comment length, disk, internal and external attributes
  append(0, 4)  // local header offset
  bytes += nameBytes
  let directorySize = bytes.count - directoryStart
  append(0x0605_4B50, 4)
  append(0, 2 + 2)  // disk numbers
  append(1, 2)
  append(1, 2)
  append(UInt32(directorySize), 4)
  append(UInt32(directoryStart), 4)
  append(0, 2)  // comment length
  return bytes
}

/// A `.docx` made with ZIPFoundation: `document` as `word/document.xml`,
/// with the content types and relationships Word writes.
func makeDocx(document: String, mainPart: String = "word/document.xml") throws -> [UInt8] {
  let archive = try Archive(data: Data(), accessMode: .create)
  let parts = [
    (
      "[Content_Types].xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Override PartName="/\(mainPart)" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
      """
    ),
    (
      "_rels/.rels",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="/\(mainPart)"/></Relationships>
      """
    ),
    (mainPart, document),
  ]
  for (path, text) in parts {
    let data = Data(text.utf8)
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
      provider: { position, size in Data(data[Int(position)..<Int(position) + size]) })
  }
  return [UInt8](archive.data ?? Data())
}

/// A WordprocessingML document with `body` inside `<w:body>`.
func wordDocument(_ body: String) -> String {
  """
  <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
  <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
  """
}
