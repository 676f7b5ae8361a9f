import Foundation
import Testing
import TestServer
import VigieCore
@testable import VigieCrawl

/// Hostile and broken sites: every crawl ends within its limits and says what went wrong — no crash, no hang, no silence.
@Suite(.timeLimit(.minutes(1))) struct FaultInjectionTests {
    static let rules = CrawlIntegrationTests.rules
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A site whose home page links to `/faute`, served by `fault`.
    func crawlFault(_ fault: @escaping @Sendable (TestRequest) -> TestResponse, configure: (inout CrawlOptions) -> Void = { _ in })
        throws -> (SiteSnapshot, PageRecord?, TimeInterval) {
        let server = try TestHTTPServer { request in
            if request.path == "/" {
                return .html("<html lang=\"fr\"><head><title>Accueil</title></head><body><a href=\"/faute\">faute</a> <a href=\"/ok\">ok</a></body></html>")
            }
            if request.path == "/ok" { return .html("<html><head><title>OK</title></head><body>ok</body></html>") }
            return request.path.hasPrefix("/faute") ? fault(request) : .notFound
        }
        defer { server.stop() }
        var options = CrawlOptions()
        options.timeout = 2
        options.connectTimeout = 1
        configure(&options)
        let started = Date()
        let snapshot = try Crawler(target: server.baseURL + "/", options: options, rules: Self.rules).run()
        let fault = snapshot.pages.first { $0.url.hasSuffix("/faute") }
        #expect(snapshot.pages.first { $0.url.hasSuffix("/ok") }?.status == 200, "the crawl goes on past the fault")
        return (snapshot, fault, Date().timeIntervalSince(started))
    }

    @Test func slowFirstByteBeyondTheTimeout() throws {
        let (_, fault, elapsed) = try crawlFault { _ in
            var slow = TestResponse.html("<p>trop tard</p>")
            slow.delayBeforeHeaders = 5
            return slow
        }
        #expect(fault?.error?.hasPrefix("timeout") == true)
        #expect(elapsed < 8)
    }

    @Test func aBodyThatTricklesForever() throws {
        let (_, fault, elapsed) = try crawlFault { _ in
            var trickle = TestResponse.html("")
            trickle.trickle = (bytesPerChunk: 10, interval: 0.2, total: 1_000_000)
            return trickle
        }
        #expect(fault?.error?.hasPrefix("timeout") == true)
        #expect(elapsed < 8)
    }

    @Test func connectionClosedMidBody() throws {
        let (_, fault, _) = try crawlFault { _ in
            var cut = TestResponse.html(String(repeating: "<p>texte</p>", count: 5_000))
            cut.closeAfterBodyBytes = 1_000
            return cut
        }
        #expect(fault?.error != nil)
    }

    @Test func aServerThatNeverAnswers() throws {
        let (_, fault, elapsed) = try crawlFault { _ in
            var silent = TestResponse.html("")
            silent.neverRespond = true
            return silent
        }
        #expect(fault?.error?.hasPrefix("timeout") == true)
        #expect(elapsed < 8)
    }

    @Test func serverErrorsOnHalfThePages() throws {
        let server = try TestHTTPServer { request in
            if request.path == "/" {
                return .html("<html><body>" + (1...20).map { "<a href=\"/p/\($0)\">\($0)</a>" }.joined() + "</body></html>")
            }
            guard request.path.hasPrefix("/p/") else { return .notFound }
            let n = Int(request.path.split(separator: "/").last ?? "0") ?? 0
            return n % 2 == 0 ? TestResponse(status: 500, headers: [], body: Array("boom".utf8)) : .html("<html><body>ok</body></html>")
        }
        defer { server.stop() }
        let snapshot = try Crawler(target: server.baseURL + "/", options: CrawlOptions(), rules: Self.rules).run()
        #expect(snapshot.pages.filter { $0.status == 500 }.count == 10)
        #expect(snapshot.pages.filter { $0.status == 200 }.count == 11)
        #expect(snapshot.crawl.errors == 10)
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"])
    func redirectsToOtherSchemesAreRecordedNotFollowed(location: String) throws {
        let (_, fault, _) = try crawlFault { _ in .redirect(to: location, status: 302) }
        #expect(fault?.error?.hasPrefix("redirect-not-http") == true)
        #expect(fault?.status == 302)
    }

    @Test func redirectsToAnotherHostAreNotFollowed() throws {
        let other = try TestHTTPServer { _ in .html("<p>interne</p>") }
        defer { other.stop() }
        let target = other.baseURL.replacingOccurrences(of: "127.0.0.1", with: "127.0.0.2") + "/admin"
        let (_, fault, _) = try crawlFault { _ in .redirect(to: target, status: 302) }
        #expect(fault?.finalURL == target)
        #expect(other.requests.isEmpty)
    }

    @Test func aGzipBombIsCutAtTheSizeCap() throws {
        let bomb = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("sitemaps/bomb.xml.gz")))
        let (_, fault, _) = try crawlFault({ _ in
            TestResponse(status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: bomb)
        }, configure: { $0.maxBodyBytes = 1 << 20 })
        #expect(fault?.truncated == true)
        #expect(fault?.bodyBytes ?? .max <= 1 << 20)
    }

    @Test func aHugePageIsCut() throws {
        let (_, fault, _) = try crawlFault({ _ in
            .html("<html><body>" + String(repeating: "<p>Lorem ipsum dolor sit amet.</p>", count: 200_000) + "</body></html>")
        }, configure: { $0.maxBodyBytes = 2 << 20 })
        #expect(fault?.truncated == true)
        #expect(fault?.error?.hasPrefix("too-large") == true)
        #expect(fault?.facts != nil, "what was read is still parsed")
    }

    @Test func aPageWithAHundredThousandLinks() throws {
        let (snapshot, fault, _) = try crawlFault({ _ in
            .html("<html><body>" + (0..<100_000).map { "<a href=\"/x/\($0)\">x</a>" }.joined() + "</body></html>")
        }, configure: { $0.maxPages = 50 })
        #expect(fault?.status == 200)
        #expect(snapshot.pages.count <= 60)
        #expect(snapshot.crawl.stoppedBy == .maxPages)
    }

    @Test func deeplyNestedHTML() throws {
        let (_, fault, _) = try crawlFault { _ in
            .html("<html><body>" + String(repeating: "<div>", count: 10_000) + "<a href=\"/fond\">fond</a>" + String(repeating: "</div>", count: 10_000) + "</body></html>")
        }
        #expect(fault?.status == 200)
        #expect(fault?.facts != nil)
    }

    @Test func invalidUTF8AndALyingCharset() throws {
        let (_, fault, _) = try crawlFault { _ in
            TestResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")],
                         body: Array("<html><head><title>Caf".utf8) + [0xE9, 0xFF, 0xFE] + Array("</title></head><body>Mentions l".utf8) + [0xE9] + Array("gales</body></html>".utf8))
        }
        let facts = try #require(fault?.facts)
        #expect(facts.encoding.replacementCharacters > 0)
    }

    @Test func binaryServedAsHTML() throws {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let (_, fault, _) = try crawlFault { _ in TestResponse(status: 200, headers: [("Content-Type", "text/html")], body: noise) }
        #expect(fault?.status == 200)
    }

    @Test func aTenMegabyteRobotsTxt() throws {
        let server = try TestHTTPServer { request in
            if request.path == "/robots.txt" {
                return .text("User-agent: *\nDisallow: /prive\n" + String(repeating: "Disallow: /rien-\n", count: 600_000))
            }
            return .html("<html><body><a href=\"/prive\">p</a><a href=\"/public\">p</a></body></html>")
        }
        defer { server.stop() }
        let snapshot = try Crawler(target: server.baseURL + "/", options: CrawlOptions(), rules: Self.rules).run()
        #expect(server.requestCount(path: "/prive") == 0)
        #expect(server.requestCount(path: "/public") == 1)
        #expect(snapshot.robots?.status == 200)
    }

    @Test func aSitemapIndexThatReferencesItself() throws {
        let server = try TestHTTPServer { request in
            if request.path == "/sitemap.xml" {
                let base = "http://" + (request.header("Host") ?? "")
                return TestResponse(status: 200, headers: [("Content-Type", "application/xml")],
                                    body: Array("<sitemapindex><sitemap><loc>\(base)/sitemap.xml</loc></sitemap></sitemapindex>".utf8))
            }
            return .html("<html><body>ok</body></html>")
        }
        defer { server.stop() }
        let snapshot = try Crawler(target: server.baseURL + "/", options: CrawlOptions(), rules: Self.rules).run()
        #expect(server.requestCount(path: "/sitemap.xml") == 1)
        #expect(snapshot.sitemaps.errors.contains { $0.contains("plusieurs fois") })
    }

    @Test func aHugeSetCookieHeader() throws {
        let (_, fault, _) = try crawlFault { _ in
            TestResponse(status: 200, headers: [("Content-Type", "text/html"), ("Set-Cookie", "big=" + String(repeating: "a", count: 100_000))],
                         body: Array("<html><body>ok</body></html>".utf8))
        }
        #expect(fault != nil)
        #expect(fault?.status == 200 || fault?.error != nil)
    }

    @Test func duplicateContentLength() throws {
        let (_, fault, _) = try crawlFault { _ in
            TestResponse(status: 200, headers: [("Content-Type", "text/html"), ("Content-Length", "5"), ("Content-Length", "50")],
                         body: Array("<html><body>ok</body></html>".utf8))
        }
        #expect(fault != nil)
        #expect(fault?.status == 200 || fault?.error != nil)
    }
}
