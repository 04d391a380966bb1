import DuidelijkText

/// Finds the prose of an HTML source: text content, `<title>`, and the
/// values of `alt` and `title` attributes, each of those a unit of its own.
/// Tags, comments, scripts, styles and code (`pre`, `code`, `svg`, …) stay
/// blank; block elements (`p`, `li`, `td`, `h1`, `br`, …) start units.
///
/// No packaged HTML parser reports byte offsets, so this is a tokenizer that
/// follows the WHATWG states that decide what is text: data, tag open, tag
/// name, attribute names and quoted or unquoted values, self-closing tags,
/// comments (`<!-->` included), doctype, CDATA, bogus comments, raw text and
/// character references. It builds no tree: a stack of open elements whose
/// content is not prose is all the structure text needs.
struct HTMLProseExtractor {
  private let source: UnsafeBufferPointer<UInt8>
  private var builder: ProseBuilder
  /// Open elements whose content is skipped, innermost last.
  private var skipped: [[UInt8]] = []

  /// The prose of `source`, valid UTF-8.
  static func prose(from source: UnsafeBufferPointer<UInt8>) -> ProseText {
    var extractor = HTMLProseExtractor(source: source)
    extractor.run()
    return extractor.builder.build()
  }

  private init(source: UnsafeBufferPointer<UInt8>) {
    self.source = source
    self.builder = ProseBuilder(blanking: source)
  }

  private var isProse: Bool { skipped.isEmpty }

  private mutating func run() {
    var index = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while index < source.count {
      index = text(from: index, until: source.count, stopAtTags: true)
      if index < source.count { index = markup(at: index) }
    }
  }

  // MARK: Text

  /// Reads text from `start` to `end`, or to the next `<` when `stopAtTags`:
  /// keeps it when it is prose, decoding references. Returns where it stopped.
  private mutating func text(from start: Int, until end: Int, stopAtTags: Bool, isProse keep: Bool? = nil) -> Int {
    let keep = keep ?? isProse
    var index = start
    var run = start
    while index < end {
      let byte = source[index]
      if byte == UInt8(ascii: "<") && stopAtTags { break }
      if byte == UInt8(ascii: "&"), keep,
        let (scalar, length) = CharacterReference.decodeHTML(source, at: index, end: end, context: .text)
      {
        builder.keep(run..<index, of: source)
        builder.write(scalar, over: index..<(index + length), of: source)
        index += length
        run = index
        continue
      }
      index += 1
    }
    if keep { builder.keep(run..<index, of: source) }
    return index
  }

  // MARK: Markup

  /// Reads the markup at `start` (a `<`); returns the offset after it.
  private mutating func markup(at start: Int) -> Int {
    let next = start + 1 < source.count ? source[start + 1] : 0
    if ASCII.isLetter(next) { return startTag(at: start) }
    switch next {
    case UInt8(ascii: "!"):
      if ASCII.hasPrefix(source, at: start, caseInsensitive: "<!--") { return comment(at: start) }
      if ASCII.hasPrefix(source, at: start, caseInsensitive: "<![cdata[") {
        return Self.end(of: "]]>", in: source, from: start + 9)
      }
      // A doctype, or a bogus comment: both end at the first `>`.
      return Self.end(of: ">", in: source, from: start + 2)
    case UInt8(ascii: "/"):
      let afterSlash = start + 2
      if afterSlash < source.count && ASCII.isLetter(source[afterSlash]) { return endTag(at: start) }
      if afterSlash < source.count && source[afterSlash] == UInt8(ascii: ">") { return afterSlash + 1 }
      if afterSlash >= source.count { return text(from: start, until: source.count, stopAtTags: false) }
      return Self.end(of: ">", in: source, from: afterSlash)
    case UInt8(ascii: "?"):
      return Self.end(of: ">", in: source, from: start + 2)
    default:
      // A `<` that opens nothing is text.
      return text(from: start, until: start + 1, stopAtTags: false)
    }
  }

  /// `<!-- … -->`, ended early by `<!-->` and `<!--->`, or by `--!>`; an
  /// unclosed comment runs to the end. A `duidelijk-…` comment is a directive.
  private mutating func comment(at start: Int) -> Int {
    let bodyStart = start + 4
    var bodyEnd = source.count
    var end = source.count
    if bodyStart < source.count && source[bodyStart] == UInt8(ascii: ">") {
      (bodyEnd, end) = (bodyStart, bodyStart + 1)
    } else if ASCII.hasPrefix(source, at: bodyStart, caseInsensitive: "->") {
      (bodyEnd, end) = (bodyStart, bodyStart + 2)
    } else {
      var index = bodyStart
      while index + 1 < source.count {
        if source[index] == UInt8(ascii: "-") && source[index + 1] == UInt8(ascii: "-") {
          if ASCII.hasPrefix(source, at: index + 2, caseInsensitive: ">") {
            (bodyEnd, end) = (index, index + 3)
            break
          }
          if ASCII.hasPrefix(source, at: index + 2, caseInsensitive: "!>") {
            (bodyEnd, end) = (index, index + 4)
            break
          }
        }
        index += 1
      }
    }
    let body = UnsafeBufferPointer(rebasing: source[bodyStart..<max(bodyStart, bodyEnd)])
    if let directive = InlineDirective.parse(commentBody: body, range: start..<end) { builder.add(directive) }
    return end
  }

