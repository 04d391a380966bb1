import DuidelijkText
import Foundation
import ZIPFoundation

/// A ZIP archive in memory, read far enough to unpack single entries with
/// bounds on their size, so a damaged archive or a zip bomb is an error
/// early, with memory bounded.
///
/// ZIPFoundation's `Archive.extract` is not used to unpack: it never returns
/// when a deflate stream runs on to the end of the file (it keeps asking for
/// one more empty chunk). Its inflater `Data.decompress` is used instead, fed
/// from here with chunks that stop at the end of the entry. Reading the
/// central directory here also keeps every offset checked against the file.
struct ZIPArchive {
  /// One file of the archive, as the central directory describes it.
  struct Entry {
    /// The name, with `\` read as `/`.
    let name: String
    let flags: UInt16
    let method: UInt16
    let checksum: UInt32
    let compressedSize: UInt64
    let uncompressedSize: UInt64
    let localHeaderOffset: UInt64
  }

  /// Limits on what `unpack` accepts.
  struct Limits {
    /// Most bytes an entry may unpack to.
    var maximumSize: UInt64
    /// Highest ratio of unpacked to packed size, for entries above `ratioFloor`.
    var maximumRatio: UInt64
    /// Entries smaller than this may have any ratio: small files and
    /// repetitive tables pack well, and unpacking them costs little.
    var ratioFloor: UInt64 = 8 << 20
  }

  private let bytes: [UInt8]
  /// The entries, in central-directory order.
  let entries: [Entry]

  /// Reads the central directory of `bytes`; refuses more than `maximumEntries`.
  init(_ bytes: [UInt8], maximumEntries: Int) throws(InputError) {
    self.bytes = bytes
    let reader = LittleEndianReader(bytes: bytes)
    let directory = try Self.centralDirectory(reader)
    guard directory.count <= UInt64(maximumEntries) else {
      throw .archiveTooLarge(reason: "more than \(maximumEntries) entries")
    }
    var entries: [Entry] = []
    var offset = directory.offset
    for _ in 0..<directory.count {
      let (entry, next) = try Self.entry(reader, at: offset)
      entries.append(entry)
      offset = next
    }
    self.entries = entries
  }

  /// The entry named `name`, compared as OPC part names are: ignoring ASCII case.
  func entry(named name: String) -> Entry? {
    entries.first { $0.name.lowercased() == name.lowercased() }
  }

  /// Unpacks `entry`, handing its bytes to `consumer` in pieces as they are
  /// inflated. Refuses an entry whose declared size is beyond `limits`, and
  /// stops as soon as the bytes counted while inflating exceed that size.
  func unpack(
    _ entry: Entry, limits: Limits, consumer: (UnsafeBufferPointer<UInt8>) throws(InputError) -> Void
  ) throws(InputError) {
    let name = entry.name
    if entry.flags & 1 != 0 { throw .damagedArchive(reason: "\(name) is encrypted") }
    try Self.checkSize(entry.uncompressedSize, packed: entry.compressedSize, of: name, limits: limits)
    let reader = LittleEndianReader(bytes: bytes)
    let header = try reader.offset(entry.localHeaderOffset)
    guard try reader.uint32(at: header) == 0x0403_4B50 else {
      throw .damagedArchive(reason: "no local header for \(name)")
    }
    let dataStart = header + 30 + Int(try reader.uint16(at: header + 26)) + Int(try reader.uint16(at: header + 28))
    guard dataStart <= bytes.count, entry.compressedSize <= UInt64(bytes.count - dataStart) else {
      throw .damagedArchive(reason: "\(name) is cut short")
    }
    let packed = Int(entry.compressedSize)
    var unpacked: UInt64 = 0
    // The header's size passed the limits; counting holds the data to it, as
    // a zip bomb may claim a few bytes and unpack to gigabytes.
    func take(_ data: Data) throws {
      unpacked += UInt64(data.count)
      guard unpacked <= entry.uncompressedSize else {
        throw InputError.damagedArchive(reason: "\(name) unpacks to more than its header says")
      }
      try data.withUnsafeBytes { raw in try consumer(raw.bindMemory(to: UInt8.self)) }
    }
    let checksum: UInt32
    do {
      switch entry.method {
      case 0:
        guard entry.compressedSize == entry.uncompressedSize else {
          throw InputError.damagedArchive(reason: "\(name) has inconsistent sizes")
        }
        var position = 0
        var running: UInt32 = 0
        while position < packed {
          let piece = Data(bytes[(dataStart + position)..<(dataStart + min(packed, position + Self.chunkSize))])
          running = piece.crc32(checksum: running)
          try take(piece)
          position += piece.count
        }
        checksum = running
      case 8:
        checksum = try Data.decompress(
          size: Int64(packed), bufferSize: Self.chunkSize, skipCRC32: false,
          provider: { position, size in
            try self.deflatedChunk(from: dataStart, packed: packed, position: Int(position), size: size, name: name)
          },
          consumer: take)
      default:
        throw InputError.damagedArchive(
          reason: "\(name) uses compression method \(entry.method), which is not supported")
      }
    } catch let error as InputError {
      throw error
    } catch {
      throw .damagedArchive(reason: "\(name) is not valid deflate data")
    }
    guard unpacked == entry.uncompressedSize else {
      throw .damagedArchive(reason: "\(name) unpacks to less than its header says")
    }
    guard checksum == entry.checksum else { throw .damagedArchive(reason: "\(name) fails its CRC-32 check") }
  }

