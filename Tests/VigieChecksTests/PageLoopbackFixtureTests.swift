import Foundation
import Testing
import TestServer
import VigieCore
import VigieCrawl
@testable import VigieCTAChecks
@testable import VigiePageChecks
@testable import VigieResponsiveChecks

/// End to end: each fixture site served by a real HTTP server on 127.0.0.1, crawled by the crawler
/// (libcurl, libxml2, same-site stylesheets fetched), then audited by the cta, responsive and page checks.
@Suite(.timeLimit(.minutes(1))) struct PageLoopbackFixtureTests {
    @Test("Crawled fixture sites give the expected status for every cta, responsive and page check", arguments: ["mobile-site", "fixed-site"])
    func crawled(name: String) throws {
        let rules = try PageFixtureSitesTests.rules.get()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
        let server = try TestHTTPServer(directory: folder)
        defer { server.stop() }
        var options = CrawlOptions()
        options.timeout = 5
        options.connectTimeout = 2
        let snapshot = try Crawler(target: server.baseURL + "/", options: options, rules: rules).run()
        #expect(snapshot.htmlPages.count == (name == "mobile-site" ? 4 : 2))
        #expect(snapshot.stylesheets.count == 1, "the crawler fetches the linked same-site style.css")
        let expected = try #require(PageFixtureSitesTests.expected[name])
        for check in CTAChecks.all + ResponsiveChecks.all + PageChecks.all {
            let result = check.run(AuditContext(snapshot: snapshot, rules: rules))
            let evidence = result.evidence.prefix(3).map { "\($0.url) «\($0.excerpt ?? "")»" }.joined(separator: " | ")
            #expect(result.status == expected[check.id], "\(name) / \(check.id): got \(result.status) — \(result.message.fr) — \(evidence)")
        }
    }
}
