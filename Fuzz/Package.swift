// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for Direct Duidelijk, in a package of their own so the
// main package's `swift build` and `swift test` never see them. They use only
// the main package's library product `DirectDuidelijk` (which re-exports
// DuidelijkText), so the `duidelijk` executable is not built.
//
// Build (see README.md and run.sh):
//   swift build -c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//
// A package referenced by path is identified by its folder's name, which is
// whatever the main package was cloned as; read it from the folder above.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "main"

let package = Package(
  name: "DuidelijkFuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "DirectDuidelijk", package: mainPackage)]
    ),
    .executableTarget(
      name: "FuzzSegmenter",
      dependencies: ["FuzzSupport", .product(name: "DirectDuidelijk", package: mainPackage)]
    ),
    .executableTarget(
      name: "FuzzFix",
      dependencies: ["FuzzSupport", .product(name: "DirectDuidelijk", package: mainPackage)]
    ),
  ]
)
