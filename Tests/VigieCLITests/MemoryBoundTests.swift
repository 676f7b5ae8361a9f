import Foundation
import Testing
import TestServer

/// Memory is bounded by the limits, not by the site: a link explosion (every page links to thousands of new URLs) and
/// a cookie flood (thousands of cookies a page) stay under a stated peak RSS, and the dropped URLs and cookies are
/// said in the report. Peak RSS is read with /usr/bin/time (skipped, with a message, where it is missing).
@Suite(.serialized, .timeLimit(.minutes(5))) struct MemoryBoundTests {
    /// The bound on the debug binary's peak for these small crawls (after the caps: 96 and 63 MB; the large figures are bench/link-explosion.sh's).
    static let boundMB = 150

    static func measured(_ arguments: [String]) throws -> (run: CLIRun, peakMB: Int, folder: URL)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            print("MemoryBoundTests: /usr/bin/time is missing (Debian package `time`): peak memory not measured")
            return nil
        }
        let folder = try temporaryFolder()
        let binary = ProcessInfo.processInfo.environment["VIGIE_BIN"] ?? AuditCommandTests.root.appendingPathComponent(".build/debug/vigie").path
        let timeFile = folder.appendingPathComponent("time.txt").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", timeFile, binary] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let kilobytes = Int(try String(contentsOfFile: timeFile, encoding: .utf8).split(separator: "\n").last ?? "") ?? 0
        return (CLIRun(status: process.terminationStatus, stdout: "", stderr: String(decoding: errData, as: UTF8.self)), kilobytes / 1024, folder)
    }

    static func notes(_ folder: URL) throws -> [String] {
        let report = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("r.json"))) as? [String: Any])
        let crawl = try #require((report["sites"] as? [[String: Any]])?.first?["crawl"] as? [String: Any])
        return crawl["notes"] as? [String] ?? []
    }

    @Test func aLinkExplosionStaysUnderTheBound() throws {
        let server = try TestHTTPServer { request in
            let me = request.path.split(separator: "/").joined(separator: "-")
            let links = (0..<2_000).map { "<a href=\"/p/\(me)-\($0)\">\($0)</a>" }.joined()
            return .html("<html lang=\"fr\"><head><title>\(me)</title></head><body>\(links)</body></html>")
        }
        defer { server.stop() }
        guard let (run, peak, folder) = try Self.measured(["audit", server.baseURL + "/", "--quiet", "--max-pages", "40", "--format", "json", "--output", "r.json"]) else { return }
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        print("MemoryBoundTests: peak RSS \(peak) MB")
        #expect(peak < Self.boundMB, "peak RSS \(peak) MB")
        let notes = try Self.notes(folder)
        #expect(notes.contains { $0.contains("adresses découvertes ignorées (au plus 1160 retenues") }, "\(notes)")
    }

    @Test func aCookieFloodStaysUnderTheBound() throws {
        let server = try TestHTTPServer { request in
            let me = request.path.split(separator: "/").joined(separator: "-")
            var page = TestResponse.html("<html lang=\"fr\"><head><title>\(me)</title></head><body><a href=\"/p/\(me)-a\">a</a><a href=\"/p/\(me)-b\">b</a></body></html>")
            page.headers += (0..<2_400).map { TestHeader(name: "Set-Cookie", value: "c\($0)=\(me); Path=/; Max-Age=86400") }
            return page
        }
        defer { server.stop() }
        guard let (run, peak, folder) = try Self.measured(["audit", server.baseURL + "/", "--quiet", "--max-pages", "30", "--format", "json", "--output", "r.json"]) else { return }
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        print("MemoryBoundTests: peak RSS \(peak) MB")
        #expect(peak < Self.boundMB, "peak RSS \(peak) MB")
        let notes = try Self.notes(folder)
        #expect(notes.contains { $0.contains("cookies ignorés (au plus 5000 retenus)") }, "\(notes)")
    }
}
