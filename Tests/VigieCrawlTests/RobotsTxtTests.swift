import Testing
@testable import VigieCrawl

@Suite struct RobotsTxtTests {
    let text = """
    # a comment
    User-agent: *
    Disallow: /private/
    Allow: /private/public.html
    Disallow: /*.pdf$
    Crawl-delay: 2

    User-agent: Googlebot
    User-agent: Vigie
    Disallow: /no-vigie
    Disallow:

    Sitemap: https://example.fr/sitemap.xml
    """

    @Test func ourGroupWinsOverStar() {
        let robots = RobotsTxt(text: Array(text.utf8), agent: "Vigie")
        #expect(robots.matchedAgent == "vigie")
        #expect(!robots.allows(path: "/no-vigie/page"))
        #expect(robots.allows(path: "/private/x"))
        #expect(robots.sitemaps == ["https://example.fr/sitemap.xml"])
        #expect(robots.crawlDelay == nil)
    }

    @Test func starGroupLongestMatchAndAnchors() {
        let robots = RobotsTxt(text: Array(text.utf8), agent: "OtherBot")
        #expect(robots.matchedAgent == "*")
        #expect(!robots.allows(path: "/private/x"))
        #expect(robots.allows(path: "/private/public.html"))
        #expect(!robots.allows(path: "/docs/a.pdf"))
        #expect(robots.allows(path: "/docs/a.pdf?download=1"))
        #expect(robots.allows(path: "/"))
        #expect(robots.crawlDelay == 2)
    }

    @Test func tieGoesToAllow() {
        let robots = RobotsTxt(text: Array("User-agent: *\nDisallow: /page\nAllow: /page\n".utf8), agent: "Vigie")
        #expect(robots.allows(path: "/page"))
    }

    @Test func wildcardInTheMiddle() {
        let robots = RobotsTxt(text: Array("User-agent: *\nDisallow: /*/print\n".utf8), agent: "Vigie")
        #expect(!robots.allows(path: "/a/b/print?x"))
        #expect(robots.allows(path: "/print"))
    }

    @Test func unavailableAllowsAllUnreachableDisallowsAll() {
        #expect(RobotsTxt(availability: .unavailable).allows(path: "/x"))
        #expect(!RobotsTxt(availability: .unreachable).allows(path: "/x"))
        #expect(RobotsTxt(availability: .unreachable).allows(path: "/robots.txt"))
    }

    @Test func hugeFileIsCutAndGarbageIgnored() {
        var bytes = Array("User-agent: *\nDisallow: /a\n".utf8)
        bytes += [UInt8](repeating: 0xFF, count: 600 * 1024)
        bytes += Array("\nDisallow: /b\n".utf8)
        let robots = RobotsTxt(text: bytes, agent: "Vigie")
        #expect(!robots.allows(path: "/a"))
        #expect(robots.allows(path: "/b"))
    }
}
