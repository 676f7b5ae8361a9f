import Foundation
import Testing
import TestServer

/// Reports are never lost: an unreachable site's report goes beside the last good one; sites on one host get their own
/// files and columns; SIGTERM writes the partial report like Ctrl-C; a path that does not exist is a usage error.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ReportKeepingTests {
    static func page(_ title: String) -> TestResponse {
        .html("<html lang=\"fr\"><head><title>\(title)</title></head><body><h1>\(title)</h1></body></html>")
    }

    @Test func anUnreachableSiteKeepsTheLastGoodReportAndSaysWhy() throws {
        var server: TestHTTPServer? = try TestHTTPServer { _ in Self.page("Accueil") }
        let url = try #require(server).baseURL + "/"
        let folder = try temporaryFolder()
        let good = try vigie(["audit", url, "--quiet", "--output", "r.md"], in: folder, timeout: 60)
        #expect(good.status == 0 || good.status == 1, "\(good.stderr)")
        let before = try Data(contentsOf: folder.appendingPathComponent("r.md"))
        server?.stop()
        server = nil
        let dead = try vigie(["audit", url, "--quiet", "--timeout", "2", "--output", "r.md"], in: folder, timeout: 60)
        #expect(dead.status == 3)
        #expect(dead.stderr.contains("exit") || dead.stderr.contains("code de sortie 3"), "\(dead.stderr)")
        #expect(dead.stderr.contains("connexion refusée") || dead.stderr.contains("délai dépassé"), "the reason is given, in French: \(dead.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("r.md")) == before, "the good report is kept")
        let failed = try String(contentsOf: folder.appendingPathComponent("r.unreachable.md"), encoding: .utf8)
        #expect(failed.contains("Pas de score"))
        #expect(!failed.contains("Score global"), "no score for a site that was not read")
        #expect(!failed.contains("complète"))
    }

    @Test func sitesOnOneHostGetDistinctFilesAndColumns() throws {
        let first = try TestHTTPServer { _ in Self.page("Premier") }
        let second = try TestHTTPServer { _ in Self.page("Second") }
        defer { first.stop(); second.stop() }
        let folder = try temporaryFolder()
        let targets = [first.baseURL + "/", second.baseURL + "/", first.baseURL + "/blog/"]
        let run = try vigie(["audit"] + targets + ["--quiet", "--format", "markdown", "--format", "json"], in: folder, timeout: 60)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path)
        #expect(files.filter { $0.hasSuffix(".md") && !$0.hasPrefix("comparison-") }.count == 3, "\(files)")
        #expect(files.contains { $0.hasPrefix("127.0.0.1-\(first.port)-blog-") })
        let json = try #require(files.first { $0.hasSuffix(".json") })
        #expect(json.contains("127.0.0.1-\(first.port)"), "the JSON name carries host and port: \(json)")
        let comparison = try String(contentsOf: folder.appendingPathComponent("reports/" + #require(files.first { $0.hasPrefix("comparison-") })), encoding: .utf8)
        let header = try #require(comparison.split(separator: "\n").first { $0.hasPrefix("| Score") || $0.hasPrefix("| score") })
        for label in ["127.0.0.1:\(first.port)", "127.0.0.1:\(second.port)", "127.0.0.1:\(first.port)/blog"] {
            #expect(header.contains(label), "\(header)")
        }
    }

    @Test func sigtermWritesThePartialReportAndExits143() throws {
        let server = try TestHTTPServer { request in
            if request.path == "/" {
                return .html("<html><body>" + (1...40).map { "<a href=\"/p\($0)\">p\($0)</a>" }.joined() + "</body></html>")
            }
            var slow = Self.page("lent")
            slow.delayBeforeHeaders = 0.4
            return slow
        }
        defer { server.stop() }
        let folder = try temporaryFolder()
        let process = Process()
        process.executableURL = AuditCommandTests.root.appendingPathComponent(".build/debug/vigie")
        if let bin = ProcessInfo.processInfo.environment["VIGIE_BIN"] { process.executableURL = URL(fileURLWithPath: bin) }
        process.arguments = ["audit", server.baseURL + "/", "--quiet", "--concurrency", "2", "--format", "json", "--output", "partial.json"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while server.requests.filter({ $0.path.hasPrefix("/p") }).count < 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        let report = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("partial.json"))) as? [String: Any])
        let crawl = try #require(((report["sites"] as? [[String: Any]])?.first?["crawl"]) as? [String: Any])
        #expect(crawl["stopped_by"] as? String == "interrupted")
    }

    @Test(arguments: ["./does/not/exist", "does/not/exist", "/nonexistent/site", "site/"])
    func aMissingPathIsAUsageError(path: String) throws {
        let run = try vigie(["audit", path, "--quiet"], in: try temporaryFolder(), timeout: 30)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("no such folder"), "\(run.stderr)")
    }
}
