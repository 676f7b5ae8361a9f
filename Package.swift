// swift-tools-version: 6.0
import PackageDescription

/// No cross-module optimisation out of a module (see the check modules below).
let noCMO: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-cmo"])]

let package = Package(
    name: "Vigie",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigie", targets: ["vigie"]),
        // Libraries for the fuzz package in Fuzz/ (it depends on this package by path).
        .library(name: "VigieCore", targets: ["VigieCore"]),
        .library(name: "VigieFetch", targets: ["VigieFetch"]),
        .library(name: "VigieHTML", targets: ["VigieHTML"]),
        .library(name: "VigieCrawl", targets: ["VigieCrawl"]),
        // Every check module: the registry, and the parsers the fuzzers call (CSS, identifiers, viewport).
        .library(name: "VigieChecks", targets: [
            "VigieChecks", "VigieCheckKit", "VigieLegalChecks", "VigieCookieChecks", "VigieCTAChecks",
            "VigieResponsiveChecks", "VigieStructureChecks", "VigiePageChecks",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        // C at the edges: only VigieFetch sees libcurl, only VigieHTML sees libxml2.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev", "libpsl-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "zlib1g-dev"])]
        ),
        // The shared vocabulary: facts, snapshot, checks, rules, configuration, scoring.
        .target(name: "VigieCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "VigieFetch", dependencies: ["CCurl"]),
        .target(name: "VigieHTML", dependencies: ["CLibXML2", "VigieCore"]),
        .target(name: "VigieCrawl", dependencies: ["VigieFetch", "VigieHTML", "VigieCore"]),
        // The checks: one module per rule module, so that they compile in parallel, on the helpers they
        // share. VigieCheckKit holds the helpers the checks call per byte and per word (folded text,
        // labels, CSS, memos, page levels).
        .target(name: "VigieCheckKit", dependencies: ["VigieCore"]),
        // No cross-module optimisation out of the rule modules: the CLI spent 45 s of a 2-minute release
        // build re-optimising the serialised check definitions, for no speed at run time (the checks' hot
        // loops are inside each module).
        .target(name: "VigieLegalChecks", dependencies: ["VigieCheckKit", "VigieCore"], swiftSettings: noCMO),
        .target(name: "VigieCookieChecks", dependencies: ["VigieCheckKit", "VigieCore"], swiftSettings: noCMO),
        .target(name: "VigieCTAChecks", dependencies: ["VigieCheckKit", "VigieCore"], swiftSettings: noCMO),
        .target(name: "VigieResponsiveChecks", dependencies: ["VigieCheckKit", "VigieCore"], swiftSettings: noCMO),
        .target(name: "VigieStructureChecks", dependencies: ["VigieCheckKit", "VigieCore"], swiftSettings: noCMO),
        .target(name: "VigiePageChecks", dependencies: ["VigieCheckKit", "VigieCore"], swiftSettings: noCMO),
        // The registry: every check in report order, and every rule pack they read.
        .target(
            name: "VigieChecks",
            dependencies: [
                "VigieCore", "VigieLegalChecks", "VigieCookieChecks", "VigieCTAChecks", "VigieResponsiveChecks",
                "VigieStructureChecks", "VigiePageChecks",
            ],
            swiftSettings: noCMO
        ),
        // The only code that talks to the browser (headless Chromium over the DevTools pipe): rendered pages,
        // the consent journey, the PDF print of the HTML report. Hands out RenderFacts (VigieCore).
        .target(name: "VigieRender", dependencies: ["VigieCore"]),
        .target(name: "VigieReport", dependencies: ["VigieCore"]),
        .executableTarget(
            name: "vigie",
            dependencies: [
                "VigieCore", "VigieCrawl", "VigieChecks", "VigieReport", "VigieRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc for the whole process — libxml2's
            // DOM, libcurl, the Swift runtime: a crawl allocates some 3,000 blocks a page on two threads, and
            // glibc's allocator took a fifth of the CPU (bench/RESULTS.md). Release builds only, so that
            // the sanitizers keep their own allocator in debug builds.
            linkerSettings: [.linkedLibrary("mimalloc", .when(configuration: .release))]
        ),
        // Test support: a real HTTP server on 127.0.0.1 (POSIX sockets) with misbehaviour on demand.
        .target(name: "TestServer", path: "Tests/TestServer"),
        .testTarget(name: "VigieCoreTests", dependencies: ["VigieCore"]),
        .testTarget(name: "VigieFetchTests", dependencies: ["VigieFetch", "TestServer"]),
        .testTarget(name: "VigieHTMLTests", dependencies: ["VigieHTML", "VigieCore"]),
        .testTarget(name: "VigieCrawlTests", dependencies: ["VigieCrawl", "VigieHTML", "VigieCore", "TestServer"]),
        .testTarget(
            name: "VigieChecksTests",
            dependencies: [
                "VigieChecks", "VigieCheckKit", "VigieLegalChecks", "VigieCookieChecks", "VigieCTAChecks",
                "VigieResponsiveChecks", "VigieStructureChecks", "VigiePageChecks",
                "VigieHTML", "VigieCore", "VigieCrawl", "TestServer",
            ]
        ),
        .testTarget(name: "VigieReportTests", dependencies: ["VigieReport", "VigieChecks", "VigieHTML", "VigieCore"]),
        .testTarget(name: "VigieRenderTests", dependencies: ["VigieRender", "VigieCore", "TestServer"]),
        .testTarget(name: "VigieCLITests", dependencies: ["VigieCore", "TestServer"]),
    ],
    swiftLanguageModes: [.v6]
)
