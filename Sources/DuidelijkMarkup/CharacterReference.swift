/// Character references (`&eacute;`, `&#233;`, `&#xE9;`) as HTML and
/// CommonMark read them.
///
/// The named ones are those that occur in Dutch and other European text on
/// the web; the full HTML list has 2,231 names, mostly mathematics. Markdown
/// needs no names: cmark has decoded them already, so only the span matters.
enum CharacterReference {
  /// Where a reference stands, which decides whether `;` may be left out.
  enum Context {
    /// HTML text: the legacy names (`&amp`, `&eacute`) need no `;`.
    case text
    /// An HTML attribute value: as text, except that a legacy name followed
    /// by a letter, digit or `=` is not a reference (`?a=1&copy=2`).
    case attribute
  }

  /// The HTML reference starting at `start` (an `&`) of `bytes[..<end]`:
  /// its scalar and its length in bytes, or nil when there is none.
  static func decodeHTML(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, context: Context
  ) -> (scalar: Unicode.Scalar, length: Int)? {
    guard start + 1 < end else { return nil }
    if bytes[start + 1] == UInt8(ascii: "#") {
      guard let (value, length) = numeric(bytes, at: start, end: end, maximumDigits: nil) else { return nil }
      let semicolon = start + length < end && bytes[start + length] == UInt8(ascii: ";")
      return (htmlScalar(value), length + (semicolon ? 1 : 0))
    }
    var nameEnd = start + 1
    while nameEnd < end && nameEnd - start <= longestName && ASCII.isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
    guard nameEnd > start + 1 else { return nil }
    if nameEnd < end && bytes[nameEnd] == UInt8(ascii: ";"),
      let entry = names[Array(bytes[(start + 1)..<nameEnd])]
    {
      return (entry.scalar, nameEnd + 1 - start)
    }
    // Without `;`, the longest legacy name that starts the run counts.
    var prefixEnd = nameEnd
    while prefixEnd > start + 1 {
      if let entry = names[Array(bytes[(start + 1)..<prefixEnd])], entry.isLegacy {
        if context == .attribute && prefixEnd < end
          && (ASCII.isAlphanumeric(bytes[prefixEnd]) || bytes[prefixEnd] == UInt8(ascii: "="))
        {
          return nil
        }
        return (entry.scalar, prefixEnd - start)
      }
      prefixEnd -= 1
    }
    return nil
  }

  /// The length of what CommonMark reads as an entity or numeric reference
  /// at `start` (an `&`), whether or not its name is known here: `&` + name +
  /// `;`, `&#` + 1 to 7 digits + `;`, `&#x` + 1 to 6 hex digits + `;`.
  static func markdownSpan(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
    guard start + 2 < end else { return nil }
    var index: Int
    if bytes[start + 1] == UInt8(ascii: "#") {
      let hex = bytes[start + 2] | 0x20 == UInt8(ascii: "x")
      guard let (_, length) = numeric(bytes, at: start, end: end, maximumDigits: hex ? 6 : 7) else { return nil }
      index = start + length
    } else {
      index = start + 1
      guard ASCII.isLetter(bytes[index]) else { return nil }
      while index < end && index - start <= longestName && ASCII.isAlphanumeric(bytes[index]) { index += 1 }
    }
    guard index < end && bytes[index] == UInt8(ascii: ";") else { return nil }
    return index + 1 - start
  }

  /// `&#…` / `&#x…` at `start`: the code point (capped above U+10FFFF) and
  /// the length up to the last digit; nil without digits or with too many.
  private static func numeric(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, maximumDigits: Int?
  ) -> (UInt32, Int)? {
    var index = start + 2
    let hex = index < end && bytes[index] | 0x20 == UInt8(ascii: "x")
    if hex { index += 1 }
    let digitsStart = index
    var value: UInt32 = 0
    while index < end {
      let digit: UInt32
      if hex {
        guard let hexDigit = ASCII.hexValue(bytes[index]) else { break }
        digit = hexDigit
      } else {
        guard ASCII.isDigit(bytes[index]) else { break }
        digit = UInt32(bytes[index] - 0x30)
      }
      value = min(value * (hex ? 16 : 10) + digit, 0x110000)
      index += 1
    }
    let digits = index - digitsStart
    guard digits > 0, maximumDigits.map({ digits <= $0 }) ?? true else { return nil }
    return (value, index - start)
  }

