import DuidelijkText

/// Reads one input of any `InputType` as chunks ready to segment, with
/// offsets into the file as it is on disk.
///
/// Plain text streams in paragraph-sized chunks (`ChunkedReader`). Markdown
/// and HTML are read whole through a `ChunkedReader` (for the byte-order
/// mark, UTF-16 and validation), extracted, and handed out as one chunk.
/// A `.docx` is read whole and handed out as its extracted text.
public final class ProseReader {
  /// The type the input is read as.
  public let type: InputType
  /// The input's `duidelijk-disable` comments (absolute offsets); known
  /// after the first call of `next()`.
  public private(set) var directives: [InlineDirective] = []

  /// The largest `.docx` read: it is held in memory while it is unpacked.
  public static let maximumArchiveSize = 256 << 20

  private let reader: ChunkedReader?
  private var archiveSource: (any ByteSource)?
  private var done = false
  /// The UTF-8 text of a Markdown or HTML input, for its columns.
  private var markupSource: [UInt8]?

  /// Reads `source`, whose name (a path, or `--stdin-filename`) may tell its
  /// type; `type` nil means detect it from the name, then from the content.
  public init(source: some ByteSource, name: String?, type requested: InputType?) throws(InputError) {
    var replaying = ReplayingSource(base: source)
    let type: InputType
    if let requested {
      type = requested
    } else if let name, let byName = InputType(fileExtensionOf: name) {
      type = byName
    } else {
      type = InputType(content: try replaying.peek(count: 512))
    }
    self.type = type
    if type == .docx {
      archiveSource = replaying
      reader = nil
    } else {
      reader = ChunkedReader(source: replaying)
    }
  }

  /// The next chunk, or nil at the end of the input.
  public func next() throws(InputError) -> TextChunk? {
    guard !done else { return nil }
    switch type {
    case .text:
      guard let chunk = try reader?.next() else {
        done = true
        return nil
      }
      return chunk
    case .markdown, .html:
      done = true
      guard let first = try reader?.next() else { return nil }
      var bytes = first.bytes
      while let chunk = try reader?.next() { bytes.append(contentsOf: chunk.bytes) }
      let prose = try ProseExtractor.prose(from: bytes, type: type)
      markupSource = bytes
      directives = prose.directives.map { directive in
        var shifted = directive
        shifted.range = directive.range.shifted(by: first.baseOffset)
        return shifted
      }
      return prose.chunk(baseOffset: first.baseOffset)
    case .docx:
      done = true
      guard var source = archiveSource else { return nil }
      archiveSource = nil
      let bytes = try Self.readAll(&source, limit: Self.maximumArchiveSize)
      return try ProseExtractor.prose(from: bytes, type: .docx).chunk()
    }
  }

  /// Segments a chunk from `next()`; for Markdown and HTML, columns are
  /// counted in the source, not in the prose (see `Segmenter.document(for:source:baseOffset:)`).
  public func document(for chunk: TextChunk, segmenter: Segmenter) throws(ICUError) -> Document {
    guard let markupSource else { return try segmenter.document(for: chunk) }
    let prose = ProseText(bytes: chunk.bytes, unitBreaks: chunk.unitBreaks)
    return try segmenter.document(for: prose, source: markupSource, baseOffset: chunk.baseOffset)
  }

  private static func readAll(_ source: inout any ByteSource, limit: Int) throws(InputError) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(InputError) in
        try source.read(into: pointer)
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else {
        throw .archiveTooLarge(reason: "the archive is larger than \(limit >> 20) MiB")
      }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }
}

/// A source whose first bytes can be looked at before they are read.
private struct ReplayingSource: ByteSource {
  var base: any ByteSource
  private var head: [UInt8] = []
  private var headPosition = 0

  init(base: some ByteSource) { self.base = base }

  /// Up to `count` first bytes, which reads will give again.
  mutating func peek(count: Int) throws(InputError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: count)
    while head.count < count {
      let read = try buffer.withUnsafeMutableBufferPointer { pointer throws(InputError) in
        try base.read(into: UnsafeMutableBufferPointer(rebasing: pointer[0..<(count - head.count)]))
      }
      if read == 0 { break }
      head.append(contentsOf: buffer[0..<read])
    }
    return head
  }

  mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
    if headPosition < head.count {
      let count = min(buffer.count, head.count - headPosition)
      for index in 0..<count { buffer[index] = head[headPosition + index] }
      headPosition += count
      return count
    }
    return try base.read(into: buffer)
  }
}
