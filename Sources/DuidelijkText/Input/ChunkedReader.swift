/// Reads input in paragraph-sized chunks of UTF-8, so memory stays bounded
/// however large the input: detects the encoding from the byte-order mark,
/// decodes UTF-16, validates UTF-8, and cuts at blank lines.
public final class ChunkedReader {
  /// The encoding, known after the first chunk.
  public private(set) var encoding: TextEncoding = .utf8

  private var source: any ByteSource
  private let chunkSize: Int
  private let maximumChunkSize: Int
  private var readBuffer: [UInt8]
  /// Decoded UTF-8 not yet handed out; `pending[pendingStart...]` is live.
  private var pending: [UInt8] = []
  private var pendingStart = 0
  /// UTF-8 bytes of `pending` already validated.
  private var validatedEnd = 0
  /// Offset in the UTF-8 form of `pending[pendingStart]`.
  private var offset = 0
  /// Raw bytes read so far (for error offsets in UTF-16 files).
  private var rawOffset = 0
  private var rawCarry: [UInt8] = []
  private var started = false
  private var sourceDone = false
  private var line = 1
  private var linePrefix = LinePrefix()

  /// Reads from `source`; chunks hold about `chunkSize` bytes and at most
  /// `maximumChunkSize` (a paragraph larger than that is cut at a line break or space).
  public init(source: some ByteSource, chunkSize: Int = 256 << 10, maximumChunkSize: Int = 4 << 20) {
    self.source = source
    self.chunkSize = max(chunkSize, 16)
    self.maximumChunkSize = max(maximumChunkSize, chunkSize)
    self.readBuffer = [UInt8](repeating: 0, count: max(chunkSize, 16))
  }

  /// The next chunk, or nil at the end of the input.
  public func next() throws(InputError) -> TextChunk? {
    if !started { try start() }
    while !sourceDone && pending.count - pendingStart < chunkSize {
      try fill()
    }
    while true {
      let available = pending.count - pendingStart
      if available == 0 && sourceDone { return nil }
      if sourceDone {
        return emit(upTo: pending.count)
      }
      if let cut = blankLineCut() { return emit(upTo: cut) }
      if available >= maximumChunkSize { return emit(upTo: forcedCut()) }
      try fill()
    }
  }

  // MARK: Reading and decoding

  private func start() throws(InputError) {
    started = true
    var head: [UInt8] = []
    while head.count < 4096 {
      let count = try readRaw()
      if count == 0 { break }
      head.append(contentsOf: readBuffer[0..<count])
    }
    if head.starts(with: [0xEF, 0xBB, 0xBF]) {
      encoding = .utf8WithByteOrderMark
      head.removeFirst(3)
      offset = 3
      rawOffset = 3
    } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
      encoding = head[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
      head.removeFirst(2)
      offset = 3
      rawOffset = 2
    } else if Self.looksLikeUTF16(head) {
      throw .utf16WithoutByteOrderMark(offset: head.firstIndex(of: 0) ?? 0)
    }
    try append(head)
  }

  /// Many NUL bytes on every other position: UTF-16 text of mostly ASCII.
  private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 4 else { return false }
    var evenZeros = 0
    var oddZeros = 0
    for (index, byte) in bytes.enumerated() where byte == 0 {
      if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let half = bytes.count / 2
    return max(evenZeros, oddZeros) * 10 >= half * 7 && min(evenZeros, oddZeros) * 10 < half
  }

  private func readRaw() throws(InputError) -> Int {
    let count = try readBuffer.withUnsafeMutableBufferPointer { buffer throws(InputError) in
      try source.read(into: buffer)
    }
    if count == 0 { sourceDone = true }
    return count
  }

  private func fill() throws(InputError) {
    let count = try readRaw()
    if count == 0 {
      try append([])
      return
    }
    try append(Array(readBuffer[0..<count]))
  }

  private func append(_ raw: [UInt8]) throws(InputError) {
    compactPending()
    switch encoding {
    case .utf8, .utf8WithByteOrderMark:
      pending.append(contentsOf: raw)
      rawOffset += raw.count
      try validate()
    case .utf16LittleEndian, .utf16BigEndian:
      try decodeUTF16(raw)
    }
  }

  private func validate() throws(InputError) {
    let base = offset - pendingStart
    let (problem, validEnd) = pending.withUnsafeBufferPointer { buffer in
      UTF8Validator.check(buffer, from: validatedEnd, isFinal: sourceDone)
    }
    switch problem {
    case .invalid(let index): throw .invalidUTF8(offset: base + index)
    case .nul(let index): throw .binaryContent(offset: base + index)
    case nil: validatedEnd = validEnd
    }
  }

