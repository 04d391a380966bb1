import CDuidelijkMarkdown
import DuidelijkText

/// Finds the prose of a Markdown source: the text of paragraphs, headings,
/// list items, block quotes and table cells, link text and image alt text.
/// Code, front matter, URLs, HTML and syntax (`#`, `>`, `*`, `|`) stay blank.
///
/// cmark-gfm parses; its positions are lines and byte columns, and its text
/// is decoded (`&amp;` is `&`, `\*` is `*`) and sometimes placed wrongly
/// (lazy continuation lines, text after a hard break). So every text node is
/// laid over the source byte by byte, at cmark's position if it fits there,
/// else at the first place after the previous node where it does. Only bytes
/// that match, or an entity or escape whose decoded form matches, are kept.
struct MarkdownProseExtractor {
  private let source: UnsafeBufferPointer<UInt8>
  private let lines: LineTable
  private var lineStarts: [Int] { lines.lineStarts }
  private var builder: ProseBuilder
  /// Where the next node can start: nodes come in source order.
  private var cursor = 0
  /// The end of the last line of the paragraph, heading or cell being read.
  private var limit: Int
  /// For each open link: whether it is an autolink, whose text is a URL.
  private var openLinks: [Bool] = []

  /// The prose of `source`, valid UTF-8 without NUL bytes.
  static func prose(from source: UnsafeBufferPointer<UInt8>) -> ProseText {
    var extractor = MarkdownProseExtractor(source: source)
    var start = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    if let frontMatter = FrontMatter.range(in: source, from: start) { start = frontMatter.upperBound }
    extractor.cursor = start
    guard start > 0 else {
      extractor.walk(parsing: source)
      return extractor.builder.build()
    }
    // cmark sees blanks where the front matter was, so its lines stay ours.
    var parsed = Array(source)
    for index in 0..<start where parsed[index] != 0x0A && parsed[index] != 0x0D { parsed[index] = 0x20 }
    parsed.withUnsafeBufferPointer { extractor.walk(parsing: $0) }
    return extractor.builder.build()
  }

  private init(source: UnsafeBufferPointer<UInt8>) {
    self.source = source
    self.lines = LineTable(bytes: Array(source), baseOffset: 0)
    self.builder = ProseBuilder(blanking: source)
    self.limit = source.count
  }

  private mutating func walk(parsing text: UnsafeBufferPointer<UInt8>) {
    let empty: StaticString = ""
    let base = text.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(empty.utf8Start)
    // cmark's allocator aborts rather than fail, so no tree means no memory at all.
    guard let tree = dd_markdown_parse(base.assumingMemoryBound(to: CChar.self), text.count) else { return }
    defer { dd_markdown_free(tree) }
    var event = DDMarkdownEvent()
    while dd_markdown_next(tree, &event) != 0 {
      handle(event)
    }
  }

  private mutating func handle(_ event: DDMarkdownEvent) {
    switch event.kind {
    case DDMarkdownNodeParagraph, DDMarkdownNodeHeading, DDMarkdownNodeTableCell:
      if event.entering != 0 { enterLeafBlock(event) }
    case DDMarkdownNodeText:
      if !openLinks.contains(true) { keepText(literal(of: event), hint: offset(event.startLine, event.startColumn)) }
    case DDMarkdownNodeSoftBreak, DDMarkdownNodeLineBreak:
      moveCursorToNextLine()
    case DDMarkdownNodeCode:
      // Verified only: cmark drops the backticks and folds line breaks.
      let code = literal(of: event)
      if let start = offset(event.startLine, event.startColumn), start >= cursor, matches(code, at: start) {
        cursor = start + code.count
      }
    case DDMarkdownNodeHTMLInline:
      let html = literal(of: event)
      if let start = locate(html, hint: offset(event.startLine, event.startColumn)) {
        cursor = start + html.count
        addDirective(comment: start..<cursor)
      }
    case DDMarkdownNodeHTMLBlock:
      addDirectives(inBlock: literal(of: event), startLine: event.startLine)
    case DDMarkdownNodeLink:
      if event.entering != 0 {
        openLinks.append(event.isAutolink != 0)
      } else {
        openLinks.removeLast()
        moveCursor(pastClosingOf: event)
      }
    case DDMarkdownNodeImage:
      if event.entering == 0 { moveCursor(pastClosingOf: event) }
    default:
      break
    }
  }

  // MARK: Positions

  private func literal(of event: DDMarkdownEvent) -> UnsafeBufferPointer<UInt8> {
    guard let literal = event.literal else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(
      start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: event.literalLength)
  }

  /// The offset of a cmark line and byte column, if that place exists.
  private func offset(_ line: Int32, _ column: Int32) -> Int? {
    guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
    let offset = lineStarts[Int(line) - 1] + Int(column) - 1
    return offset < lineEnd(ofLine: Int(line)) ? offset : nil
  }

  /// The end of 1-based `line`, before its line break.
  private func lineEnd(ofLine line: Int) -> Int {
    var end = line < lineStarts.count ? lineStarts[line] : source.count
    while end > lineStarts[line - 1] && (source[end - 1] == 0x0A || source[end - 1] == 0x0D) { end -= 1 }
    return end
  }

  private mutating func enterLeafBlock(_ event: DDMarkdownEvent) {
    builder.startUnit()
    if event.startLine >= 1 && Int(event.startLine) <= lineStarts.count {
      cursor = max(cursor, lineStarts[Int(event.startLine) - 1])
    }
    let lastLine = Int(event.endLine)
    limit = lastLine >= 1 && lastLine <= lineStarts.count ? lineEnd(ofLine: lastLine) : source.count
    limit = max(limit, cursor)
  }

