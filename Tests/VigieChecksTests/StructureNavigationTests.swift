import Testing
import VigieChecks
import VigieCore

/// The navigation checks over crawl facts that example sites cannot express: redirect hops, click depth,
/// sitemaps, unreachable pages, the HTTP → HTTPS redirect. The snapshots are built by hand, as the crawler would.
@Suite struct StructureNavigationTests {
    static let base = "https://www.moreau.test"
    let rules = try! RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)

    private func run(_ id: String, _ snapshot: SiteSnapshot) -> CheckResult {
        CheckRegistry.check(id)!.run(AuditContext(snapshot: snapshot, rules: rules))
    }

    private func html(_ path: String, depth: Int, referrers: [String] = [], inSitemap: Bool = false, foundInLinks: Bool = true) -> PageRecord {
        PageRecord(url: Self.base + path, depth: depth, status: 200, contentType: "text/html", inSitemap: inSitemap,
                   foundInLinks: foundInLinks, referrers: referrers, facts: PageFacts(url: Self.base + path))
    }

    private func site(_ pages: [PageRecord], mode: SiteSnapshot.Mode = .http, sitemaps: SitemapFacts = SitemapFacts(), start: String? = nil) -> SiteSnapshot {
        SiteSnapshot(startURL: start ?? Self.base + "/", homeURL: Self.base + "/", mode: mode, pages: pages, sitemaps: sitemaps)
    }

    @Test func redirectChainsAndLoops() {
        var chain = PageRecord(url: Self.base + "/ancien", depth: 1, status: 200, referrers: [Self.base + "/"])
        chain.redirects = [
            RedirectHop(url: Self.base + "/ancien", status: 301, location: Self.base + "/ancien/"),
            RedirectHop(url: Self.base + "/ancien/", status: 301, location: Self.base + "/nouveau"),
        ]
        var single = PageRecord(url: Self.base + "/promo", depth: 1, status: 200)
        single.redirects = [RedirectHop(url: Self.base + "/promo", status: 301, location: Self.base + "/offres")]
        var loop = PageRecord(url: Self.base + "/a", depth: 1, status: 302, error: "redirect-loop: /a")
        loop.redirects = [RedirectHop(url: Self.base + "/a", status: 302, location: Self.base + "/b"), RedirectHop(url: Self.base + "/b", status: 302, location: Self.base + "/a")]

        #expect(run("nav.redirects", site([html("/", depth: 0), single])).status == .pass)
        let warned = run("nav.redirects", site([html("/", depth: 0), single, chain]))
        #expect(warned.status == .warn)
        #expect(warned.evidence.first?.url == Self.base + "/ancien")
        #expect(warned.evidence.first?.note?.fr.contains("2 sauts") == true)
        #expect(run("nav.redirects", site([html("/", depth: 0), chain, loop])).status == .fail)
        #expect(run("nav.redirects", site([html("/", depth: 0), chain], mode: .directory)).status == .na)
    }

    @Test func clickDepth() {
        let shallow = [html("/", depth: 0), html("/a", depth: 1), html("/a/b", depth: 2), html("/a/b/c", depth: 3)]
        let ok = run("nav.depth", site(shallow))
        #expect(ok.status == .pass)
        let deep = run("nav.depth", site(shallow + [html("/a/b/c/d", depth: 4, referrers: [Self.base + "/a/b/c"])]))
        #expect(deep.status == .fail)
        #expect(deep.evidence.map(\.url) == [Self.base + "/a/b/c/d"])
        let many = (0..<20).map { html("/p\($0)", depth: 1) }
        #expect(run("nav.depth", site(shallow + many + [html("/x", depth: 5)])).status == .warn)
        let orphan = html("/seul", depth: 6, inSitemap: true, foundInLinks: false)
        #expect(run("nav.depth", site(shallow + [orphan])).status == .pass)
    }

    @Test func sitemapConsistency() {
        let files = [Self.base + "/sitemap.xml": 200]
        let listed = SitemapFacts(files: files, urls: [Self.base + "/", Self.base + "/a"])
        #expect(run("nav.sitemap-xml", site([html("/", depth: 0, inSitemap: true), html("/a", depth: 1, inSitemap: true)], sitemaps: listed)).status == .pass)

        let missing = run("nav.sitemap-xml", site([html("/", depth: 0, inSitemap: true), html("/a", depth: 1, inSitemap: true), html("/b", depth: 1)], sitemaps: listed))
        #expect(missing.status == .warn)
        #expect(missing.data["missing"] == .array([.string(Self.base + "/b")]))

        let withOrphan = SitemapFacts(files: files, urls: [Self.base + "/", Self.base + "/a", Self.base + "/oublie"])
        let orphan = run("nav.sitemap-xml", site([html("/", depth: 0, inSitemap: true), html("/a", depth: 1, inSitemap: true),
                                                  html("/oublie", depth: 1, inSitemap: true, foundInLinks: false)], sitemaps: withOrphan))
        #expect(orphan.status == .warn)
        #expect(orphan.data["orphans"] == .array([.string(Self.base + "/oublie")]))

        let absent = SitemapFacts(files: [Self.base + "/sitemap.xml": 404])
        #expect(run("nav.sitemap-xml", site([html("/", depth: 0)], sitemaps: absent)).status == .fail)
        #expect(run("nav.sitemap-xml", site([html("/", depth: 0)], mode: .directory)).status == .na)
    }

    @Test func brokenLinksNameTheirReferrers() {
        let gone = PageRecord(url: Self.base + "/promo-2019", depth: 1, status: 404, referrers: [Self.base + "/", Self.base + "/a"])
        let down = PageRecord(url: Self.base + "/boutique", depth: 1, status: 0, error: "timeout: 10 s", referrers: [Self.base + "/a"])
        let external = PageRecord(url: "https://ailleurs.test/x", depth: 1, status: 404, referrers: [Self.base + "/"])
        let result = run("nav.broken-links", site([html("/", depth: 0), html("/a", depth: 1), gone, down, external]))
        #expect(result.status == .fail)
        #expect(Set(result.evidence.map(\.url)) == [Self.base + "/promo-2019", Self.base + "/boutique"])
        #expect(result.evidence.first?.note?.fr.contains("lié depuis \(Self.base)/") == true)
        let home = AuditGrid.build(.home, results: [result])
        #expect(home.row(.navigation).weaknesses.map(\.text.fr) == ["1 lien cassé depuis la page d'accueil"])
        #expect(run("nav.broken-links", site([html("/", depth: 0), html("/a", depth: 1), external])).status == .pass)

        var checked = external
        checked.external = true
        let warned = run("nav.broken-links", site([html("/", depth: 0), html("/a", depth: 1), checked]))
        #expect(warned.status == .warn)
        #expect(warned.evidence.first?.note?.fr.hasPrefix("lien externe, HTTP 404") == true)
        #expect(AuditGrid.build(.site, results: [warned]).row(.navigation).weaknesses.map(\.text.fr) == ["1 lien externe cassé"])
    }

    @Test func httpRedirectsToHTTPS() {
        var start = PageRecord(url: "http://www.moreau.test/", depth: 0, status: 301)
        start.redirects = [RedirectHop(url: "http://www.moreau.test/", status: 301, location: Self.base + "/")]
        start.finalURL = Self.base + "/"
        let redirected = run("nav.https", site([start, html("/", depth: 0)], start: "http://www.moreau.test/"))
        #expect(redirected.status == .pass)
        #expect(redirected.data["http_redirect_checked"] == .bool(true))

        var plain = PageRecord(url: "http://www.moreau.test/", depth: 0, status: 200, facts: PageFacts(url: "http://www.moreau.test/"))
        plain.contentType = "text/html"
        #expect(run("nav.https", site([plain, html("/", depth: 0)], start: "http://www.moreau.test/")).status == .fail)

        let http = SiteSnapshot(startURL: "http://moreau.test/", homeURL: "http://moreau.test/", pages: [
            PageRecord(url: "http://moreau.test/", depth: 0, status: 200, facts: PageFacts(url: "http://moreau.test/")),
        ])
        #expect(run("nav.https", http).status == .fail)
        #expect(run("nav.https", site([html("/", depth: 0)], mode: .directory)).status == .na)
    }
}
