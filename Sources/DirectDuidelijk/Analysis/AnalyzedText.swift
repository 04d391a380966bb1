/// A segmented chunk with what several rules need, computed once: a
/// lower-cased copy of its bytes at the same offsets, and the features of
/// every word token.
public struct AnalyzedText: Sendable {
  /// The segmented chunk.
  public let document: Document
  /// `document.bytes` lower-cased, byte for byte at the same offsets.
  public let lowered: [UInt8]
  /// What each token is (empty features for punctuation and numbers).
  public let features: [WordFeatures]
  /// The `ByteHash` of each token's lower-cased bytes, computed once for the
  /// many word lists every token is looked up in.
  public let hashes: [Int]
  /// For each token, `HashFilter.bit(of:)` of its hash, with `punctuationFlag`
  /// added for punctuation and symbols: 4 bytes a token, so the word-list
  /// matchers pass over a sentence reading one small array.
  public let filterBits: [UInt32]
  /// Marks a punctuation mark or symbol in `filterBits`.
  public static let punctuationFlag: UInt32 = 1 << 16
  /// For each token, the first word-like token at or after it (or the token count).
  private let nextWordLike: [Int32]

  /// Analyses `document`.
  public init(_ document: Document) {
    self.document = document
    tokens = document.tokens
    let lowered = document.bytes.withUnsafeBufferPointer { source in
      [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
        UTF8Bytes.lowercase(source, into: buffer)
        count = source.count
      }
    }
    self.lowered = lowered
    var next = [Int32](repeating: Int32(document.tokens.count), count: document.tokens.count + 1)
    for index in stride(from: document.tokens.count - 1, through: 0, by: -1) {
      next[index] = document.tokens[index].isWordLike ? Int32(index) : next[index + 1]
    }
    nextWordLike = next
    // One pass over the tokens fills the hashes, filter bits and features.
    let base = document.baseOffset
    let lexicon = WordFeatures.lexicon
    let count = document.tokens.count
    var hashes = [Int](repeating: 0, count: count)
    var filterBits = [UInt32](repeating: 0, count: count)
    var features = [WordFeatures](repeating: [], count: count)
    document.tokens.withUnsafeBufferPointer { tokens in
      document.bytes.withUnsafeBufferPointer { original in
        lowered.withUnsafeBufferPointer { lower in
          hashes.withUnsafeMutableBufferPointer { hashOut in
            filterBits.withUnsafeMutableBufferPointer { bitOut in
              features.withUnsafeMutableBufferPointer { featureOut in
                for index in 0..<count {
                  let token = tokens[index]
                  let range = token.range.shifted(by: -base)
                  let word = UnsafeBufferPointer(rebasing: lower[range])
                  let hash = ByteHash.of(word)
                  hashOut[index] = hash
                  let kind = token.kind
                  let flag = kind == .punctuation || kind == .symbol ? Self.punctuationFlag : 0
                  bitOut[index] = HashFilter.bit(of: hash) | flag
                  guard kind == .word else { continue }
                  var wordFeatures = lexicon.value(for: word, hash: hash) ?? []
                  // A capital: the first scalar changes when lowered.
                  let firstLength = min(UTF8Bytes.scalarLength(leadByte: original[range.lowerBound]), range.count)
                  var capitalized = false
                  for offset in range.lowerBound..<range.lowerBound + firstLength where original[offset] != lower[offset] {
                    capitalized = true
                  }
                  if capitalized {
                    wordFeatures.insert(.capitalized)
                    if Self.isAllCapitals(UnsafeBufferPointer(rebasing: original[range])) { wordFeatures.insert(.allCapitals) }
                  }
                  featureOut[index] = wordFeatures
                }
              }
            }
          }
        }
      }
    }
    self.hashes = hashes
    self.filterBits = filterBits
    self.features = features
  }

  private static func isAllCapitals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var letters = 0
    var offset = 0
    while offset < bytes.count {
      let scalar = UTF8Bytes.scalar(in: bytes, at: offset)
      offset += UTF8Bytes.scalarLength(leadByte: bytes[offset])
      if UTF8Bytes.isLowercase(scalar) { return false }
      if UTF8Bytes.isLetter(scalar) { letters += 1 }
    }
    return letters >= 2
  }

  /// The tokens of the chunk (kept here so the hot loops need not go through `document`).
  public let tokens: [Token]

  /// Calls `body` with the lower-cased bytes of `range` (absolute offsets).
  @inline(__always)
  public func withLowered<Result>(_ range: TextRange, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    lowered.withUnsafeBufferPointer { buffer in
      body(UnsafeBufferPointer(rebasing: buffer[(range.lowerBound - document.baseOffset)..<(range.upperBound - document.baseOffset)]))
    }
  }

  /// The lower-cased text of token `index`.
  public func loweredText(ofToken index: Int) -> String {
    withLowered(tokens[index].range) { String(decoding: $0, as: UTF8.self) }
  }

  /// The text of token `index` as written.
  public func text(ofToken index: Int) -> String { document.text(of: tokens[index]) }

  /// Whether token `index` starts with a capital letter.
  @inline(__always)
  public func isCapitalized(_ index: Int) -> Bool {
    if tokens[index].kind == .word { return features[index].contains(.capitalized) }
    return document.withBytes(tokens[index].range) { UTF8Bytes.isUppercase(UTF8Bytes.scalar(in: $0, at: 0)) }
  }

  /// Whether token `index` is written in capitals only (`WMO`), two letters or more.
  @inline(__always)
  public func isAllCapitals(_ index: Int) -> Bool { features[index].contains(.allCapitals) }

  /// Whether word token `index` has any of `features`.
  @inline(__always)
  public func has(_ index: Int, _ features: WordFeatures) -> Bool { !self.features[index].isDisjoint(with: features) }

  /// Whether token `index` is the first word-like token of its sentence.
  @inline(__always)
  public func isSentenceStart(_ index: Int, in sentence: Sentence) -> Bool {
    Int(nextWordLike[sentence.tokens.lowerBound]) == index
  }
}