  private static let chunkSize = 64 << 10

  /// A chunk of exactly `size` bytes for the inflater, zero-padded past the
  /// entry: it sets `avail_in` to the size asked for, not to what it gets.
  /// Asked for more after every byte was given, the stream has no end.
  private func deflatedChunk(from dataStart: Int, packed: Int, position: Int, size: Int, name: String) throws -> Data {
    guard position < packed else { throw InputError.damagedArchive(reason: "\(name) is cut short") }
    var chunk = Data(bytes[(dataStart + position)..<(dataStart + min(packed, position + size))])
    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
    return chunk
  }

  private static func checkSize(_ size: UInt64, packed: UInt64, of name: String, limits: Limits) throws(InputError) {
    if size > limits.maximumSize {
      throw .archiveTooLarge(reason: "\(name) unpacks to more than \(limits.maximumSize >> 20) MiB")
    }
    if size > limits.ratioFloor && size / max(packed, 1) > limits.maximumRatio {
      throw .archiveTooLarge(
        reason: "\(name) is compressed more than \(limits.maximumRatio):1, as a zip bomb is")
    }
  }

  // MARK: Central directory

  /// Where the central directory starts and how many entries it lists,
  /// from the end-of-central-directory record (ZIP64 when it says so).
  private static func centralDirectory(
    _ reader: LittleEndianReader
  ) throws(InputError) -> (offset: Int, count: UInt64) {
    let count = reader.bytes.count
    guard count >= 22 else { throw .damagedArchive(reason: "not a ZIP archive") }
    // The record is 22 bytes plus a comment of up to 65,535 bytes, at the end.
    var record = count - 22
    let lowest = max(0, count - 22 - 0xFFFF)
    while record >= lowest {
      if try reader.uint32(at: record) == 0x0605_4B50,
        record + 22 + Int(try reader.uint16(at: record + 20)) <= count
      {
        break
      }
      record -= 1
    }
    guard record >= lowest else {
      throw .damagedArchive(reason: "not a ZIP archive (a password-protected document is not one)")
    }
    var entries = UInt64(try reader.uint16(at: record + 10))
    var offset = UInt64(try reader.uint32(at: record + 16))
    if entries == 0xFFFF || offset == 0xFFFF_FFFF {
      // ZIP64: a locator just before the record points at the ZIP64 record.
      guard record >= 20, try reader.uint32(at: record - 20) == 0x0706_4B50 else {
        throw .damagedArchive(reason: "a ZIP64 archive without its locator")
      }
      let zip64 = try reader.offset(try reader.uint64(at: record - 20 + 8))
      guard try reader.uint32(at: zip64) == 0x0606_4B50 else {
        throw .damagedArchive(reason: "a ZIP64 archive without its directory record")
      }
      entries = try reader.uint64(at: zip64 + 32)
      offset = try reader.uint64(at: zip64 + 48)
    }
    return (try reader.offset(offset), entries)
  }

