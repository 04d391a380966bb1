/// What `duidelijk score` reports per sentence or paragraph.
public enum ScoreUnit: String, Sendable, CaseIterable {
  case sentence
  case paragraph
}

/// The figures of one part of a file.
public struct ScoredUnit: Sendable {
  /// Where it is.
  public var range: TextRange
  /// Its first line.
  public var line: Int
  /// Its counts.
  public var counts: ReadabilityCounts
}

/// A sentence that most needs work, for the text report.
public struct WorstSentence: Sendable {
  /// Its first line.
  public var line: Int
  /// The start of the sentence, on one line.
  public var excerpt: String
  /// What makes it hard, in Dutch.
  public var reasons: [String]
  /// How much work it needs: longer, rarer and passive is worse.
  public var weight: Double
}

/// The readability of one file.
public struct ScoredFile: Sendable {
  /// Counts of the whole file.
  public var counts = ReadabilityCounts()
  /// Figures per sentence or paragraph, when asked for.
  public var units: [ScoredUnit] = []
  /// The three sentences that most need work, worst first.
  public var worstSentences: [WorstSentence] = []

  /// A file with these counts.
  public init(counts: ReadabilityCounts = ReadabilityCounts()) { self.counts = counts }
}

/// Scores whole inputs, chunk by chunk.
public struct FileScorer: Sendable {
  let resources: CheckResources
  let unit: ScoreUnit?

  /// A scorer that also keeps figures per `unit`, if given.
  public init(resources: CheckResources = .builtin, unit: ScoreUnit? = nil) {
    self.resources = resources
    self.unit = unit
  }

  /// Scores every chunk `reader` gives.
  public func score(_ reader: ChunkedReader) throws -> ScoredFile {
    let segmenter = try Segmenter()
    return try score {
      guard let chunk = try reader.next() else { return nil }
      return try segmenter.document(for: chunk)
    }
  }

  /// Scores the documents `next` gives, until it gives nil.
  public func score(_ next: () throws -> Document?) throws -> ScoredFile {
    var scorer = ReadabilityScorer(resources: resources)
    var file = ScoredFile()
    while let document = try next() {
      let text = AnalyzedText(document)
      let perSentence = scorer.add(text)
      for (sentence, counts) in zip(document.sentences, perSentence) {
        if unit == .sentence {
          file.units.append(ScoredUnit(range: sentence.range, line: document.position(of: sentence.range.lowerBound).line, counts: counts))
        }
        consider(sentence, counts, document, &file.worstSentences)
      }
      if unit == .paragraph {
        for paragraph in document.paragraphs {
          var counts = ReadabilityCounts()
          for index in paragraph.sentences { counts.add(perSentence[index]) }
          counts.paragraphs = 1
          file.units.append(ScoredUnit(range: paragraph.range, line: document.position(of: paragraph.range.lowerBound).line, counts: counts))
        }
      }
    }
    file.counts = scorer.total
    return file
  }

  /// Keeps `sentence` among the three worst when it is bad enough.
  private func consider(_ sentence: Sentence, _ counts: ReadabilityCounts, _ document: Document, _ worst: inout [WorstSentence]) {
    let excess = max(0, sentence.wordCount - 15)
    let weight = Double(excess) + 3 * Double(counts.difficultWords) + 4 * Double(counts.passiveSentences)
    guard weight > 0, worst.count < 3 || weight > worst.last!.weight else { return }
    var reasons = ["\(sentence.wordCount) woorden"]
    if counts.difficultWords > 0 {
      reasons.append(counts.difficultWords == 1 ? "1 moeilijk woord" : "\(counts.difficultWords) moeilijke woorden")
    }
    if counts.passiveSentences > 0 { reasons.append("lijdende vorm") }
    let text = document.text(sentence.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let excerpt = text.count > 80 ? "‘" + text.prefix(77) + "…’" : "‘\(text)’"
    worst.append(WorstSentence(line: document.position(of: sentence.range.lowerBound).line, excerpt: excerpt, reasons: reasons, weight: weight))
    worst.sort { $0.weight > $1.weight }
    if worst.count > 3 { worst.removeLast() }
  }
}
