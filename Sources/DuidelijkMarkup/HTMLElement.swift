/// What the HTML extractor needs to know about an element, by its name.
enum HTMLElement {
  /// How an element's content is read.
  enum Content {
    /// Text and elements, as usual.
    case normal
    /// Text and elements that are not prose: code, preformatted text, SVG.
    case skipped
    /// Raw text up to the matching end tag, never prose (`script`, `style`).
    case rawText
    /// Text up to the matching end tag, references decoded (`title`).
    case escapableRawText(isProse: Bool)
    /// Everything up to the end of the file is raw text.
    case plainText
  }

  /// How the content of the element `name` (lower case) is read.
  static func content(of name: [UInt8]) -> Content { contents[name] ?? .normal }

  /// Whether the element `name` (lower case) begins and ends a unit of text.
  static func isBlock(_ name: [UInt8]) -> Bool { blocks.contains(name) }

  private static let contents: [[UInt8]: Content] = {
    var table: [[UInt8]: Content] = [:]
    // `noscript` is raw text when scripts run, which is how readers see pages.
    for name in ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"] {
      table[Array(name.utf8)] = .rawText
    }
    for name in ["code", "pre", "template", "svg", "math", "kbd", "samp"] {
      table[Array(name.utf8)] = .skipped
    }
    table[Array("title".utf8)] = .escapableRawText(isProse: true)
    table[Array("textarea".utf8)] = .escapableRawText(isProse: false)
    table[Array("plaintext".utf8)] = .plainText
    return table
  }()

  private static let blocks: Set<[UInt8]> = Set(
    [
      "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "col", "colgroup",
      "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "img", "input",
      "label", "legend", "li", "main", "menu", "nav", "ol", "optgroup", "option", "p", "search", "section",
      "select", "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul",
      "video", "audio", "canvas", "object", "picture", "iframe",
    ].map { Array($0.utf8) })
}
