/// Finds the main document's part name in a package's `_rels/.rels`.
final class RelationshipsHandler: XMLEventHandler {
  /// The `Target` of the `officeDocument` relationship, if there is one.
  private(set) var mainDocument: String?

  func startElement(_ name: XMLName, attributes: XMLAttributes) {
    guard mainDocument == nil, name.is("Relationship"),
      attributes.value(of: "Type")?.hasSuffix("/officeDocument") == true,
      let target = attributes.value(of: "Target")
    else { return }
    // Part names are absolute; relative targets start at the package root.
    mainDocument = target.hasPrefix("/") ? String(target.dropFirst()) : target
  }

  func endElement(_ name: XMLName) {}

  func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
