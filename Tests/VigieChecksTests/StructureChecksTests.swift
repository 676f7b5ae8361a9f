import Testing
import VigieChecks
import VigieCore
import VigieHTML

/// Structure checks on real HTML parsed by libxml2: how zones are found and said, and the grid items each check writes.
@Suite struct StructureChecksTests {
    static let base = "https://www.dupont.test/"
    let rules = try! RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)

    private func run(_ id: String, _ pages: [(String, String)]) -> CheckResult {
        let records = pages.enumerated().map { index, page in
            PageRecord(url: Self.base + page.0, depth: index == 0 ? 0 : 1, status: 200, contentType: "text/html",
                       referrers: index == 0 ? [] : [Self.base], facts: StructureTestSupport.parse(page.1, url: Self.base + page.0))
        }
        let snapshot = SiteSnapshot(startURL: Self.base, homeURL: Self.base, pages: records)
        return CheckRegistry.check(id)!.run(AuditContext(snapshot: snapshot, rules: rules))
    }

    static let tableSite = """
        <html><body><table width="760"><tr><td id="entete"><a href="index.html"><img src="logo.gif" alt="Garage Martin"></a>
        <a href="index.html">Accueil</a> | <a href="atelier.html">L'atelier</a> | <a href="tarifs.html">Tarifs</a></td></tr>
        <tr><td><h1>Garage Martin</h1><p>Entretien et réparation toutes marques.</p></td></tr>
        <tr><td id="pied"><a href="mentions.html">Mentions légales</a> - <a href="rgpd.html">Données personnelles</a>
        - 3 avenue Jean Jaurès 38000 Grenoble - 04 76 00 11 22</td></tr></table></body></html>
        """

    @Test func tableLayoutZonesAreFoundByIdAndSaid() {
        let logo = run("header.logo", [("", Self.tableSite)])
        #expect(logo.status == .pass)
        #expect(logo.evidence.first?.selector == "td#entete (zone: id-class)")
        #expect(run("header.navigation", [("", Self.tableSite)]).status == .pass)
        let legal = run("footer.legal-links", [("", Self.tableSite)])
        #expect(legal.status == .pass)
        #expect(legal.data["zone_method"] == "id-class")
        #expect(run("footer.contact", [("", Self.tableSite)]).status == .pass)
    }

    @Test func footerLegalLinksAreQuotedInTheFootersOrder() {
        let footer = """
            <html><body><header><a href="/">Accueil</a></header><main><h1>A</h1></main><footer>
            <a href="/cgv">CGV</a> <a href="/confidentialite">Confidentialité</a> <a href="/cgu">CGU</a>
            <a href="/mentions-legales">Mentions légales</a></footer></body></html>
            """
        // Evidence once came out in a dictionary's order, which changes from run to run.
        let legal = run("footer.legal-links", [("", footer)])
        #expect(legal.evidence.map(\.excerpt) == [
            #"<a href="/cgv">CGV</a>"#, #"<a href="/confidentialite">Confidentialité</a>"#,
            #"<a href="/cgu">CGU</a>"#, #"<a href="/mentions-legales">Mentions légales</a>"#,
        ])
    }

    @Test func zonesByARIARoleAndByPositionAreSaid() {
        let aria = """
            <html><body><div role="banner"><a href="/"><img src="/logo.png" alt="Dupont"></a></div>
            <div role="main"><h1>Plombier</h1></div><div role="contentinfo"><a href="/plan-du-site">Plan du site</a></div></body></html>
            """
        #expect(run("header.logo", [("", aria)]).evidence.first?.selector == "div[role=banner] (zone: aria)")
        #expect(run("footer.sitemap", [("", aria)]).evidence.first?.selector == "div[role=contentinfo] (zone: aria)")
        let navbar = #"<html><body><nav class="navbar"><a class="navbar-brand" href="/"><img src="/logo.png" alt="Martin"></a><a href="/pains">Nos pains</a></nav><div class="container"><h1>Boulanger</h1></div></body></html>"#
        #expect(run("header.logo", [("", navbar)]).evidence.first?.selector == "nav (zone: landmark)")
        let bare = """
            <html><body><div><a href="/"><img src="/logo.png" alt="Dupont"></a></div>
            <div><h1>Plombier</h1><p>Dépannage 7 jours sur 7.</p></div>
            <div><p>12 rue de la Paix 75002 Paris – 01 42 00 00 00</p></div></body></html>
            """
        let logo = run("header.logo", [("", bare)])
        #expect(logo.status == .pass)
        #expect(logo.evidence.first?.selector?.hasSuffix("(zone: position)") == true)
        let contact = run("footer.contact", [("", bare)])
        #expect(contact.status == .pass)
        #expect(contact.data["zone_method"] == "position")
    }

    @Test func legalLinksMissingOnAnInnerPage() {
        let footer = #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/confidentialite">Confidentialité</a></footer>"#
        let home = "<html><body><main><h1>A</h1><a href='/promo'>Promo</a></main>\(footer)</body></html>"
        let notice = "<html><body><main><h1>Mentions légales</h1></main><footer><a href='/confidentialite'>Confidentialité</a></footer></body></html>"
        let promo = "<html><body><main><h1>Promo</h1></main><footer>© Dupont</footer></body></html>"
        let complete = run("footer.legal-links", [("", home), ("mentions-legales", notice)])
        #expect(complete.status == .pass)
        let result = run("footer.legal-links", [("", home), ("mentions-legales", notice), ("promo", promo)])
        #expect(result.status == .warn)
        #expect(result.evidence.contains { $0.url == Self.base + "promo" })
        #expect(AuditGrid.build(.home, results: [result]).row(.footer).weaknesses.isEmpty)
        #expect(AuditGrid.build(.site, results: [result]).row(.footer).weaknesses.map(\.text.fr) == ["1 page sans lien vers les mentions légales"])
    }

    @Test func legalLinksInAFooterNav() {
        let html = """
            <html><body><header><a href="/">Dupont</a></header><main><h1>Plombier</h1><p>Dépannage.</p></main>
            <footer><nav aria-label="Liens légaux"><a href="/mentions-legales">Mentions légales</a> <a href="/confidentialite">Confidentialité</a></nav></footer></body></html>
            """
        #expect(run("footer.legal-links", [("", html)]).status == .pass)
    }

    @Test func phoneOnlyInTheFooterIsAWeaknessOfTheHeader() {
        let html = """
            <html><body><header><a href="/"><img src="/logo.png" alt="Dupont"></a></header><main><h1>Plombier</h1></main>
            <footer><p>Tél. 04 78 12 34 56</p></footer></body></html>
            """
        let result = run("header.phone", [("", html)])
        #expect(result.status == .warn)
        let grid = AuditGrid.build(.home, results: [result])
        #expect(grid.row(.header).weaknesses.map(\.text.fr) == ["Téléphone peu visible : absent de l'en-tête, seulement dans le pied de page"])
        #expect(result.evidence.first?.excerpt == "04 78 12 34 56")
    }

    @Test func mixedContentOnAnHTTPSPage() {
        let html = #"<html><head><link rel="stylesheet" href="http://cdn.dupont.test/site.css"></head><body><h1>A</h1><img src="http://cdn.dupont.test/a.jpg" alt="a"></body></html>"#
        let result = run("nav.https", [("", html)])
        #expect(result.status == .fail)
        #expect(result.data["mixed_active"] == 1)
        #expect(result.evidence.contains { $0.excerpt?.contains("http://cdn.dupont.test/site.css") == true })
        let passive = run("nav.https", [("", #"<html><body><h1>A</h1><img src="http://cdn.dupont.test/a.jpg" alt="a"></body></html>"#)])
        #expect(passive.status == .warn)
    }

    @Test func folderAuditsStillShowMixedContent() {
        let url = "https://site.local/"
        let facts = StructureTestSupport.parse(#"<html><head><script src="http://cdn.dupont.test/app.js"></script></head><body><h1>A</h1></body></html>"#, url: url)
        let folder = SiteSnapshot(startURL: url, homeURL: url, mode: .directory, pages: [PageRecord(url: url, depth: 0, status: 200, facts: facts)])
        #expect(CheckRegistry.check("nav.https")!.run(AuditContext(snapshot: folder, rules: rules)).status == .fail)
        let clean = SiteSnapshot(startURL: url, homeURL: url, mode: .directory, pages: [
            PageRecord(url: url, depth: 0, status: 200, facts: StructureTestSupport.parse("<html><body><h1>A</h1></body></html>", url: url)),
        ])
        #expect(CheckRegistry.check("nav.https")!.run(AuditContext(snapshot: clean, rules: rules)).status == .na)
    }

    @Test func headingsAreJudgedOnEveryPage() {
        let result = run("body.h1", [
            ("", "<html><body><h1>Accueil</h1><h2>Services</h2></body></html>"),
            ("b.html", "<html><body><h1>B</h1><h1>Encore</h1></body></html>"),
        ])
        #expect(result.status == .warn)
        #expect(AuditGrid.build(.home, results: [result]).row(.body).strengths.map(\.checkId) == ["body.h1"])
        #expect(AuditGrid.build(.site, results: [result]).row(.body).weaknesses.map(\.checkId) == ["body.h1"])
        #expect(result.evidence.first?.url == Self.base + "b.html")
    }

    @Test func microdataReviewsAndCallbackLinks() {
        let reviews = #"<html><body><main><h1>A</h1><div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Léa</span></div></main></body></html>"#
        #expect(run("body.testimonials", [("", reviews)]).status == .pass)
        let callback = #"<html><body><main><h1>A</h1><a href="/rappel">Être rappelé gratuitement</a></main></body></html>"#
        #expect(run("body.chat", [("", callback)]).status == .pass)
    }
}
