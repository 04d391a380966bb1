extension String {
  /// The string with every Unicode scalar for which `replacement` returns a
  /// string replaced by that string: the loop behind each format's escaping.
  func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
    var result = ""
    for scalar in unicodeScalars {
      if let replaced = replacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