  /// The central-directory record at `offset` and the offset of the next.
  private static func entry(_ reader: LittleEndianReader, at offset: Int) throws(InputError) -> (Entry, Int) {
    guard try reader.uint32(at: offset) == 0x0201_4B50 else {
      throw .damagedArchive(reason: "the central directory is corrupt")
    }
    let nameLength = Int(try reader.uint16(at: offset + 28))
    let extraLength = Int(try reader.uint16(at: offset + 30))
    let commentLength = Int(try reader.uint16(at: offset + 32))
    let nameStart = offset + 46
    let extraStart = nameStart + nameLength
    let next = extraStart + extraLength + commentLength
    guard next <= reader.bytes.count else { throw .damagedArchive(reason: "the central directory is cut short") }
    var uncompressedSize = UInt64(try reader.uint32(at: offset + 24))
    var compressedSize = UInt64(try reader.uint32(at: offset + 20))
    var localHeaderOffset = UInt64(try reader.uint32(at: offset + 42))
    // ZIP64 extra field: the 64-bit values of the fields that are all ones, in this order.
    var field = extraStart
    while field + 4 <= extraStart + extraLength {
      let id = try reader.uint16(at: field)
      let size = Int(try reader.uint16(at: field + 2))
      if id == 0x0001 {
        var value = field + 4
        let fieldEnd = min(value + size, extraStart + extraLength)
        if uncompressedSize == 0xFFFF_FFFF && value + 8 <= fieldEnd {
          uncompressedSize = try reader.uint64(at: value)
          value += 8
        }
        if compressedSize == 0xFFFF_FFFF && value + 8 <= fieldEnd {
          compressedSize = try reader.uint64(at: value)
          value += 8
        }
        if localHeaderOffset == 0xFFFF_FFFF && value + 8 <= fieldEnd {
          localHeaderOffset = try reader.uint64(at: value)
        }
      }
      field += 4 + size
    }
    let name = String(
      decoding: reader.bytes[nameStart..<extraStart].map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 },
      as: UTF8.self)
    let entry = Entry(
      name: name, flags: try reader.uint16(at: offset + 8), method: try reader.uint16(at: offset + 10),
      checksum: try reader.uint32(at: offset + 16), compressedSize: compressedSize,
      uncompressedSize: uncompressedSize, localHeaderOffset: localHeaderOffset)
    return (entry, next)
  }
}

/// Bounds-checked little-endian reads: any read past the end is a damaged archive.
private struct LittleEndianReader {
  let bytes: [UInt8]

  func uint16(at offset: Int) throws(InputError) -> UInt16 { UInt16(try value(at: offset, size: 2)) }
  func uint32(at offset: Int) throws(InputError) -> UInt32 { UInt32(try value(at: offset, size: 4)) }
  func uint64(at offset: Int) throws(InputError) -> UInt64 { try value(at: offset, size: 8) }

  /// `offset` as an index into the bytes, if it lies inside them.
  func offset(_ offset: UInt64) throws(InputError) -> Int {
    guard offset < UInt64(bytes.count) else { throw .damagedArchive(reason: "an offset points past the end") }
    return Int(offset)
  }

  private func value(at offset: Int, size: Int) throws(InputError) -> UInt64 {
    guard offset >= 0, offset <= bytes.count - size else { throw .damagedArchive(reason: "the archive is cut short") }
    var value: UInt64 = 0
    for index in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
    return value
  }
}
