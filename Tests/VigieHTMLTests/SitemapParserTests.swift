import Foundation
import Testing
@testable import VigieHTML

@Suite struct SitemapParserTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sitemaps")

    @Test func urlset() {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc> https://example.fr/ </loc><lastmod>2026-01-01</lastmod></url>
          <url><loc><![CDATA[https://example.fr/a?x=1&y=2]]></loc></url>
          <url><loc>https://example.fr/b&amp;c</loc></url>
        </urlset>
        """
        let doc = SitemapParser.parse(Array(xml.utf8))
        #expect(doc.kind == .urlset)
        #expect(doc.locations == ["https://example.fr/", "https://example.fr/a?x=1&y=2", "https://example.fr/b&c"])
        #expect(doc.error == nil)
    }

    @Test func index() {
        let xml = "<sitemapindex><sitemap><loc>https://example.fr/s1.xml</loc></sitemap><sitemap><loc>https://example.fr/s2.xml.gz</loc></sitemap></sitemapindex>"
        let doc = SitemapParser.parse(Array(xml.utf8))
        #expect(doc.kind == .index)
        #expect(doc.locations.count == 2)
    }

    @Test func gzipAndCap() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("sitemap.xml.gz")))
        let doc = SitemapParser.parse(bytes, maxURLs: 2)
        #expect(doc.locations == ["https://example.fr/page-0.html", "https://example.fr/page-1.html"])
        #expect(doc.dropped == 1)
    }

    @Test func gzipBombIsRefused() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("bomb.xml.gz")))
        let doc = SitemapParser.parse(bytes)
        #expect(doc.locations.isEmpty)
        #expect(doc.error != nil)
    }

    @Test func textSitemapAndGarbage() {
        #expect(SitemapParser.parse(Array("https://example.fr/a\nnot a url\nhttps://example.fr/b\n".utf8)).locations.count == 2)
        #expect(SitemapParser.parse(Array("<html><body>Not found</body></html>".utf8)).error != nil)
        #expect(SitemapParser.parse([0x00, 0x01, 0xFF]).error != nil)
        #expect(SitemapParser.parse([]).error != nil)
    }

    @Test func externalEntitiesAreNotLoaded() {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
        <urlset><url><loc>https://example.fr/&xxe;</loc></url></urlset>
        """
        let doc = SitemapParser.parse(Array(xml.utf8))
        #expect(doc.locations.allSatisfy { !$0.contains("\n") && $0.count < 40 })
    }
}
