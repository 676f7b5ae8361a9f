import Testing
import VigieCore
@testable import VigieHTML

@Suite struct ZoneTests {
    @Test func landmarks() {
        let html = """
        <body><header><a href="/">Logo</a><nav><a href="/services">Services</a></nav></header>
        <main><article><header><h2>Article</h2></header><p>Texte</p><footer>Publié le 3 mai</footer></article>
        <aside><a href="/promo">Promo</a></aside></main>
        <footer><p>© Dupont</p><a href="/mentions-legales">Mentions légales</a></footer></body>
        """
        let facts = Support.parse(html)
        #expect(facts.zoneFact(.header)?.method == .landmark)
        #expect(facts.zoneFact(.header)?.selector == "header")
        #expect(facts.zones.filter { $0.zone == .header }.count == 1)
        #expect(facts.zones.filter { $0.zone == .footer }.count == 1)
        #expect(facts.zoneFact(.nav)?.method == .landmark)
        #expect(facts.zoneFact(.main)?.method == .landmark)
        #expect(facts.zoneFact(.aside)?.method == .landmark)
        // A nav inside the header belongs to the header; its path says nav.
        let services = facts.links.first { $0.label == "Services" }
        #expect(services?.zone == .header)
        #expect(services?.path == "header nav a")
        #expect(facts.links.first { $0.label == "Promo" }?.zone == .aside)
        #expect(facts.links.first { $0.label == "Mentions légales" }?.zone == .footer)
        #expect(facts.textBlocks.first { $0.text == "Publié le 3 mai" }?.zone == .main)
        #expect(facts.headings.first?.zone == .main)
        #expect(facts.zoneFact(.footer)?.textExcerpt == "© Dupont Mentions légales")
    }

    @Test func ariaRoles() {
        let html = """
        <div role="banner"><a href="/">Accueil</a></div><div role="navigation"><a href="/a">A</a></div>
        <div role="main"><p>Contenu</p></div><div role="contentinfo"><p>Pied</p></div>
        """
        let facts = Support.parse(html)
        #expect(facts.zoneFact(.header)?.method == .aria)
        #expect(facts.zoneFact(.header)?.selector == "div[role=banner]")
        #expect(facts.zoneFact(.footer)?.method == .aria)
        #expect(facts.links.first { $0.label == "A" }?.zone == .nav)
        #expect(facts.textBlocks.first { $0.text == "Pied" }?.zone == .footer)
    }

    @Test func idsAndClassesInALayoutTable() {
        let html = """
        <body><table width="900"><tr><td id="entete"><img src="logo.gif" alt="Dupont"> Plomberie Dupont</td></tr>
        <tr><td id="menu"><a href="a.html">Accueil</a> | <a href="b.html">Tarifs</a></td></tr>
        <tr><td id="contenu"><p>Bienvenue</p></td></tr>
        <tr><td id="pied">SARL Dupont - <a href="mentions.html">Mentions légales</a></td></tr></table></body>
        """
        let facts = Support.parse(html, url: "http://dupont.fr/index.html")
        #expect(facts.zoneFact(.header)?.method == .idClass)
        #expect(facts.zoneFact(.header)?.selector == "td#entete")
        #expect(facts.zoneFact(.footer)?.selector == "td#pied")
        #expect(facts.zoneFact(.main)?.selector == "td#contenu")
        #expect(facts.zoneFact(.nav)?.selector == "td#menu")
        #expect(facts.links.first { $0.label == "Mentions légales" }?.zone == .footer)
        #expect(facts.links.first { $0.label == "Mentions légales" }?.url == "http://dupont.fr/mentions.html")
        #expect(facts.links.first { $0.label == "Tarifs" }?.zone == .nav)
        #expect(facts.images.first?.zone == .header)
        #expect(facts.textBlocks.first { $0.text == "Bienvenue" }?.zone == .main)
    }

