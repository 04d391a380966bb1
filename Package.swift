// swift-tools-version: 6.0
import PackageDescription

// ICU is reached through CDuidelijkICU, a C target whose public header is
// ICU-free. Swift cannot import ICU's headers directly: ICU renames every
// function by version (ubrk_open_72), and a system-library module for ICU
// clashes with the ICU copy that Foundation bundles on Linux. Only the C file
// includes <unicode/*.h>; it links Debian's libicu-dev (icuuc, icui18n).
//
// libxml2 (libxml2-dev) hides behind CDuidelijkXML for the same reason: Debian's
// libxml2 headers include ICU's. CLibXML2 only finds its headers with
// pkg-config (they live in /usr/include/libxml2) for that C target.
// cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev) is reached
// through CDuidelijkMarkdown, whose header hands Swift a flat walk of the tree.
//
// Dependencies point one way:
// CDuidelijkICU, DuidelijkData → DuidelijkText → DirectDuidelijk → DuidelijkReporters → duidelijk
// CDuidelijkMarkdown, CLibXML2 → CDuidelijkXML, ZIPFoundation, DuidelijkText → DuidelijkMarkup → duidelijk
let package = Package(
  name: "DirectDuidelijk",
  products: [
    .library(name: "DirectDuidelijk", targets: ["DirectDuidelijk"]),
    .executable(name: "duidelijk", targets: ["duidelijk"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
    // TOMLKit reads `.duidelijk.toml`.
    .target(
      name: "DirectDuidelijk",
      dependencies: ["DuidelijkText", "DuidelijkData", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .target(
      name: "CDuidelijkMarkdown",
      linkerSettings: [.linkedLibrary("cmark-gfm"), .linkedLibrary("cmark-gfm-extensions")]
    ),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(name: "CDuidelijkXML", dependencies: ["CLibXML2"]),
    // Markdown, HTML and .docx input: the prose to check, at its place in the file.
    .target(
      name: "DuidelijkMarkup",
      dependencies: [
        "DuidelijkText",
        "CDuidelijkMarkdown",
        "CDuidelijkXML",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(name: "DuidelijkReporters", dependencies: ["DirectDuidelijk"]),
    .executableTarget(
      name: "duidelijk",
      dependencies: [
        "DirectDuidelijk",
        "DuidelijkReporters",
        "DuidelijkMarkup",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "DuidelijkTextTests", dependencies: ["DuidelijkText", "CDuidelijkICU", "DuidelijkTestSupport"], exclude: ["Data"]),
    .testTarget(name: "DirectDuidelijkTests", dependencies: ["DirectDuidelijk", "DuidelijkTestSupport"], exclude: ["Data"]),
    // Golden-file comparison shared by the test targets; not part of the product.
    .target(name: "DuidelijkTestSupport", path: "Tests/DuidelijkTestSupport"),
    .testTarget(name: "DuidelijkCLITests", dependencies: ["duidelijk", "DuidelijkTestSupport"], exclude: ["Golden"]),
    .testTarget(
      name: "DuidelijkReportersTests",
      dependencies: ["DuidelijkReporters", "DirectDuidelijk", "DuidelijkTestSupport"],
      exclude: ["Golden", "Schemas"]
    ),
    .testTarget(
      name: "DuidelijkMarkupTests",
      dependencies: [
        "DuidelijkMarkup", "DuidelijkText", "DuidelijkTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Fixtures"]
    ),
  ]
)