  private func decodeUTF16(_ raw: [UInt8]) throws(InputError) {
    let bytes = rawCarry + raw
    rawCarry = []
    let bigEndian = encoding == .utf16BigEndian
    var index = 0
    // File offset of bytes[0]: the carried bytes were counted when they were read.
    let rawStart = rawOffset - (bytes.count - raw.count)
    while index + 1 < bytes.count {
      let unit = bigEndian
        ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
      var scalarValue = UInt32(unit)
      var consumed = 2
      if unit >= 0xD800 && unit <= 0xDBFF {
        guard index + 3 < bytes.count else { break }
        let low = bigEndian
          ? UInt16(bytes[index + 2]) << 8 | UInt16(bytes[index + 3])
          : UInt16(bytes[index + 3]) << 8 | UInt16(bytes[index + 2])
        guard low >= 0xDC00 && low <= 0xDFFF else { throw .invalidUTF16(offset: rawStart + index) }
        scalarValue = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
        consumed = 4
      } else if unit >= 0xDC00 && unit <= 0xDFFF {
        throw .invalidUTF16(offset: rawStart + index)
      }
      if scalarValue == 0 { throw .binaryContent(offset: rawStart + index) }
      guard let scalar = Unicode.Scalar(scalarValue) else { throw .invalidUTF16(offset: rawStart + index) }
      pending.append(contentsOf: scalar.utf8)
      index += consumed
    }
    rawCarry = Array(bytes[index...])
    rawOffset += raw.count
    if sourceDone && !rawCarry.isEmpty { throw .invalidUTF16(offset: rawStart + index) }
    validatedEnd = pending.count
  }

  private func compactPending() {
    guard pendingStart > 0 && pendingStart * 2 >= pending.count else { return }
    pending.removeFirst(pendingStart)
    validatedEnd -= pendingStart
    pendingStart = 0
  }

  // MARK: Cutting

  /// Just after the last blank line among the validated bytes, if any.
  private func blankLineCut() -> Int? {
    var index = validatedEnd - 1
    while index > pendingStart {
      if pending[index] == 0x0A {
        // Look back over spaces for another line break.
        var back = index - 1
        while back >= pendingStart && (pending[back] == 0x20 || pending[back] == 0x09 || pending[back] == 0x0D) {
          back -= 1
        }
        if back >= pendingStart && pending[back] == 0x0A { return index + 1 }
        index = back
        continue
      }
      index -= 1
    }
    return nil
  }

  /// A cut in an oversized paragraph: after a line break that follows a
  /// sentence end, else any line break, else a space, else a scalar boundary.
  private func forcedCut() -> Int {
    let end = validatedEnd
    var lastLineBreak: Int?
    var index = end - 1
    while index > pendingStart {
      let byte = pending[index]
      if byte == 0x0A {
        if lastLineBreak == nil { lastLineBreak = index + 1 }
        var back = index - 1
        while back > pendingStart && UTF8Bytes.isASCIIWhitespace(pending[back]) { back -= 1 }
        let before = pending[back]
        if before == UInt8(ascii: ".") || before == UInt8(ascii: "!") || before == UInt8(ascii: "?") {
          return index + 1
        }
      }
      index -= 1
    }
    if let lastLineBreak { return lastLineBreak }
    index = end - 1
    while index > pendingStart {
      if pending[index] == 0x20 || pending[index] == 0x09 { return index + 1 }
      index -= 1
    }
    var cut = end
    while cut > pendingStart + 1 && !UTF8Bytes.isScalarStart(pending[cut]) { cut -= 1 }
    return cut
  }

  private func emit(upTo cut: Int) -> TextChunk {
    var cut = cut
    // Never split CR LF.
    if cut < pending.count && cut > pendingStart && pending[cut - 1] == 0x0D && pending[cut] == 0x0A {
      cut += 1
    }
    let bytes = Array(pending[pendingStart..<cut])
    let chunk = TextChunk(bytes: bytes, baseOffset: offset, firstLine: line, firstLinePrefix: linePrefix)
    // Carry the line numbering on.
    var lastLineStart = 0
    var breaks = 0
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          if byte == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A { index += 1 }
          breaks += 1
          lastLineStart = index + 1
        }
        index += 1
      }
      if breaks > 0 { linePrefix = LinePrefix() }
      linePrefix.add(buffer, lastLineStart..<buffer.count)
    }
    line += breaks
    offset += bytes.count
    pendingStart = cut
    return chunk
  }
}
