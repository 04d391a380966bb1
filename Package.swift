// swift-tools-version: 6.0
import PackageDescription

// ICU is reached through CDuidelijkICU, a C target whose public header is
// ICU-free. Swift cannot import ICU's headers directly: ICU renames every
// function by version (ubrk_open_72), and a system-library module for ICU
// clashes with the ICU copy that Foundation bundles on Linux. Only the C file
// includes <unicode/*.h>; it links Debian's libicu-dev (icuuc, icui18n).
//
// Dependencies point one way:
// CDuidelijkICU, DuidelijkData → DuidelijkText → DirectDuidelijk → DuidelijkReporters → duidelijk
let package = Package(
  name: "DirectDuidelijk",
  products: [
    .library(name: "DirectDuidelijk", targets: ["DirectDuidelijk"]),
    .executable(name: "duidelijk", targets: ["duidelijk"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(
      name: "CDuidelijkICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    // The word lists of wordlists/, generated into Swift source by
    // Scripts/generate-embedded-wordlists.py so the binary runs alone.
    .target(name: "DuidelijkData"),
    .target(name: "DuidelijkText", dependencies: ["CDuidelijkICU", "DuidelijkData"]),
    .target(name: "DirectDuidelijk", dependencies: ["DuidelijkText", "DuidelijkData"]),
    .target(name: "DuidelijkReporters", dependencies: ["DirectDuidelijk"]),
    .executableTarget(
      name: "duidelijk",
      dependencies: [
        "DirectDuidelijk",
        "DuidelijkReporters",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "DuidelijkTextTests", dependencies: ["DuidelijkText", "CDuidelijkICU"]),
    .testTarget(name: "DirectDuidelijkTests", dependencies: ["DirectDuidelijk"]),
    .testTarget(name: "DuidelijkCLITests", dependencies: ["duidelijk"]),
  ]
)
