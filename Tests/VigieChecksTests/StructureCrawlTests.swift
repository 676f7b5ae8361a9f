import Foundation
import Testing
import TestServer
import VigieChecks
import VigieCore
import VigieCrawl

/// The navigation checks on a real crawl of a real HTTP server on 127.0.0.1: broken links with their referrers,
/// a redirect chain and a loop, a page four clicks deep, a sitemap with an orphan, plain HTTP.
@Suite(.timeLimit(.minutes(1))) struct StructureCrawlTests {
    static let rules = try! RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)

    static func page(_ title: String, _ links: [String]) -> TestResponse {
        let anchors = links.map { "<a href=\"\($0)\">\($0)</a>" }.joined(separator: " ")
        return .html("<html lang=\"fr\"><head><title>\(title)</title></head><body><header><a href=\"/\">Moreau</a></header><main><h1>\(title)</h1><p>\(anchors)</p></main></body></html>")
    }

    static func redirect(_ status: Int, to location: String) -> TestResponse {
        TestResponse(status: status, headers: [("Location", location)], body: [])
    }

    @Test func navigationChecksOnARealCrawl() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/": return Self.page("Accueil", ["/a", "/ancien", "/cassee", "/boucle"])
            case "/a": return Self.page("A", ["/a/b"])
            case "/a/b": return Self.page("B", ["/a/b/c"])
            case "/a/b/c": return Self.page("C", ["/a/b/c/d"])
            case "/a/b/c/d": return Self.page("D", [])
            case "/ancien": return Self.redirect(301, to: "/ancien/")
            case "/ancien/": return Self.redirect(301, to: "/nouveau")
            case "/nouveau": return Self.page("Nouveau", [])
            case "/boucle": return Self.redirect(302, to: "/boucle")
            case "/orpheline": return Self.page("Orpheline", [])
            case "/sitemap.xml":
                let urls = ["/", "/a", "/orpheline"].map { "<url><loc>http://\(request.header("host") ?? "")\($0)</loc></url>" }.joined()
                return TestResponse(status: 200, headers: [("Content-Type", "application/xml")],
                                    body: Array("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\(urls)</urlset>".utf8))
            default: return .notFound
            }
        }
        defer { server.stop() }
        var options = CrawlOptions()
        options.timeout = 5
        options.connectTimeout = 2
        let snapshot = try Crawler(target: server.baseURL + "/", options: options, rules: Self.rules).run()
        let context = AuditContext(snapshot: snapshot, rules: Self.rules)
        let result = { (id: String) in CheckRegistry.check(id)!.run(context) }

        let broken = result("nav.broken-links")
        #expect(broken.status == .fail)
        #expect(broken.evidence.contains { $0.url.hasSuffix("/cassee") && $0.note?.fr.contains("HTTP 404") == true && $0.note?.fr.contains("lié depuis") == true })

        let redirects = result("nav.redirects")
        #expect(redirects.status == .fail)
        #expect(redirects.data["loops"] == .array([.string(server.baseURL + "/boucle")]))
        #expect(redirects.data["chains"] == .array([.string(server.baseURL + "/ancien")]))

        let depth = result("nav.depth")
        #expect(depth.status == .fail)
        #expect(depth.evidence.map(\.url) == [server.baseURL + "/a/b/c/d"])

        let sitemap = result("nav.sitemap-xml")
        #expect(sitemap.status == .warn)
        #expect(sitemap.data["orphans"] == .array([.string(server.baseURL + "/orpheline")]))

        #expect(result("nav.https").status == .fail)
        #expect(result("nav.breadcrumb").status == .fail)
    }
}