  /// After a soft or hard line break the next text is on a later line.
  private mutating func moveCursorToNextLine() {
    let next = lines.lineIndex(of: cursor) + 1
    if next < lineStarts.count { cursor = max(cursor, lineStarts[next]) }
  }

  /// Past the `)` or `]` that ends a link or image, when cmark's end is right.
  private mutating func moveCursor(pastClosingOf event: DDMarkdownEvent) {
    guard let end = offset(event.endLine, event.endColumn), end >= cursor, end < limit,
      source[end] == UInt8(ascii: ")") || source[end] == UInt8(ascii: "]")
    else { return }
    cursor = end + 1
  }

  // MARK: Text

  private mutating func keepText(_ text: UnsafeBufferPointer<UInt8>, hint: Int?) {
    guard !text.isEmpty else { return }
    if let hint, hint >= cursor, hint < limit, lay(text, at: hint, write: false) != nil {
      cursor = lay(text, at: hint, write: true)!
      return
    }
    let first = text[0]
    var start = cursor
    while start < limit {
      let byte = source[start]
      if byte == first || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\\"),
        lay(text, at: start, write: false) != nil
      {
        cursor = lay(text, at: start, write: true)!
        return
      }
      start += 1
    }
  }

  /// Lays decoded `text` over the source from `start`: returns where it ends,
  /// or nil when it does not fit. With `write`, keeps the prose.
  private mutating func lay(_ text: UnsafeBufferPointer<UInt8>, at start: Int, write: Bool) -> Int? {
    var textIndex = 0
    var index = start
    var run = start  // start of the run of bytes that match as they are
    while textIndex < text.count {
      guard index < limit else { return nil }
      let byte = source[index]
      let expected = text[textIndex]
      if byte == UInt8(ascii: "\\"), index + 1 < limit, ASCII.isPunctuation(source[index + 1]),
        source[index + 1] == expected
      {
        // An escape: the backslash goes, the character stays where it is.
        if write { builder.keep(run..<index, of: source) }
        index += 1
        run = index
        continue
      }
      if byte == UInt8(ascii: "&"), let span = CharacterReference.markdownSpan(source, at: index, end: limit) {
        let scalar = UTF8Bytes.scalar(in: text, at: textIndex)
        let known = CharacterReference.decodeHTML(source, at: index, end: index + span, context: .text)?.scalar
        // An `&` in the text is this `&` unless the reference is one for `&`.
        if expected != UInt8(ascii: "&") || known == "&" {
          if write {
            builder.keep(run..<index, of: source)
            builder.write(scalar, over: index..<(index + span), of: source)
          }
          textIndex += UTF8Bytes.scalarLength(leadByte: expected)
          index += span
          run = index
          continue
        }
      }
      guard byte == expected else { return nil }
      textIndex += 1
      index += 1
    }
    if write { builder.keep(run..<index, of: source) }
    return index
  }

  // MARK: HTML and directives

  /// Whether the source holds exactly `bytes` at `start`.
  private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    guard !bytes.isEmpty, start + bytes.count <= source.count else { return false }
    for index in bytes.indices where source[start + index] != bytes[index] { return false }
    return true
  }

  /// Where the exact `bytes` of a node are: at `hint`, else the first place
  /// from the cursor on, up to `end`.
  private func locate(_ bytes: UnsafeBufferPointer<UInt8>, hint: Int?, end: Int? = nil) -> Int? {
    if let hint, hint >= cursor, matches(bytes, at: hint) { return hint }
    guard !bytes.isEmpty else { return nil }
    let last = min(end ?? limit, source.count) - bytes.count
    var start = cursor
    while start <= last {
      if source[start] == bytes[0] && matches(bytes, at: start) { return start }
      start += 1
    }
    return nil
  }

  /// Every `<!-- … -->` of an HTML block, found in the source from the
  /// block's first line on.
  private mutating func addDirectives(inBlock html: UnsafeBufferPointer<UInt8>, startLine: Int32) {
    if startLine >= 1 && Int(startLine) <= lineStarts.count {
      cursor = max(cursor, lineStarts[Int(startLine) - 1])
    }
    var index = 0
    while let open = Self.find("<!--", in: html, from: index) {
      let close = Self.find("-->", in: html, from: open + 4).map { $0 + 3 } ?? html.count
      let comment = UnsafeBufferPointer(rebasing: html[open..<close])
      if let start = locate(comment, hint: nil, end: source.count) {
        cursor = start + comment.count
        addDirective(comment: start..<cursor)
      }
      index = close
    }
  }

  /// A directive, if `source[range]` is a `<!-- duidelijk-… -->` comment.
  private mutating func addDirective(comment range: Range<Int>) {
    guard range.count >= 7, ASCII.hasPrefix(source, at: range.lowerBound, caseInsensitive: "<!--"),
      ASCII.hasPrefix(source, at: range.upperBound - 3, caseInsensitive: "-->")
    else { return }
    let body = UnsafeBufferPointer(rebasing: source[(range.lowerBound + 4)..<(range.upperBound - 3)])
    if let directive = InlineDirective.parse(commentBody: body, range: range) { builder.add(directive) }
  }

  private static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while index + needle.utf8CodeUnitCount <= bytes.count {
      if ASCII.hasPrefix(bytes, at: index, caseInsensitive: needle) { return index }
      index += 1
    }
    return nil
  }
}