    @Test func classTokens() {
        let html = """
        <div class="site-footer wrap"><p>Bas</p></div><div class="container"><div class="entry-content"><p>x</p></div></div>
        <div class="back-to-top"><a href="#top">Haut</a></div><div class="top-0 sticky"></div>
        """
        let facts = Support.parse(html)
        #expect(facts.zoneFact(.footer)?.selector == "div.site-footer")
        #expect(facts.zoneFact(.main)?.selector == "div.entry-content")
        #expect(facts.zoneFact(.header) == nil)
    }

    @Test func headerCandidateInsideArticleIsNotThePageHeader() {
        let html = #"<div id="page"><article><div class="entry-header"><h1>Titre</h1></div></article><div class="entete">Site</div></div>"#
        let facts = Support.parse(html)
        #expect(facts.zoneFact(.header)?.selector == "div.entete")
    }

    @Test func positionAsLastResort() {
        let html = """
        <body><div class="wrapper"><div class="a"><img src="/logo.png" alt="Dupont"><a href="/">Accueil</a></div>
        <div class="b"><h1>Bienvenue</h1><p>Texte</p></div><div class="c"><p>Autre</p></div>
        <div class="d"><p>© 2024 Dupont</p></div></div><script>x()</script></body>
        """
        let facts = Support.parse(html)
        #expect(facts.zoneFact(.header)?.method == .position)
        #expect(facts.zoneFact(.header)?.selector == "div > div:first-child")
        #expect(facts.zoneFact(.footer)?.method == .position)
        #expect(facts.textBlocks.first { $0.text == "© 2024 Dupont" }?.zone == .footer)
        #expect(facts.links.first?.zone == .header)
        #expect(facts.textBlocks.first { $0.text == "Texte" }?.zone == .body)
    }

    @Test func matcherRules() {
        let matcher = Support.matcher
        #expect(matcher.zone(of: "entete") == .header)
        #expect(matcher.zone(of: "en-tete") == .header)
        #expect(matcher.zone(of: "site_header") == .header)
        #expect(matcher.zone(of: "pied-de-page") == .footer)
        #expect(matcher.zone(of: "bloc-pied-de-page") == .footer)
        #expect(matcher.zone(of: "main-menu") == .nav)
        #expect(matcher.zone(of: "Footer") == .footer)
        #expect(matcher.zone(of: "top") == .header)
        #expect(matcher.zone(of: "back-to-top") == nil)
        #expect(matcher.zone(of: "margin-bottom") == nil)
        #expect(matcher.zone(of: "footer-2") == nil)
        #expect(matcher.zone(of: "md:footer") == nil)
    }
}

extension Support {
    static let matcher: ZoneMatcher = {
        let text = EmbeddedRules.packs[ZoneWords.packName] ?? ""
        let rules = try? RuleSet(sources: [ZoneWords.packName: text], types: [ZoneWords.self])
        return ZoneMatcher(rules?.pack(ZoneWords.self) ?? ZoneWords(header: [], nav: [], main: [], footer: [], aside: []))
    }()
}

@Suite struct PositionZoneTests {
    @Test func bareContentHasNoZoneByPosition() {
        let facts = Support.parse("<body><h1>Titre</h1><p>Un</p><p>Deux</p><p>Trois</p></body>")
        #expect(facts.zones.isEmpty)
        #expect(facts.textBlocks.allSatisfy { $0.zone == .body })
    }

    @Test func layoutTableRowsByPosition() {
        let html = """
        <body><table><tr><td><a href="/"><img src="logo.gif" alt="Logo"></a></td></tr><tr><td><p>Contenu</p></td></tr>
        <tr><td><p>Suite</p></td></tr><tr><td>Copyright 2010</td></tr></table></body>
        """
        let facts = Support.parse(html)
        #expect(facts.zoneFact(.header)?.selector == "table > tr:first-child")
        #expect(facts.zoneFact(.footer)?.selector == "table > tr:last-child")
        #expect(facts.textBlocks.first { $0.text == "Copyright 2010" }?.zone == .footer)
        #expect(facts.links.first?.zone == .header)
    }
}
