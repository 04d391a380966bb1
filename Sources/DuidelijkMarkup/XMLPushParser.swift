import CDuidelijkXML
import DuidelijkText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an `XMLPushParser` reports, element by element.
protocol XMLEventHandler: AnyObject {
  /// An element starts.
  func startElement(_ name: XMLName, attributes: XMLAttributes)
  /// An element ends.
  func endElement(_ name: XMLName)
  /// Character data, entities decoded; one text can come in several pieces.
  func characters(_ text: UnsafeBufferPointer<UInt8>)
}

/// An element's local name and namespace URI, NUL-terminated UTF-8.
struct XMLName {
  let localName: UnsafePointer<CChar>
  let namespace: UnsafePointer<CChar>?

  /// Whether the local name is `name`.
  func `is`(_ name: StaticString) -> Bool { strcmp(localName, cString(name)) == 0 }

  /// Whether the local name ends with `suffix`.
  func hasSuffix(_ suffix: StaticString) -> Bool {
    let length = strlen(localName)
    let suffixLength = suffix.utf8CodeUnitCount
    return length >= suffixLength && strcmp(localName + (length - suffixLength), cString(suffix)) == 0
  }

  /// Whether the namespace URI is `uri`.
  func isIn(_ uri: StaticString) -> Bool { namespace.map { strcmp($0, cString(uri)) == 0 } ?? false }
}

/// An element's attributes: five pointers each (local name, prefix,
/// namespace URI, value start, value end).
struct XMLAttributes {
  let pointers: UnsafeMutablePointer<UnsafePointer<CChar>?>?
  let count: Int

  /// The value of the attribute with local name `name` and no namespace.
  func value(of name: StaticString) -> String? {
    guard let pointers else { return nil }
    for index in 0..<count {
      let base = pointers + index * 5
      guard let localName = base[0], strcmp(localName, cString(name)) == 0, base[2] == nil,
        let start = base[3], let end = base[4]
      else { continue }
      let value = UnsafeRawBufferPointer(start: start, count: end - start)
      return String(decoding: value, as: UTF8.self)
    }
    return nil
  }
}

@inline(__always)
private func cString(_ string: StaticString) -> UnsafePointer<CChar> {
  UnsafeRawPointer(string.utf8Start).assumingMemoryBound(to: CChar.self)
}

/// libxml2's SAX2 push parser (through CDuidelijkXML): takes a document in
/// pieces as they are inflated, so only the text kept is held in memory.
///
/// libxml2 rather than Foundation's `XMLParser` (which is built on it): the
/// push parser takes chunks straight from the inflater, names arrive as C
/// strings to compare without building a `String` per element, and the
/// options are ours: nothing is loaded from the network or disk, and a
/// document with a DTD is refused outright, so no entity can expand.
final class XMLPushParser {
  private let handler: any XMLEventHandler
  private let partName: String
  private var parser: OpaquePointer?

  /// A parser for the part `partName` (named in errors) reporting to `handler`.
  init(partName: String, handler: any XMLEventHandler) throws(InputError) {
    self.handler = handler
    self.partName = partName
    let callbacks = DDXMLCallbacks(
      startElement: { context, localName, namespace, attributeCount, attributes in
        let me = Unmanaged<XMLPushParser>.fromOpaque(context!).takeUnretainedValue()
        me.handler.startElement(
          XMLName(localName: localName, namespace: namespace),
          attributes: XMLAttributes(pointers: attributes, count: Int(attributeCount)))
      },
      endElement: { context, localName, namespace in
        let me = Unmanaged<XMLPushParser>.fromOpaque(context!).takeUnretainedValue()
        me.handler.endElement(XMLName(localName: localName, namespace: namespace))
      },
      characters: { context, text, length in
        let me = Unmanaged<XMLPushParser>.fromOpaque(context!).takeUnretainedValue()
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        me.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
      })
    guard let parser = dd_xml_new(partName, callbacks, Unmanaged.passUnretained(self).toOpaque()) else {
      throw .damagedArchive(reason: "no memory to read \(partName)")
    }
    self.parser = parser
  }

  deinit { dd_xml_free(parser) }

  /// Parses the next piece of the document.
  func parse(_ chunk: UnsafeBufferPointer<UInt8>) throws(InputError) {
    try feed(chunk, terminate: false)
  }

  /// Ends the document; throws unless it was well-formed.
  func finish() throws(InputError) {
    try feed(UnsafeBufferPointer(start: nil, count: 0), terminate: true)
  }

  private func feed(_ chunk: UnsafeBufferPointer<UInt8>, terminate: Bool) throws(InputError) {
    guard let parser else { return }
    let status = chunk.withMemoryRebound(to: CChar.self) { bytes in
      dd_xml_feed(parser, bytes.baseAddress, Int32(bytes.count), terminate ? 1 : 0)
    }
    switch status {
    case DDXMLStatusOK:
      return
    case DDXMLStatusDTD:
      throw .damagedArchive(reason: "\(partName) declares a DTD, which Word never writes")
    default:
      var reason = "\(partName) is not well-formed XML"
      var line: Int32 = 0
      if let message = dd_xml_error(parser, &line) {
        if line > 0 { reason += " (line \(line))" }
        reason += ": " + String(cString: message)
      }
      throw .damagedArchive(reason: reason)
    }
  }
}