  /// What HTML makes of a numeric reference: U+FFFD for NUL, surrogates and
  /// values out of range, and Windows-1252 for 0x80…0x9F, as Word-made pages
  /// write `&#146;` for `’`.
  private static func htmlScalar(_ value: UInt32) -> Unicode.Scalar {
    if value >= 0x80 && value <= 0x9F, let mapped = windows1252[Int(value - 0x80)] {
      return mapped
    }
    guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
    return scalar
  }

  private static let windows1252: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
    nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
  ]

  private struct Entry {
    let scalar: Unicode.Scalar
    /// One of the names HTML also reads without `;`.
    let isLegacy: Bool
  }

  private static let longestName = 32

  private static let names: [[UInt8]: Entry] = Dictionary(
    uniqueKeysWithValues: table.map { (Array($0.0.utf8), Entry(scalar: Unicode.Scalar($0.1)!, isLegacy: $0.2)) })

  // (name, code point, legacy)
  private static let table: [(String, UInt32, Bool)] = [
    ("amp", 0x26, true),
    ("lt", 0x3C, true),
    ("gt", 0x3E, true),
    ("quot", 0x22, true),
    ("AMP", 0x26, true),
    ("LT", 0x3C, true),
    ("GT", 0x3E, true),
    ("QUOT", 0x22, true),
    ("COPY", 0xA9, true),
    ("REG", 0xAE, true),
    ("nbsp", 0xA0, true),
    ("iexcl", 0xA1, true),
    ("cent", 0xA2, true),
    ("pound", 0xA3, true),
    ("curren", 0xA4, true),
    ("yen", 0xA5, true),
    ("brvbar", 0xA6, true),
    ("sect", 0xA7, true),
    ("uml", 0xA8, true),
    ("copy", 0xA9, true),
    ("ordf", 0xAA, true),
    ("laquo", 0xAB, true),
    ("not", 0xAC, true),
    ("shy", 0xAD, true),
    ("reg", 0xAE, true),
    ("macr", 0xAF, true),
    ("deg", 0xB0, true),
    ("plusmn", 0xB1, true),
    ("sup2", 0xB2, true),
    ("sup3", 0xB3, true),
    ("acute", 0xB4, true),
    ("micro", 0xB5, true),
    ("para", 0xB6, true),
    ("middot", 0xB7, true),
    ("cedil", 0xB8, true),
    ("sup1", 0xB9, true),
    ("ordm", 0xBA, true),
    ("raquo", 0xBB, true),
    ("frac14", 0xBC, true),
    ("frac12", 0xBD, true),
    ("frac34", 0xBE, true),
    ("iquest", 0xBF, true),
    ("Agrave", 0xC0, true),
    ("Aacute", 0xC1, true),
    ("Acirc", 0xC2, true),
    ("Atilde", 0xC3, true),
    ("Auml", 0xC4, true),
    ("Aring", 0xC5, true),
    ("AElig", 0xC6, true),
    ("Ccedil", 0xC7, true),
    ("Egrave", 0xC8, true),
    ("Eacute", 0xC9, true),
    ("Ecirc", 0xCA, true),
    ("Euml", 0xCB, true),
    ("Igrave", 0xCC, true),
    ("Iacute", 0xCD, true),
    ("Icirc", 0xCE, true),
    ("Iuml", 0xCF, true),
    ("ETH", 0xD0, true),
    ("Ntilde", 0xD1, true),
    ("Ograve", 0xD2, true),
    ("Oacute", 0xD3, true),
    ("Ocirc", 0xD4, true),
    ("Otilde", 0xD5, true),
    ("Ouml", 0xD6, true),
    ("times", 0xD7, true),
    ("Oslash", 0xD8, true),
    ("Ugrave", 0xD9, true),
    ("Uacute", 0xDA, true),
    ("Ucirc", 0xDB, true),
    ("Uuml", 0xDC, true),
    ("Yacute", 0xDD, true),
    ("THORN", 0xDE, true),
    ("szlig", 0xDF, true),
    ("agrave", 0xE0, true),
    ("aacute", 0xE1, true),
    ("acirc", 0xE2, true),
    ("atilde", 0xE3, true),
    ("auml", 0xE4, true),
    ("aring", 0xE5, true),
    ("aelig", 0xE6, true),
    ("ccedil", 0xE7, true),
    ("egrave", 0xE8, true),
    ("eacute", 0xE9, true),
    ("ecirc", 0xEA, true),
    ("euml", 0xEB, true),
    ("igrave", 0xEC, true),
    ("iacute", 0xED, true),
    ("icirc", 0xEE, true),
    ("iuml", 0xEF, true),
    ("eth", 0xF0, true),
    ("ntilde", 0xF1, true),
    ("ograve", 0xF2, true),
    ("oacute", 0xF3, true),
    ("ocirc", 0xF4, true),
    ("otilde", 0xF5, true),
    ("ouml", 0xF6, true),
    ("divide", 0xF7, true),
    ("oslash", 0xF8, true),
    ("ugrave", 0xF9, true),
    ("uacute", 0xFA, true),
    ("ucirc", 0xFB, true),
    ("uuml", 0xFC, true),
    ("yacute", 0xFD, true),
    ("thorn", 0xFE, true),
    ("yuml", 0xFF, true),
    ("apos", 0x27, false),
    ("OElig", 0x152, false),
    ("oelig", 0x153, false),
    ("Scaron", 0x160, false),
    ("scaron", 0x161, false),
    ("Yuml", 0x178, false),
    ("fnof", 0x192, false),
    ("circ", 0x2C6, false),
    ("tilde", 0x2DC, false),
    ("IJlig", 0x132, false),
    ("ijlig", 0x133, false),
    ("ensp", 0x2002, false),
    ("emsp", 0x2003, false),
    ("thinsp", 0x2009, false),
    ("zwnj", 0x200C, false),
    ("zwj", 0x200D, false),
    ("lrm", 0x200E, false),
    ("rlm", 0x200F, false),
    ("ndash", 0x2013, false),
    ("mdash", 0x2014, false),
    ("horbar", 0x2015, false),
    ("lsquo", 0x2018, false),
    ("rsquo", 0x2019, false),
    ("sbquo", 0x201A, false),
    ("ldquo", 0x201C, false),
    ("rdquo", 0x201D, false),
    ("bdquo", 0x201E, false),
    ("dagger", 0x2020, false),
    ("Dagger", 0x2021, false),
    ("bull", 0x2022, false),
    ("hellip", 0x2026, false),
    ("permil", 0x2030, false),
    ("prime", 0x2032, false),
    ("Prime", 0x2033, false),
    ("lsaquo", 0x2039, false),
    ("rsaquo", 0x203A, false),
    ("oline", 0x203E, false),
    ("frasl", 0x2044, false),
    ("euro", 0x20AC, false),
    ("trade", 0x2122, false),
    ("larr", 0x2190, false),
    ("uarr", 0x2191, false),
    ("rarr", 0x2192, false),
    ("darr", 0x2193, false),
    ("harr", 0x2194, false),
    ("lArr", 0x21D0, false),
    ("rArr", 0x21D2, false),
    ("hArr", 0x21D4, false),
    ("minus", 0x2212, false),
    ("le", 0x2264, false),
    ("ge", 0x2265, false),
    ("ne", 0x2260, false),
    ("asymp", 0x2248, false),
    ("infin", 0x221E, false),
    ("check", 0x2713, false),
    ("cross", 0x2717, false),
    ("hyphen", 0x2010, false),
    ("dash", 0x2010, false),
    ("nbhy", 0x2011, false),
    ("NonBreakingSpace", 0xA0, false),
    ("half", 0xBD, false),
    ("alpha", 0x3B1, false),
    ("beta", 0x3B2, false),
    ("mu", 0x3BC, false),
    ("pi", 0x3C0, false),
    ("Delta", 0x394, false),
    ("Omega", 0x3A9, false),
  ]
}
