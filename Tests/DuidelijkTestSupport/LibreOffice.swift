import Foundation

/// LibreOffice as the tests use it: converting a text file to `.docx` the
/// way a civil servant's word processor saves a letter.
public enum LibreOffice {
  /// `libreoffice` on PATH, if installed.
  public static let executable = ProcessInfo.processInfo.environment["PATH", default: ""].split(separator: ":")
    .map { "\($0)/libreoffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Converts the UTF-8 text file `text` to `.docx` in `folder` (with a
  /// profile of its own there) and returns the new file.
  public static func convertToDocx(_ text: URL, in folder: URL) throws -> URL {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable ?? "libreoffice")
    process.arguments = [
      "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--infilter=Text (encoded):UTF8",
      "--convert-to", "docx", "--outdir", folder.path, text.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return folder.appendingPathComponent(text.deletingPathExtension().lastPathComponent + ".docx")
  }
}
