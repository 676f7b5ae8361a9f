import Foundation
import Testing
import TestServer

/// `vigie audit` end to end: the real binary, the bundled demo folder and a loopback server.
@Suite(.serialized, .timeLimit(.minutes(2))) struct AuditCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let demo = root.appendingPathComponent("demo").path

    func json(_ path: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    @Test func auditsTheDemoFolderToMarkdownAndJSON() throws {
        let folder = try temporaryFolder()
        let run = try vigie(["audit", Self.demo, "--quiet", "--format", "markdown", "--format", "json", "--output", "out/demo.md"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/demo.md"), encoding: .utf8)
        #expect(markdown.contains("Mentions légales") || markdown.contains("mentions légales"))
        let report = try json(folder.appendingPathComponent("out/demo.json"))
        let site = try #require((report["sites"] as? [[String: Any]])?.first)
        let crawl = try #require(site["crawl"] as? [String: Any])
        #expect((crawl["pages_fetched"] as? Int ?? 0) >= 5)
        #expect(crawl["stopped_by"] as? String == "complete")
        #expect(!((site["checks"] as? [Any]) ?? []).isEmpty)
    }

    @Test func gateExitCodesAndBaselineRoundTrip() throws {
        let folder = try temporaryFolder()
        // A site whose pages declare no language: page.lang fails (a warning).
        try write("<html><head><title>Accueil</title></head><body><a href=\"b.html\">b</a></body></html>", to: "site/index.html", in: folder)
        try write("<html><head><title>B</title></head><body>b</body></html>", to: "site/b.html", in: folder)
        let failing = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--fail-on", "warning"], in: folder)
        #expect(failing.status == 1, "\(failing.stderr)")
        #expect(failing.stderr.contains("✗"))
        let onlyErrors = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--fail-on", "error", "--checks", "page.*"], in: folder)
        #expect(onlyErrors.status == 0, "a warning does not trip --fail-on error")
        #expect(onlyErrors.stderr.contains("✓ Seuil respecté"), "a passing gate says so in one line: \(onlyErrors.stderr)")
        let noGate = try vigie(["audit", "site", "--quiet", "--output", "r.md"], in: folder)
        #expect(noGate.status == 0 && !noGate.stderr.contains("✓") && !noGate.stderr.contains("✗"), "no gate, no verdict: \(noGate.stderr)")
        let lenient = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--min-score", "0"], in: folder)
        #expect(lenient.status == 0)
        let strictScore = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--min-score", "100"], in: folder)
        #expect(strictScore.status == 1)
        let written = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--write-baseline", "baseline.json"], in: folder)
        #expect(written.status == 0)
        let accepted = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--fail-on", "warning", "--baseline", "baseline.json"], in: folder)
        #expect(accepted.status == 0, "known findings do not fail the build: \(accepted.stderr)")
        // The same from the file: write_baseline and compare_to are keys of .vigie.yml too.
        let json = try vigie(["audit", "site", "--quiet", "--format", "json", "--output", "r.json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        try write("write_baseline: from-file.json\ncompare_to: r.json\n", to: ".vigie.yml", in: folder)
        let fromFile = try vigie(["audit", "site", "--quiet", "--output", "r.md"], in: folder)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("from-file.json").path), "write_baseline from the file")
        let compared = try String(contentsOf: folder.appendingPathComponent("r.md"), encoding: .utf8)
        #expect(compared.contains("Depuis le dernier audit"), "compare_to from the file")
    }

    /// The `ci` profile sets a gate (fail on errors) when neither the command line nor the file sets one.
    @Test func theCIProfileSetsAGate() throws {
        let folder = try temporaryFolder()
        let strict = try vigie(["audit", Self.demo, "--quiet", "--profile", "ci", "--output", "r.md"], in: folder)
        #expect(strict.status == 1, "the demo fails checks of severity error: \(strict.stderr)")
        #expect(strict.stderr.contains("✗"))
        let overridden = try vigie(["audit", Self.demo, "--quiet", "--profile", "ci", "--fail-on", "error", "--checks", "page.*", "--output", "r.md"], in: folder)
        #expect(overridden.status == 0, "\(overridden.stderr)")
    }

    @Test func usageErrorsExitTwo() throws {
        let folder = try temporaryFolder()
        #expect(try vigie(["audit", Self.demo, "--profile", "bts-ndcr"], in: folder).status == 2)
        #expect(try vigie(["audit"], in: folder).status == 2)
        #expect(try vigie(["audit", "ftp://example.fr/"], in: folder).status == 2)
        #expect(try vigie(["audit", Self.demo, "--checks", "legal.nothing-like-this"], in: folder).status == 2)
    }

    @Test func anUnreachableSiteExitsThreeWithAReport() throws {
        let folder = try temporaryFolder()
        let run = try vigie(["audit", "http://127.0.0.1:9/", "--quiet", "--timeout", "2", "--format", "json", "--output", "dead.json"], in: folder)
        #expect(run.status == 3)
        let report = try json(folder.appendingPathComponent("dead.json"))
        let pages = try #require(((report["sites"] as? [[String: Any]])?.first?["pages"]) as? [[String: Any]])
        #expect(pages.first?["error"] as? String != nil)
    }

    @Test func anUnwritableReportExitsFourAndKeepsThePreviousOne() throws {
        let folder = try temporaryFolder()
        #expect(try vigie(["audit", Self.demo, "--quiet", "--output", "r.md"], in: folder).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("r.md"))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        if getuid() != 0 {
            let run = try vigie(["audit", Self.demo, "--quiet", "--output", "r.md"], in: folder)
            #expect(run.status == 4)
            #expect(run.stderr.contains("r.md"))
        }
        let blocked = try vigie(["audit", Self.demo, "--quiet", "--output", "/proc/vigie/r.md"], in: folder)
        #expect(blocked.status == 4)
        #expect(try Data(contentsOf: folder.appendingPathComponent("r.md")) == before)
    }

    @Test func severalSitesGetAComparison() throws {
        let folder = try temporaryFolder()
        let other = Self.root.appendingPathComponent("Tests/Fixtures/directory-site").path
        let run = try vigie(["audit", Self.demo, other, "--quiet", "--output", "reports"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path)
        #expect(files.contains { $0.hasPrefix("comparison-") })
        #expect(files.filter { $0.hasSuffix(".md") }.count == 3)
    }

    @Test func ctrlCWritesThePartialReport() throws {
        let server = try TestHTTPServer { request in
            if request.path == "/" {
                return .html("<html><body>" + (1...40).map { "<a href=\"/p\($0)\">p\($0)</a>" }.joined() + "</body></html>")
            }
            var slow = TestResponse.html("<html><head><title>lent</title></head><body>lent</body></html>")
            slow.delayBeforeHeaders = 0.4
            return slow
        }
        defer { server.stop() }
        let folder = try temporaryFolder()
        let binary = Self.root.appendingPathComponent(".build/debug/vigie")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["audit", server.baseURL + "/", "--quiet", "--concurrency", "2", "--format", "json", "--output", "partial.json"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Signal once the home page is in and slow pages are being fetched (not after a fixed time: a loaded machine
        // may not have fetched anything yet).
        let deadline = Date().addingTimeInterval(30)
        while server.requests.filter({ $0.path.hasPrefix("/p") }).count < 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let report = try json(folder.appendingPathComponent("partial.json"))
        let crawl = try #require(((report["sites"] as? [[String: Any]])?.first?["crawl"]) as? [String: Any])
        #expect(crawl["stopped_by"] as? String == "interrupted")
        #expect((crawl["pages_fetched"] as? Int ?? 0) >= 1)
    }
}
