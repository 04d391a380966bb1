/// Appending text to a byte buffer without building strings: the reporters
/// write every finding this way, so each append is one copy.
extension Array where Element == UInt8 {
  /// Appends the UTF-8 of a literal.
  @inline(__always)
  mutating func append(literal: StaticString) {
    append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends the UTF-8 of `string`, in one copy when it is stored contiguously.
  @inline(__always)
  mutating func append(utf8 string: String) {
    let copied: Void? = string.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { append(contentsOf: string.utf8) }
  }

  /// Appends `value` in decimal.
  @inline(__always)
  mutating func append(decimal value: Int) {
    appendReserving(atMost: 20) { $0.write(decimal: value) }
  }
}
