import Foundation
import Testing

/// The binary of `make dist` (`.build/dist/release/vigie`) loads no Swift library: only Debian's runtime libraries.
/// Skipped, visibly, until `make dist` has built it (`make test-dist` checks the same inside a fresh Debian root).
@Suite struct DistPackageTests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/dist/release/vigie").path
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    @Test(.enabled(if: built, "no dist binary: run `make dist` first")) func linksNoSwiftLibrary() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [Self.binary]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let libraries = listing.split(separator: "\n").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
        #expect(libraries.contains("libcurl.so.4") && libraries.contains("libxml2.so.2"), "\(listing)")
        let swift = libraries.filter { $0.hasPrefix("libswift") || $0.hasPrefix("libFoundation") || $0.hasPrefix("lib_Foundation") || $0.hasPrefix("libdispatch") || $0.hasPrefix("libBlocksRuntime") }
        #expect(swift.isEmpty, "Swift libraries still loaded: \(swift)")
        #expect(!listing.contains("not found"), "\(listing)")
    }
}
