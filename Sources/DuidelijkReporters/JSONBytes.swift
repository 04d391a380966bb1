/// Appends JSON values to a byte buffer: no `Encodable`, no intermediate strings.
public enum JSONBytes {
  /// Appends `bytes` (UTF-8) as a JSON string literal, quotes included.
  @inline(__always)
  public static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.appendReserving(atMost: ReservedWriter.jsonStringBound(bytes.count)) { $0.write(jsonString: bytes) }
  }

  /// Appends `string` as a JSON string literal.
  public static func appendString(_ string: String, to output: inout [UInt8]) {
    let copied: Void? = string.utf8.withContiguousStorageIfAvailable { appendString($0, to: &output) }
    if copied == nil {
      var string = string
      string.withUTF8 { appendString($0, to: &output) }
    }
  }

  /// Appends an integer.
  @inline(__always)
  public static func appendInt(_ value: Int, to output: inout [UInt8]) {
    output.append(decimal: value)
  }

  /// Appends a number with at most `decimals` decimals, trailing zeros dropped.
  public static func appendDouble(_ value: Double, decimals: Int = 2, to output: inout [UInt8]) {
    guard value.isFinite else {
      output.append(contentsOf: "null".utf8)
      return
    }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded(.towardZero) && abs(rounded) < 1e15 {
      appendInt(Int(rounded), to: &output)
    } else {
      output.append(contentsOf: "\(rounded)".utf8)
    }
  }

  /// Appends `"key":`.
  @inline(__always)
  public static func appendKey(_ key: StaticString, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    output.append(literal: key)
    output.append(UInt8(ascii: "\""))
    output.append(UInt8(ascii: ":"))
  }
}
