import CDuidelijkICU
import Foundation
import Testing

@testable import DuidelijkText

/// System ICU (through the C shim) and Foundation, which bundles its own
/// ICU, must work side by side in one process.
@Test func systemICUAndFoundationWorkTogether() throws {
  let formatter = NumberFormatter()
  formatter.locale = Locale(identifier: "nl_NL")
  formatter.numberStyle = .decimal
  formatter.minimumFractionDigits = 2
  #expect(formatter.string(from: 1250.5) == "1.250,50")
  #expect("ÉÉN CAFÉ".lowercased() == "één café")

  let document = try Segmenter().document(for: "Dit is zin één. Dit is zin twee.")
  #expect(document.sentences.count == 2)
  #expect(!Segmenter.icuVersion.isEmpty)
  #expect(String(cString: dd_icu_version()).first?.isNumber == true)
}
