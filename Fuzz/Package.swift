// swift-tools-version: 6.0
// libFuzzer targets for Vigie's parsers. Not part of the main package: the executables have no `main`
// (libFuzzer provides it), so they only link with `-sanitize=fuzzer`. Build and run with `make fuzz`.
// `vigie` is a symlink to `..`: a path dependency takes its identity from the last path component, and
// `..` would be named after the checkout folder (which may clash with this package, `Fuzz`).
import PackageDescription

let vigie: [Target.Dependency] = [
    .product(name: "VigieCore", package: "vigie"),
    .product(name: "VigieFetch", package: "vigie"),
    .product(name: "VigieHTML", package: "vigie"),
    .product(name: "VigieCrawl", package: "vigie"),
    .product(name: "VigieChecks", package: "vigie"),
]

let targets = ["FuzzURL", "FuzzURLBase", "FuzzSitemap", "FuzzRobots", "FuzzHTML", "FuzzViewport", "FuzzCSS", "FuzzLegal"]

let package = Package(
    name: "VigieFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "vigie")],
    targets: targets.map { .executableTarget(name: $0, dependencies: vigie) },
    swiftLanguageModes: [.v6]
)
