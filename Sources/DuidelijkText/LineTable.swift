/// A 1-based line and column.
public struct TextPosition: Sendable, Hashable, CustomStringConvertible {
  /// Line number, from 1.
  public var line: Int
  /// Column, from 1, in the unit asked for.
  public var column: Int

  /// A position at `line`, `column`.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}

/// The unit in which a column is counted.
public enum ColumnUnit: Sendable {
  /// Unicode scalars: the line format, JSON and SARIF's `unicodeCodePoints`.
  case unicodeScalars
  /// UTF-16 code units, as editor protocols (LSP) count.
  case utf16
  /// Bytes.
  case utf8
}

/// Maps byte offsets to lines and columns with a binary search over line starts.
///
/// A table covers one chunk of the input; `firstLine` and `firstLinePrefix`
/// carry on the numbering of earlier chunks, so positions are those of the whole file.
public struct LineTable: Sendable {
  /// Absolute offsets at which the lines of this chunk start.
  public let lineStarts: [Int]
  /// The line number of `lineStarts[0]`.
  public let firstLine: Int
  /// The part of the first line that lies before this chunk (when a very long
  /// line had to be split), as counts in each unit.
  public let firstLinePrefix: LinePrefix

  private let baseOffset: Int
  private let bytes: [UInt8]
  /// Column counts at points inside long lines (chunk-relative, in order), so
  /// a position on a line of megabytes counts at most `checkpointStride` bytes
  /// instead of the whole line: reports on one huge line stay linear.
  private let checkpoints: [ColumnCheckpoint]
  private static let checkpointStride = 4096

  /// Builds the table for `bytes`, which start at `baseOffset` in the input.
  /// A line break is LF, CRLF or a lone CR.
  public init(bytes: [UInt8], baseOffset: Int, firstLine: Int = 1, firstLinePrefix: LinePrefix = .init()) {
    let starts = bytes.withUnsafeBufferPointer { LineBreaks.lineStarts(in: $0) }
    self.init(
      bytes: bytes, baseOffset: baseOffset, lineStarts: starts.map { $0 + baseOffset }, firstLine: firstLine,
      firstLinePrefix: firstLinePrefix)
  }

  /// A table from line starts already found (absolute offsets, the first
  /// being `baseOffset`).
  init(bytes: [UInt8], baseOffset: Int, lineStarts: [Int], firstLine: Int, firstLinePrefix: LinePrefix) {
    self.lineStarts = lineStarts
    self.firstLine = firstLine
    self.firstLinePrefix = firstLinePrefix
    self.baseOffset = baseOffset
    self.bytes = bytes
    self.checkpoints = Self.checkpoints(in: bytes, lineStarts: lineStarts, baseOffset: baseOffset)
  }

  private static func checkpoints(in bytes: [UInt8], lineStarts: [Int], baseOffset: Int) -> [ColumnCheckpoint] {
    var result: [ColumnCheckpoint] = []
    bytes.withUnsafeBufferPointer { buffer in
      for (index, lineStart) in lineStarts.enumerated() {
        let lineEnd = index + 1 < lineStarts.count ? lineStarts[index + 1] - baseOffset : buffer.count
        var position = lineStart - baseOffset
        guard lineEnd - position > checkpointStride else { continue }
        var scalars = 0
        var utf16 = 0
        while position + checkpointStride < lineEnd {
          var next = position + checkpointStride
          while next < lineEnd && !UTF8Bytes.isScalarStart(buffer[next]) { next += 1 }
          scalars += UTF8Bytes.scalarCount(in: buffer, position..<next)
          utf16 += UTF8Bytes.utf16Count(in: buffer, position..<next)
          result.append(ColumnCheckpoint(offset: next, scalars: scalars, utf16: utf16))
          position = next
        }
      }
    }
    return result
  }

