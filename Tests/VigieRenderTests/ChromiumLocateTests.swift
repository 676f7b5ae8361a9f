import Foundation
import Testing
@testable import VigieRender

/// Where `--format pdf` finds its browser, and the flags every run gets.
@Suite struct ChromiumLocateTests {
    static func folder(with programs: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-chromium-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in programs {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755]))
        }
        return folder
    }

    @Test func findsChromiumOrTheHeadlessShellOnThePath() throws {
        let shell = try Self.folder(with: ["chromium-headless-shell"])
        let both = try Self.folder(with: ["chromium", "chromium-headless-shell"])
        defer { for folder in [shell, both] { try? FileManager.default.removeItem(at: folder) } }
        #expect(try Chromium.locate(environment: ["PATH": "/nonexistent:" + shell.path]).executable == shell.appendingPathComponent("chromium-headless-shell").path)
        #expect(try Chromium.locate(environment: ["PATH": both.path]).executable == both.appendingPathComponent("chromium").path)
        let explicit = shell.appendingPathComponent("chromium-headless-shell").path
        #expect(try Chromium.locate(environment: ["PATH": both.path, "VIGIE_CHROMIUM": explicit]).executable == explicit)
    }

    @Test func missingBrowserNamesTheDebianPackage() throws {
        let empty = try Self.folder(with: [])
        defer { try? FileManager.default.removeItem(at: empty) }
        let error = #expect(throws: Chromium.Failure.self) { try Chromium.locate(environment: ["PATH": empty.path]) }
        #expect(error?.description.contains("apt-get install chromium") == true)
        // a file that is not executable is not a browser
        let plain = empty.appendingPathComponent("chromium")
        #expect(FileManager.default.createFile(atPath: plain.path, contents: Data(), attributes: [.posixPermissions: 0o644]))
        #expect(throws: Chromium.Failure.self) { try Chromium.locate(environment: ["PATH": empty.path]) }
    }

    @Test func everyRunIsCutOffFromTheNetworkInAFreshProfile() {
        let arguments = Chromium.baseArguments(profile: "/tmp/p")
        #expect(arguments.contains("--headless") && arguments.contains("--no-sandbox"))
        #expect(arguments.contains("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"))
        #expect(arguments.contains("--user-data-dir=/tmp/p"))
    }
}
