import DirectDuidelijk

/// `duidelijk score` output in text (for a civil servant) and JSON (for machines).
public enum ScoreReport {
  /// `{"version": 1, "files": [{"file", …metrics, "sentences"|"paragraphs"}], "total": {…}}`.
  /// With a unit, the file's list of units takes the place of its count of
  /// them (a JSON object has each key once); the count is the list's length.
  public static func json(
    files: [(name: String, file: ScoredFile)], total: ReadabilityCounts, unit: ScoreUnit?, into out: inout [UInt8]
  ) {
    out.append(contentsOf: #"{"version":1,"files":["#.utf8)
    for (index, entry) in files.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out.append(contentsOf: "\n{".utf8)
      JSONBytes.appendKey("file", to: &out)
      JSONBytes.appendString(entry.name, to: &out)
      out.append(UInt8(ascii: ","))
      let listed: String? = unit.map { $0 == .sentence ? "sentences" : "paragraphs" }
      MetricsJSON.appendMembers(ReadabilityMetrics(entry.file.counts), omitting: listed, to: &out)
      if let unit {
        out.append(contentsOf: (unit == .sentence ? #","sentences":["# : #","paragraphs":["#).utf8)
        for (position, part) in entry.file.units.enumerated() {
          if position > 0 { out.append(UInt8(ascii: ",")) }
          out.append(UInt8(ascii: "{"))
          JSONBytes.appendKey("start", to: &out)
          JSONBytes.appendInt(part.range.lowerBound, to: &out)
          out.append(UInt8(ascii: ","))
          JSONBytes.appendKey("end", to: &out)
          JSONBytes.appendInt(part.range.upperBound, to: &out)
          out.append(UInt8(ascii: ","))
          JSONBytes.appendKey("line", to: &out)
          JSONBytes.appendInt(part.line, to: &out)
          out.append(UInt8(ascii: ","))
          MetricsJSON.appendMembers(ReadabilityMetrics(part.counts), to: &out)
          out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
      }
      out.append(UInt8(ascii: "}"))
    }
    out.append(contentsOf: "\n],".utf8)
    JSONBytes.appendKey("total", to: &out)
    MetricsJSON.append(ReadabilityMetrics(total), to: &out)
    out.append(contentsOf: "}\n".utf8)
  }

  /// A verdict line, the key figures with their bands and B1 limits, the
  /// reasons, and the three sentences to improve first; a total for several files.
  public static func text(files: [(name: String, file: ScoredFile)], total: ReadabilityCounts, into out: inout [UInt8]) {
    var text = ""
    for entry in files {
      text += block(title: entry.name, counts: entry.file.counts, worst: entry.file.worstSentences)
    }
    if files.count > 1 { text += block(title: "Totaal (\(files.count) bestanden)", counts: total, worst: []) }
    out.append(contentsOf: text.utf8)
  }

  private static func block(title: String, counts: ReadabilityCounts, worst: [WorstSentence]) -> String {
    let metrics = ReadabilityMetrics(counts)
    let estimate = metrics.level
    var text = "\(title)\n"
    let verdict: String =
      switch estimate.level {
      case .b1: "B1 of eenvoudiger: goed te lezen voor de meeste lezers"
      case .b2: "B2: moeilijker dan B1"
      case .c1: "C1 of moeilijker: veel moeilijker dan B1"
      }
    text += "  Niveau (schatting): \(verdict)\(estimate.uncertain ? " (onzeker: korte tekst)" : "").\n"
    text += "  Flesch-Douma       \(pad(format(metrics.fleschDouma)))\(metrics.fleschDoumaBand.rawValue)\n"
    text += "  Brouwer            \(pad(format(metrics.brouwer)))\(metrics.brouwerBand.rawValue)\n"
    text += "  Zinnen             \(pad("\(counts.sentences)"))gemiddeld \(format(metrics.wordsPerSentence)) woorden per zin (B1: hoogstens 15)\n"
    text += "  Woorden            \(pad("\(counts.words)"))gemiddeld \(format(metrics.syllablesPerWord, decimals: 2)) lettergrepen per woord\n"
    text += "  Lange zinnen       \(pad("\(counts.longSentences)"))\(percent(metrics.longSentenceShare)) heeft meer dan 20 woorden (B1: hoogstens 10%)\n"
    text += "  Moeilijke woorden  \(pad("\(counts.difficultWords)"))\(percent(metrics.difficultWordShare)) van de woorden (B1: hoogstens 5%)\n"
    text += "  Lijdende vorm      \(pad("\(counts.passiveSentences)"))\(percent(metrics.passiveShare)) van de zinnen (B1: hoogstens 15%)\n"
    if !estimate.reasons.isEmpty {
      text += "  Waarom niet B1:\n"
      for reason in estimate.reasons { text += "    - \(reason)\n" }
    }
    if !worst.isEmpty {
      text += "  Begin hier:\n"
      for (index, sentence) in worst.enumerated() {
        text += "    \(index + 1). regel \(sentence.line): \(sentence.excerpt)\n"
        text += "       \(sentence.reasons.joined(separator: ", "))\n"
      }
    }
    return text + "\n"
  }

  private static func pad(_ value: String) -> String {
    value + String(repeating: " ", count: max(1, 7 - value.count))
  }

  /// `54,2`: Dutch decimal comma.
  static func format(_ value: Double, decimals: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let sign = scaled < 0 ? "-" : ""
    let whole = abs(scaled) / Int(scale)
    let fraction = String(abs(scaled) % Int(scale))
    return "\(sign)\(whole)," + String(repeating: "0", count: decimals - fraction.count) + fraction
  }

  private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