  private mutating func startTag(at start: Int) -> Int {
    let (name, nameEnd) = tagName(from: start + 1)
    let prose = isProse
    guard let (end, selfClosing) = attributes(from: nameEnd, keepingProse: prose) else { return source.count }
    if HTMLElement.isBlock(name) { builder.startUnit() }
    switch HTMLElement.content(of: name) {
    case .normal:
      return end
    case .skipped:
      if !selfClosing { skipped.append(name) }
      return end
    case .rawText:
      return rawTextEnd(of: name, from: end)
    case .escapableRawText(let isProse):
      let contentEnd = rawTextEnd(of: name, from: end)
      if isProse && prose { builder.startUnit() }
      _ = text(from: end, until: contentEnd, stopAtTags: false, isProse: isProse && prose)
      builder.startUnit()
      return contentEnd
    case .plainText:
      return source.count
    }
  }

  private mutating func endTag(at start: Int) -> Int {
    let (name, nameEnd) = tagName(from: start + 2)
    // End tags may carry attributes (an error, but they must be read past).
    let end = attributes(from: nameEnd, keepingProse: false)?.end ?? source.count
    if HTMLElement.isBlock(name) { builder.startUnit() }
    if let open = skipped.lastIndex(of: name) { skipped.removeSubrange(open...) }
    return end
  }

  /// The lower-case tag name from `start` and where it ends.
  private func tagName(from start: Int) -> (name: [UInt8], end: Int) {
    var index = start
    var name: [UInt8] = []
    while index < source.count {
      let byte = source[index]
      if UTF8Bytes.isASCIIWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
      name.append(ASCII.lowercased(byte))
      index += 1
    }
    return (name, index)
  }

  /// Reads attributes up to the `>` that ends the tag. Keeps the values of
  /// `alt` and `title` as units of prose when `keepingProse`. Returns the
  /// offset after the tag and whether it was self-closing, or nil when the
  /// file ends inside the tag (which then counts for nothing).
  private mutating func attributes(from start: Int, keepingProse: Bool) -> (end: Int, selfClosing: Bool)? {
    var index = start
    while true {
      while index < source.count && UTF8Bytes.isASCIIWhitespace(source[index]) { index += 1 }
      guard index < source.count else { return nil }
      switch source[index] {
      case UInt8(ascii: ">"):
        return (index + 1, false)
      case UInt8(ascii: "/"):
        if index + 1 < source.count && source[index + 1] == UInt8(ascii: ">") { return (index + 2, true) }
        index += 1
        continue
      default:
        break
      }
      // The name; a leading `=` belongs to it.
      let nameStart = index
      index += 1
      while index < source.count {
        let byte = source[index]
        if UTF8Bytes.isASCIIWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
          || byte == UInt8(ascii: "=")
        {
          break
        }
        index += 1
      }
      let nameRange = nameStart..<index
      var afterName = index
      while afterName < source.count && UTF8Bytes.isASCIIWhitespace(source[afterName]) { afterName += 1 }
      guard afterName < source.count, source[afterName] == UInt8(ascii: "=") else {
        index = afterName
        continue
      }
      index = afterName + 1
      while index < source.count && UTF8Bytes.isASCIIWhitespace(source[index]) { index += 1 }
      guard index < source.count else { return nil }
      let valueRange: Range<Int>
      let quote = source[index]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        let valueStart = index + 1
        var valueEnd = valueStart
        while valueEnd < source.count && source[valueEnd] != quote { valueEnd += 1 }
        guard valueEnd < source.count else { return nil }
        valueRange = valueStart..<valueEnd
        index = valueEnd + 1
      } else {
        var valueEnd = index
        while valueEnd < source.count && !UTF8Bytes.isASCIIWhitespace(source[valueEnd])
          && source[valueEnd] != UInt8(ascii: ">")
        {
          valueEnd += 1
        }
        valueRange = index..<valueEnd
        index = valueEnd
      }
      if keepingProse && isProseAttribute(nameRange) { keepAttribute(valueRange) }
    }
  }

  private func isProseAttribute(_ name: Range<Int>) -> Bool {
    (name.count == 3 && ASCII.hasPrefix(source, at: name.lowerBound, caseInsensitive: "alt"))
      || (name.count == 5 && ASCII.hasPrefix(source, at: name.lowerBound, caseInsensitive: "title"))
  }

  /// An attribute's text: a unit of its own, references decoded.
  private mutating func keepAttribute(_ value: Range<Int>) {
    builder.startUnit()
    var index = value.lowerBound
    var run = index
    while index < value.upperBound {
      if source[index] == UInt8(ascii: "&"),
        let (scalar, length) = CharacterReference.decodeHTML(
          source, at: index, end: value.upperBound, context: .attribute)
      {
        builder.keep(run..<index, of: source)
        builder.write(scalar, over: index..<(index + length), of: source)
        index += length
        run = index
        continue
      }
      index += 1
    }
    builder.keep(run..<value.upperBound, of: source)
    builder.startUnit()
  }

  /// Where the raw text of `name` ends: at `</name` followed by a space, `/`
  /// or `>`, or at the end of the file.
  private func rawTextEnd(of name: [UInt8], from start: Int) -> Int {
    var index = start
    while index + 2 + name.count <= source.count {
      if source[index] == UInt8(ascii: "<") && source[index + 1] == UInt8(ascii: "/") {
        var matches = true
        for (offset, byte) in name.enumerated() where ASCII.lowercased(source[index + 2 + offset]) != byte {
          matches = false
          break
        }
        let after = index + 2 + name.count
        if matches
          && (after == source.count || UTF8Bytes.isASCIIWhitespace(source[after])
            || source[after] == UInt8(ascii: "/") || source[after] == UInt8(ascii: ">"))
        {
          return index
        }
      }
      index += 1
    }
    return source.count
  }

  /// The offset just after the first `terminator` from `start`, or the end.
  private static func end(of terminator: StaticString, in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index + terminator.utf8CodeUnitCount <= source.count {
      if ASCII.hasPrefix(source, at: index, caseInsensitive: terminator) { return index + terminator.utf8CodeUnitCount }
      index += 1
    }
    return source.count
  }
}
