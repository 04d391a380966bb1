import CDuidelijkICU

/// A failure to set up ICU, which means the installation is broken.
public struct ICUError: Error, Equatable, CustomStringConvertible {
  /// ICU's `UErrorCode`.
  public var code: Int32

  public var description: String {
    "ICU failed with error code \(code); is libicu installed correctly?"
  }
}

/// Swift face of the C shim's break iterator: boundaries as byte offsets into UTF-8.
///
/// Not thread-safe: each segmenter owns its own iterators.
final class ICUBreakIterator {
  private let handle: OpaquePointer
  /// Word boundaries are found mostly without ICU (see `dd_break_word_boundaries`).
  private let usesSimpleWordBreaks: Bool

  init(kind: DDBreakKind, locale: String = "nl", simpleWordBreaks: Bool = true) throws(ICUError) {
    usesSimpleWordBreaks = kind == DDBreakKindWord && simpleWordBreaks
    var error: Int32 = 0
    guard let handle = dd_break_open(kind, locale, &error) else { throw ICUError(code: error) }
    self.handle = handle
  }

  deinit { dd_break_close(handle) }

  /// Every boundary after the start of `text` (so the last one is `text.count`),
  /// written into `offsets`, whose storage is reused between calls.
  func boundaries(in text: UnsafeBufferPointer<UInt8>, into offsets: inout [Int32]) throws(ICUError) {
    offsets.removeAll(keepingCapacity: true)
    guard let base = text.baseAddress, !text.isEmpty else { return }
    if usesSimpleWordBreaks { return try simpleWordBoundaries(in: text, into: &offsets) }
    let error = dd_break_set_text(handle, base, Int64(text.count))
    if error != 0 { throw ICUError(code: error) }
    while true {
      let batch = 4096
      let start = offsets.count
      // Grow once per batch and let ICU write into the array's own storage.
      offsets.append(contentsOf: repeatElement(0, count: batch))
      let written = offsets.withUnsafeMutableBufferPointer { buffer in
        Int(dd_break_next_batch(handle, buffer.baseAddress! + start, Int32(batch)))
      }
      offsets.removeLast(batch - written)
      if written < batch { break }
    }
  }

  /// The word boundaries of `text`, ICU's, found mostly without ICU: it reads
  /// UTF-8 through a UTF-16 view, and was half the cost of tokenizing.
  private func simpleWordBoundaries(in text: UnsafeBufferPointer<UInt8>, into offsets: inout [Int32]) throws(ICUError) {
    offsets.append(contentsOf: repeatElement(0, count: text.count))
    var error: Int32 = 0
    let written = offsets.withUnsafeMutableBufferPointer { buffer in
      Int(dd_break_word_boundaries(handle, text.baseAddress!, Int64(text.count), buffer.baseAddress!, &error))
    }
    offsets.removeLast(text.count - written)
    if error != 0 { throw ICUError(code: error) }
  }

  /// Whether word boundaries are found mostly without ICU: the shim's rules
  /// agreed with this ICU's when the iterator was opened.
  var findsWordBreaksWithoutICU: Bool { usesSimpleWordBreaks && dd_break_uses_simple_rules(handle) != 0 }

  /// Leaves every word boundary to ICU, as when the rules disagree (for tests).
  func disableRulesWithoutICU() { dd_break_disable_simple_rules(handle) }

  /// The version of the ICU library in use.
  static var icuVersion: String { String(cString: dd_icu_version()) }
}
