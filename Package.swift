// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "claimdiff",
    products: [
        .library(name: "ClaimDiffKit", targets: ["ClaimDiffKit"]),
        .executable(name: "claimdiff", targets: ["claimdiff"]),
        .executable(name: "claimdiff-bench", targets: ["claimdiff-bench"]),
    ],
    targets: [
        .target(name: "ClaimDiffKit"),
        .executableTarget(name: "claimdiff", dependencies: ["ClaimDiffKit"]),
        .executableTarget(name: "claimdiff-bench", dependencies: ["ClaimDiffKit"]),
        // libFuzzer target for the annotation parser; see Sources/fuzz-claims/main.swift.
        .executableTarget(name: "fuzz-claims", dependencies: ["ClaimDiffKit"]),
        // libFuzzer target for the command line end to end; see Sources/fuzz-cli/FuzzCLI.swift.
        .executableTarget(name: "fuzz-cli", dependencies: ["ClaimDiffKit"]),
        .testTarget(name: "ClaimDiffKitTests", dependencies: ["ClaimDiffKit", "fuzz-claims"], exclude: ["Reports/Golden"]),
    ]
)
