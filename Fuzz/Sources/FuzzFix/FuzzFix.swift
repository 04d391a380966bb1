import DirectDuidelijk
import FuzzSupport

// Fuzzes the safe-fix pipeline of `duidelijk fix` on plain text:
// idempotence, edits apart and inside the text, bytes outside the edits kept.
//
// The pipeline is that of `FixedText` in Sources/duidelijk/FixCommand.swift
// for `--input-type text` (no inline directives in plain text), rebuilt here
// from the library because the executable target cannot be imported:
// ChunkedReader → Segmenter → Fixer.edits → SuggestionApplier on the UTF-8
// form of the file (byte-order mark included) → back to the file's encoding.

nonisolated(unsafe) let segmenter: Segmenter = {
  do { return try Segmenter() } catch { fatalError("cannot open ICU break iterators: \(error)") }
}()
let fixer = Fixer()

/// One run of the pipeline.
struct FixOutcome {
  /// The fixed file, in its own encoding.
  var bytes: [UInt8]
  /// The input as UTF-8, byte-order mark included.
  var originalUTF8: [UInt8]
  /// The fixed UTF-8 form.
  var fixedUTF8: [UInt8]
  /// The edits applied, as ranges of `originalUTF8`.
  var applied: [Suggestion]
  var encoding: TextEncoding
}

/// `duidelijk fix` on `raw` as plain text; nil when the input is not text.
func fixPlainText(_ raw: [UInt8], chunkSize: Int = 256 << 10, maximumChunkSize: Int = 4 << 20, label: String) -> FixOutcome? {
  let (chunks, encoding, error) = readChunks(raw, chunkSize: chunkSize, maximumChunkSize: maximumChunkSize)
  if error != nil { return nil }
  var session = fixer.checker.session()
  var suggestions: [Suggestion] = []
  for chunk in chunks {
    let document: Document
    do { document = try segmenter.document(for: chunk) } catch { fatalError("ICU failed: \(error)") }
    let edits = fixer.edits(in: document, session: &session)
    // Each edit safe, inside its chunk, on scalar boundaries, in order and apart.
    var previousEnd = document.range.lowerBound
    for edit in edits {
      require(edit.safe, "\(label): unsafe edit \(edit)")
      require(
        edit.range.lowerBound >= document.range.lowerBound && edit.range.upperBound <= document.range.upperBound,
        "\(label): edit \(edit.range) outside its chunk \(document.range) in \(describe(raw))")
      require(
        isBoundary(chunk.bytes, edit.range.lowerBound - chunk.baseOffset)
          && isBoundary(chunk.bytes, edit.range.upperBound - chunk.baseOffset),
        "\(label): edit \(edit.range) not on scalar boundaries in \(describe(raw))")
      require(
        edit.range.lowerBound >= previousEnd,
        "\(label): edit \(edit.range) overlaps or precedes the one before (ending at \(previousEnd)) in \(describe(raw))")
      previousEnd = edit.range.upperBound
    }
    suggestions += edits
  }
  // The UTF-8 form of the file, as FixedText builds it.
  var utf8: [UInt8] = []
  for chunk in chunks {
    if utf8.isEmpty && chunk.baseOffset > 0 { utf8 = [0xEF, 0xBB, 0xBF] }
    utf8 += chunk.bytes
  }
  let (fixedUTF8, applied) = SuggestionApplier.apply(suggestions, to: utf8)
  require(
    applied.count == suggestions.count,
    "\(label): \(suggestions.count - applied.count) of \(suggestions.count) edits dropped when applying, in \(describe(raw))")
  let bytes: [UInt8]
  if applied.isEmpty {
    bytes = raw
  } else {
    switch encoding {
    case .utf8, .utf8WithByteOrderMark:
      bytes = fixedUTF8
    case .utf16LittleEndian, .utf16BigEndian:
      let bigEndian = encoding == .utf16BigEndian
      var encoded: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
      for unit in String(decoding: fixedUTF8.dropFirst(3), as: UTF8.self).utf16 {
        encoded += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      }
      bytes = encoded
    }
  }
  return FixOutcome(bytes: bytes, originalUTF8: utf8, fixedUTF8: fixedUTF8, applied: applied, encoding: encoding)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let raw = Array(UnsafeBufferPointer(start: data, count: size))
  guard let first = fixPlainText(raw, label: "fix") else { return 0 }

  // Edits apart and in order; the text between them exactly as it was.
  var rebuilt: [UInt8] = []
  var position = 0
  for edit in first.applied {
    require(edit.range.lowerBound >= position, "fix: overlapping edits at \(edit.range) in \(describe(raw))")
    rebuilt += first.originalUTF8[position..<edit.range.lowerBound]
    rebuilt += Array(edit.replacement.utf8)
    position = edit.range.upperBound
  }
  rebuilt += first.originalUTF8[position...]
  require(rebuilt == first.fixedUTF8, "fix: bytes outside the edits changed in \(describe(raw))")
  require(String(validating: first.fixedUTF8, as: UTF8.self) != nil, "fix: output is not UTF-8")
  switch first.encoding {
  case .utf8, .utf8WithByteOrderMark:
    require(first.applied.isEmpty ? first.bytes == raw : first.bytes == first.fixedUTF8, "fix: output bytes differ from the UTF-8 form")
  case .utf16LittleEndian, .utf16BigEndian:
    break
  }

  // Idempotent: fixing the fixed file changes nothing and proposes nothing.
  guard let second = fixPlainText(first.bytes, label: "fix∘fix") else {
    require(false, "fix: the fixed output is not readable text: \(describe(first.bytes))")
    return 0
  }
  require(
    second.bytes == first.bytes,
    "fix is not idempotent: \(describe(raw, limit: 300)) → \(describe(first.bytes, limit: 300)) → \(describe(second.bytes, limit: 300))")
  require(
    second.applied.isEmpty,
    "fix: the second pass still applies \(second.applied.map { ($0.range, $0.replacement) }) to \(describe(first.bytes, limit: 300))")

  // The library's `Fixer.fix(String)` gives the same for UTF-8 without a mark.
  if first.encoding == .utf8, let string = String(validating: raw, as: UTF8.self) {
    let viaLibrary: String
    do { viaLibrary = try fixer.fix(string).text } catch { fatalError("ICU failed: \(error)") }
    require(
      Array(viaLibrary.utf8) == first.bytes,
      "Fixer.fix(String) and the fix pipeline differ on \(describe(raw, limit: 300)): \(describe(Array(viaLibrary.utf8), limit: 300)) vs \(describe(first.bytes, limit: 300))")
  }

  // Cut at blank lines into many chunks (as a file over 256 KiB is), the fix is the same.
  if let chunked = fixPlainText(raw, chunkSize: 64, maximumChunkSize: 1 << 20, label: "fix(chunked)") {
    require(
      chunked.bytes == first.bytes,
      "fix differs when the input is read in paragraph chunks: \(describe(raw, limit: 300)) → \(describe(first.bytes, limit: 300)) vs \(describe(chunked.bytes, limit: 300))")
  } else {
    require(false, "fix: chunked reading rejected what the default reading accepted")
  }
  return 0
}
