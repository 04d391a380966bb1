import DirectDuidelijk

// Helpers shared by the fuzz targets: a hard check that names what broke, a
// reference decoder to hold `ChunkedReader` against, and the reading loop.

/// Stops the process (libFuzzer records the input as a crash) when `condition` is false.
@inline(__always)
public func require(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  if !condition() {
    // fatalError prints the message to stderr before it traps.
    fatalError("FUZZ INVARIANT BROKEN: \(message())", file: file, line: line)
  }
}

/// A short, printable form of some bytes for messages.
public func describe(_ bytes: some Collection<UInt8>, limit: Int = 80) -> String {
  let text = String(decoding: bytes.prefix(limit), as: UTF8.self)
  let escaped = text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : $0.escaped(asASCII: true) }
  return "\"" + escaped.joined() + "\"" + (bytes.count > limit ? "…(\(bytes.count) bytes)" : "")
}

/// Whether `bytes[offset]` starts a scalar (or is the end).
@inline(__always)
public func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
  offset == bytes.count || (offset >= 0 && offset < bytes.count && UTF8Bytes.isScalarStart(bytes[offset]))
}

// MARK: Reference decoding

/// What a correct reader must make of some raw bytes.
public enum ExpectedInput: Equatable {
  /// The text, as UTF-8 without a byte-order mark, starting at `baseOffset`.
  case text(utf8: [UInt8], baseOffset: Int, encoding: TextEncoding)
  /// The first problem, as `InputError`.
  case failure(InputError)
}

/// A slow, obviously correct decoder for what `ChunkedReader` accepts:
/// UTF-8 (with or without a byte-order mark) without NUL, or UTF-16 with a mark.
public func referenceDecode(_ raw: [UInt8]) -> ExpectedInput {
  if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
    return referenceDecodeUTF16(raw, bigEndian: raw[0] == 0xFE)
  }
  let bom = raw.starts(with: [0xEF, 0xBB, 0xBF])
  // The first ill-formed sequence or NUL, scanning the file from its start.
  var iterator = raw.makeIterator()
  var parser = Unicode.UTF8.ForwardParser()
  var offset = 0
  loop: while true {
    switch parser.parseScalar(from: &iterator) {
    case .valid(let encoded):
      if encoded.count == 1 && encoded.first == 0 { return .failure(.binaryContent(offset: offset)) }
      offset += encoded.count
    case .error:
      return .failure(.invalidUTF8(offset: offset))
    case .emptyInput:
      break loop
    }
  }
  return .text(
    utf8: Array(raw.dropFirst(bom ? 3 : 0)), baseOffset: bom ? 3 : 0,
    encoding: bom ? .utf8WithByteOrderMark : .utf8)
}

