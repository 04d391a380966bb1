/// A span of the input as UTF-8 byte offsets, end exclusive.
///
/// Offsets always refer to the input as it is on disk (BOM included), so
/// every finding can be mapped back to the file without searching it again.
public typealias TextRange = Range<Int>
