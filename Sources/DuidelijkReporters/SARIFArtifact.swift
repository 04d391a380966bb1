/// Where the findings of one file point in SARIF: the file's
/// `artifactLocation` and whether byte offsets are offsets into the file.
struct SARIFArtifact {
  /// The `artifactLocation` object, as JSON.
  let locationJSON: [UInt8]
  /// False for a `.docx`: its offsets point into the extracted text, not
  /// into the ZIP archive a SARIF viewer would open.
  let offsetsPointIntoFile: Bool

  /// The location of `path` as given: a relative path stays relative (to
  /// `%SRCROOT%`, the checkout for code scanning); an absolute one becomes a
  /// `file:` URI.
  init(path: String) {
    var json: [UInt8] = Array(#"{"uri":"#.utf8)
    if path.hasPrefix("/") {
      JSONBytes.appendString("file://" + Self.percentEncoded(path), to: &json)
    } else {
      JSONBytes.appendString(Self.percentEncoded(path), to: &json)
      json.append(contentsOf: #","uriBaseId":"%SRCROOT%""#.utf8)
    }
    json.append(UInt8(ascii: "}"))
    locationJSON = json
    offsetsPointIntoFile = !path.lowercased().hasSuffix(".docx")
  }

  /// `path` as a URI path (RFC 3986): bytes other than unreserved characters,
  /// sub-delimiters, `@` and `/` are percent-encoded. `:` is encoded too, so
  /// a relative path such as `a:b.txt` is not read as a URI scheme.
  static func percentEncoded(_ path: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    for byte in path.utf8 {
      if isAllowed(byte) {
        bytes.append(byte)
      } else {
        bytes.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isAllowed(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default:
      "-._~!$&'()*+,;=@/".utf8.contains(byte)
    }
  }
}
