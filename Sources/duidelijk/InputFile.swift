import DirectDuidelijk
import DuidelijkMarkup
import Foundation

/// One input to read: a file path or stdin.
struct InputFile: Sendable, Hashable {
  /// The name reports use: the path as given, or the stdin name.
  var displayName: String
  /// The path to open; nil for stdin.
  var path: String?
  /// Whether a directory walk found it (named files are never excluded).
  var foundInDirectory = false

  /// File extensions read when a directory is walked.
  static let supportedExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "docx"]

  /// The inputs named by `arguments`: `-` is stdin, a directory gives its
  /// supported files (hidden entries skipped, symbolic links to folders not
  /// followed, so a link loop cannot trap the walk), sorted by path.
  static func expand(_ arguments: [String], stdinName: String) -> [InputFile] {
    var result: [InputFile] = []
    for argument in arguments {
      if argument == "-" {
        result.append(InputFile(displayName: stdinName, path: nil))
        continue
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
        result.append(contentsOf: walk(argument).map { InputFile(displayName: $0, path: $0, foundInDirectory: true) })
      } else {
        result.append(InputFile(displayName: argument, path: argument))
      }
    }
    return result
  }

  private static func walk(_ directory: String) -> [String] {
    var files: [String] = []
    var pending = [directory]
    let manager = FileManager.default
    while let folder = pending.popLast() {
      guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
      for name in names where !name.hasPrefix(".") {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        guard let attributes = try? manager.attributesOfItem(atPath: path),
          let type = attributes[.type] as? FileAttributeType
        else { continue }
        if type == .typeDirectory {
          pending.append(path)
        } else if type == .typeRegular || (type == .typeSymbolicLink && !isDirectory(path)) {
          // A link is read as the file it points to; one to a folder (`kring.md -> ..`)
          // is not followed, and a broken one is reported when it is read.
          let fileExtension = (name as NSString).pathExtension.lowercased()
          if supportedExtensions.contains(fileExtension) { files.append(path) }
        }
      }
    }
    return files.sorted()
  }

  /// Whether `path`, followed through links, is a directory.
  private static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// Opens a chunked reader on this input.
  func reader() throws(InputError) -> ChunkedReader {
    if let path {
      return ChunkedReader(source: try FileDescriptorSource(path: path))
    }
    return ChunkedReader(source: FileDescriptorSource(descriptor: 0))
  }
}

extension FileScorer {
  /// Scores `file`, read as `type` (nil: detected).
  func score(_ file: InputFile, type: InputType?) throws -> ScoredFile {
    let reader = try file.proseReader(type: type)
    let segmenter = try Segmenter()
    return try score { () throws -> Document? in
      guard let chunk = try reader.next() else { return nil }
      return try reader.document(for: chunk, segmenter: segmenter)
    }
  }
}