private func referenceDecodeUTF16(_ raw: [UInt8], bigEndian: Bool) -> ExpectedInput {
  var utf8: [UInt8] = []
  var index = 2
  func unit(at position: Int) -> UInt16 {
    bigEndian
      ? UInt16(raw[position]) << 8 | UInt16(raw[position + 1])
      : UInt16(raw[position + 1]) << 8 | UInt16(raw[position])
  }
  while index < raw.count {
    guard index + 1 < raw.count else { return .failure(.invalidUTF16(offset: index)) }
    let first = unit(at: index)
    var value = UInt32(first)
    var length = 2
    if (0xD800...0xDBFF).contains(first) {
      guard index + 3 < raw.count else { return .failure(.invalidUTF16(offset: index)) }
      let second = unit(at: index + 2)
      guard (0xDC00...0xDFFF).contains(second) else { return .failure(.invalidUTF16(offset: index)) }
      value = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
      length = 4
    } else if (0xDC00...0xDFFF).contains(first) {
      return .failure(.invalidUTF16(offset: index))
    }
    if value == 0 { return .failure(.binaryContent(offset: index)) }
    utf8 += Array(String(Unicode.Scalar(value)!).utf8)
    index += length
  }
  return .text(utf8: utf8, baseOffset: 3, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
}

// MARK: Reading

/// All chunks of `raw` as `ChunkedReader` cuts them, or its error.
public func readChunks(
  _ raw: [UInt8], chunkSize: Int = 256 << 10, maximumChunkSize: Int = 4 << 20
) -> (chunks: [TextChunk], encoding: TextEncoding, error: InputError?) {
  let reader = ChunkedReader(source: MemorySource(raw), chunkSize: chunkSize, maximumChunkSize: maximumChunkSize)
  var chunks: [TextChunk] = []
  do {
    while let chunk = try reader.next() { chunks.append(chunk) }
    return (chunks, reader.encoding, nil)
  } catch {
    return (chunks, reader.encoding, error)
  }
}

/// Holds the outcome of reading `raw` against the reference decoder; returns the
/// chunks when the input is text.
public func checkedChunks(_ raw: [UInt8], chunkSize: Int = 256 << 10, maximumChunkSize: Int = 4 << 20) -> [TextChunk]? {
  let label = "reader(chunkSize: \(chunkSize), maximumChunkSize: \(maximumChunkSize))"
  let (chunks, encoding, error) = readChunks(raw, chunkSize: chunkSize, maximumChunkSize: maximumChunkSize)
  switch referenceDecode(raw) {
  case .failure(let expected):
    require(error != nil, "\(label) accepted input the reference rejects (\(expected)): \(describe(raw))")
    let error = error!
    if case .utf16WithoutByteOrderMark(let offset) = error {
      // A heuristic; it may only fire on input that has NUL bytes, so is
      // rejected anyway, and it names the first of them.
      let head = raw.prefix(4096)
      require(head.firstIndex(of: 0) == offset, "\(label) called input UTF-16 at byte \(offset): \(describe(raw))")
    } else {
      require(error == expected, "\(label) error \(error), reference \(expected): \(describe(raw))")
    }
    return nil
  case .text(let utf8, let baseOffset, let expectedEncoding):
    if let error {
      // Unexpected, unless the UTF-16 heuristic: impossible without NUL, which UTF-8 text has none of.
      require(false, "\(label) rejected valid text with \(error): \(describe(raw))")
    }
    require(encoding == expectedEncoding, "\(label) encoding \(encoding), expected \(expectedEncoding)")
    var joined: [UInt8] = []
    var next = baseOffset
    for (index, chunk) in chunks.enumerated() {
      require(!chunk.bytes.isEmpty, "\(label) chunk \(index) is empty")
      require(chunk.baseOffset == next, "\(label) chunk \(index) starts at \(chunk.baseOffset), expected \(next)")
      require(
        String(validating: chunk.bytes, as: UTF8.self) != nil,
        "\(label) chunk \(index) is not UTF-8 on its own (cut inside a scalar)")
      if index > 0, chunks[index - 1].bytes.last == 0x0D {
        require(chunk.bytes.first != 0x0A, "\(label) chunk \(index) splits CR LF")
      }
      joined += chunk.bytes
      next += chunk.bytes.count
    }
    require(joined == utf8, "\(label) chunks do not add up to the input: \(describe(joined)) vs \(describe(utf8))")
    return chunks
  }
}

// MARK: Lines and columns

/// Line and column of every scalar boundary of a text, counted the slow way:
/// a line ends at LF, CR LF or a lone CR.
public struct ReferencePositions {
  /// Indexed by offset into the text (not absolute); nil inside a scalar.
  public private(set) var positions: [(line: Int, scalars: Int, utf16: Int, utf8: Int)?]

  public init(_ text: [UInt8]) {
    positions = Array(repeating: nil, count: text.count + 1)
    var line = 1
    var scalars = 1
    var utf16 = 1
    var utf8 = 1
    var index = 0
    while index < text.count {
      positions[index] = (line, scalars, utf16, utf8)
      let byte = text[index]
      let length = UTF8Bytes.scalarLength(leadByte: byte)
      if byte == 0x0A || (byte == 0x0D && !(index + 1 < text.count && text[index + 1] == 0x0A)) {
        line += 1
        scalars = 1
        utf16 = 1
        utf8 = 1
      } else {
        scalars += 1
        utf16 += length == 4 ? 2 : 1
        utf8 += length
      }
      index += length
    }
    positions[text.count] = (line, scalars, utf16, utf8)
  }
}

/// Checks `document.position(of:)` in every unit against `reference` at
/// `offsets` (absolute), where `textBase` is the absolute offset of the
/// reference text's first byte.
public func checkPositions(
  _ document: Document, _ reference: ReferencePositions, textBase: Int, offsets: some Sequence<Int>, label: String
) {
  var previous: (line: Int, column: Int)?
  for offset in offsets {
    guard let expected = reference.positions[offset - textBase] else { continue }
    let scalars = document.position(of: offset)
    let utf16 = document.position(of: offset, columnUnit: .utf16)
    let utf8 = document.position(of: offset, columnUnit: .utf8)
    require(
      scalars.line == expected.line && scalars.column == expected.scalars,
      "\(label): offset \(offset) at \(scalars), expected \(expected.line):\(expected.scalars)")
    require(
      utf16.line == expected.line && utf16.column == expected.utf16,
      "\(label): offset \(offset) at \(utf16) in UTF-16, expected \(expected.line):\(expected.utf16)")
    require(
      utf8.line == expected.line && utf8.column == expected.utf8,
      "\(label): offset \(offset) at \(utf8) in UTF-8, expected \(expected.line):\(expected.utf8)")
    if let previous {
      require(
        (previous.line, previous.column) <= (scalars.line, scalars.column),
        "\(label): positions go backwards at offset \(offset)")
    }
    previous = (scalars.line, scalars.column)
  }
}