  /// Index into `lineStarts` of the line holding `offset`.
  public func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Line and column of `offset`; an offset at the end of a span gives the
  /// position just past it.
  public func position(of offset: Int, columnUnit: ColumnUnit = .unicodeScalars) -> TextPosition {
    let index = lineIndex(of: offset)
    let start = lineStarts[index] - baseOffset
    let end = min(max(offset - baseOffset, start), bytes.count)
    var from = start
    var counted = 0
    if end - start > Self.checkpointStride && columnUnit != .utf8 {
      // Start from the last checkpoint of this line at or before `end`.
      var low = 0
      var high = checkpoints.count
      while low < high {
        let middle = (low + high) / 2
        if checkpoints[middle].offset <= end { low = middle + 1 } else { high = middle }
      }
      if low > 0, checkpoints[low - 1].offset > start {
        from = checkpoints[low - 1].offset
        counted = columnUnit == .utf16 ? checkpoints[low - 1].utf16 : checkpoints[low - 1].scalars
      }
    }
    counted += bytes.withUnsafeBufferPointer { buffer in
      switch columnUnit {
      case .unicodeScalars: UTF8Bytes.scalarCount(in: buffer, from..<end)
      case .utf16: UTF8Bytes.utf16Count(in: buffer, from..<end)
      case .utf8: end - from
      }
    }
    let base = index == 0 ? firstLinePrefix.count(in: columnUnit) : 0
    return TextPosition(line: firstLine + index, column: base + counted + 1)
  }

  /// A cursor for positions asked for mostly in text order.
  public func cursor(columnUnit: ColumnUnit = .unicodeScalars) -> PositionCursor {
    PositionCursor(table: self, columnUnit: columnUnit)
  }

  /// Counts `unit`s in the chunk-relative `range`.
  fileprivate func count(_ range: Range<Int>, in unit: ColumnUnit) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      switch unit {
      case .unicodeScalars: UTF8Bytes.scalarCount(in: buffer, range)
      case .utf16: UTF8Bytes.utf16Count(in: buffer, range)
      case .utf8: range.count
      }
    }
  }

  /// The chunk-relative end of line `index` (the start of the next line).
  fileprivate func lineEnd(_ index: Int) -> Int {
    index + 1 < lineStarts.count ? lineStarts[index + 1] - baseOffset : bytes.count
  }

  fileprivate var chunkBase: Int { baseOffset }
  fileprivate var chunkCount: Int { bytes.count }

  /// Number of line breaks in this chunk.
  public var lineBreakCount: Int { lineStarts.count - 1 }
}

/// Lengths of a piece of a line in every column unit.
public struct LinePrefix: Sendable, Hashable {
  /// Unicode scalars.
  public var scalars = 0
  /// UTF-16 code units.
  public var utf16 = 0
  /// Bytes.
  public var utf8 = 0

  /// An empty prefix.
  public init() {}

  /// The length in `unit`.
  public func count(in unit: ColumnUnit) -> Int {
    switch unit {
    case .unicodeScalars: scalars
    case .utf16: utf16
    case .utf8: utf8
    }
  }

  /// Adds the length of `bytes[range]`.
  public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    scalars += UTF8Bytes.scalarCount(in: bytes, range)
    utf16 += UTF8Bytes.utf16Count(in: bytes, range)
    utf8 += range.count
  }
}

/// Counts from the start of a line up to `offset` (chunk-relative, a scalar boundary).
private struct ColumnCheckpoint: Sendable {
  let offset: Int
  let scalars: Int
  let utf16: Int
}

/// Lines and columns of offsets asked for in text order, each counted on
/// from the one before when both lie on the same line: a reporter walking
/// the findings of a paragraph counts its line once, not once per finding.
/// Any other offset is looked up afresh, so the result is always that of
/// `LineTable.position(of:columnUnit:)`.
public struct PositionCursor {
  private let table: LineTable
  private let columnUnit: ColumnUnit
  /// The last offset looked up (chunk-relative, clamped as `position` does), its line and column.
  private var last = -1
  private var lineIndex = 0
  private var lineEnd = 0
  private var position = TextPosition(line: 0, column: 0)

  init(table: LineTable, columnUnit: ColumnUnit) {
    self.table = table
    self.columnUnit = columnUnit
  }

  /// Line and column of `offset`, as `LineTable.position(of:columnUnit:)` gives them.
  public mutating func position(of offset: Int) -> TextPosition {
    let relative = min(offset - table.chunkBase, table.chunkCount)
    if last >= 0, relative >= last, relative < lineEnd {
      position.column += table.count(last..<relative, in: columnUnit)
      last = relative
      return position
    }
    position = table.position(of: offset, columnUnit: columnUnit)
    lineIndex = table.lineIndex(of: offset)
    lineEnd = table.lineEnd(lineIndex)
    let lineStart = table.lineStarts[lineIndex] - table.chunkBase
    // Offsets clamped to the line start are not counted on from.
    last = relative >= lineStart ? relative : -1
    return position
  }
}
