import Testing
import VigieCore
@testable import VigieHTML

@Suite struct LinkTests {
    @Test func resolutionAgainstThePage() throws {
        let html = """
        <a href="contact.html">1</a><a href="../tarifs/">2</a><a href="/a b.pdf">3</a><a href="//cdn.example.com/x">4</a>
        <a href="?page=2">5</a><a href="#haut">6</a><a href=" https://Autre.fr/Chemin ">7</a><a href="">8</a>
        <a href="./a/./b/../c">9</a><a href="mailto:contact@dupont.fr">10</a><a href="tel:+33102030405">11</a>
        <a href="javascript:void(0)">12</a><a name="ancre">13</a><area href="/zone" alt="Zone">
        """
        let facts = Support.parse(html, url: "https://www.example.fr/dir/page.html?x=1#top")
        let urls = facts.links.map(\.url)
        #expect(urls == [
            "https://www.example.fr/dir/contact.html", "https://www.example.fr/tarifs/", "https://www.example.fr/a%20b.pdf",
            "https://cdn.example.com/x", "https://www.example.fr/dir/page.html?page=2", "https://www.example.fr/dir/page.html?x=1#haut",
            "https://Autre.fr/Chemin", "https://www.example.fr/dir/page.html?x=1", "https://www.example.fr/dir/a/c",
            "mailto:contact@dupont.fr", "tel:+33102030405", nil, "https://www.example.fr/zone",
        ])
        #expect(facts.links[11].href == "javascript:void(0)")
        #expect(facts.links.last?.label == "Zone")
    }

    @Test func baseHref() {
        let html = #"<head><link rel="stylesheet" href="s.css"><base href="https://static.example.fr/site/"></head><body><a href="p.html">p</a><img src="i.png"></body>"#
        let facts = Support.parse(html, url: "https://www.example.fr/x/y")
        #expect(facts.baseHref == "https://static.example.fr/site/")
        #expect(facts.links.first?.url == "https://static.example.fr/site/p.html")
        #expect(facts.images.first?.src == "https://static.example.fr/site/i.png")
        #expect(facts.stylesheets.first?.href == "https://static.example.fr/site/s.css")
    }

    @Test func relativeBaseHref() {
        let facts = Support.parse(#"<base href="/fr/"><a href="contact">c</a>"#, url: "https://www.example.fr/x/y")
        #expect(facts.baseHref == "https://www.example.fr/fr/")
        #expect(facts.links.first?.url == "https://www.example.fr/fr/contact")
    }

    @Test func labels() {
        let html = """
        <a href="/a">  Nos   <b>services</b>
        </a><a href="/b" aria-label="Facebook"><i class="icon-fb"></i></a><a href="/c" title="Panier"></a>
        <a href="/" class="logo"><img src="/logo.png" alt="Dupont &amp; fils"></a><a href="/d" aria-label="Ignoré">Texte</a>
        <a href="/e"><svg><title>Instagram</title><path d=""/></svg></a>
        """
        let facts = Support.parse(html)
        #expect(facts.links.map(\.label) == ["Nos services", "Facebook", "Panier", "Dupont & fils", "Texte", "Instagram"])
        #expect(facts.links[3].hasImage)
        #expect(facts.links[5].hasImage)
        #expect(!facts.links[0].hasImage)
        #expect(facts.links[3].classes == ["logo"])
        #expect(facts.images.first?.linksHome == true)
        #expect(facts.media.first?.tag == "svg")
        #expect(facts.media.first?.textAlternative == "Instagram")
    }

    @Test func relRoleAndOrder() {
        let facts = Support.parse(#"<p><a href="https://x.fr" rel="noopener Nofollow" role="button" class="btn btn-primary">Devis</a></p>"#)
        let link = facts.links.first
        #expect(link?.rel == ["noopener", "nofollow"])
        #expect(link?.role == "button")
        #expect(link?.classes == ["btn", "btn-primary"])
        #expect(link?.path == "p a")
        #expect((link?.order ?? 0) > 0)
        #expect(facts.buttons.first?.label == "Devis")
        #expect(facts.buttons.first?.tag == "a")
    }

    @Test func linkCap() {
        let html = String(repeating: "<a href=\"/x\">x</a>", count: ParseLimits.links + 7)
        let facts = Support.parse(html)
        #expect(facts.links.count == ParseLimits.links)
        #expect(facts.omittedLinks == 7)
    }

    @Test func resolverEdgeCases() throws {
        let resolver = try #require(URLResolver(base: "http://Example.fr"))
        #expect(resolver.resolve("a") == "http://Example.fr/a")
        #expect(resolver.resolve("../../a") == "http://Example.fr/a")
        #expect(resolver.resolve("?q") == "http://Example.fr/?q")
        #expect(resolver.resolve("HTTPS://b.fr") == "https://b.fr/")
        #expect(resolver.resolve("\n/ligne\tcoupée ") == "http://Example.fr/lignecoupée")
        #expect(resolver.resolve("/") == "http://Example.fr/")
        #expect(resolver.resolve("/a/../b") == "http://Example.fr/b")
        #expect(resolver.resolve("//cdn.fr") == "http://cdn.fr/")
        #expect(resolver.resolve("https://x.fr") == "https://x.fr/")
        #expect(resolver.resolve("https://x.fr?q=1") == "https://x.fr/?q=1")
        #expect(resolver.resolve("https://x.fr/a/./b?c=/.d") == "https://x.fr/a/b?c=/.d")
        #expect(resolver.resolve("http://x.fr/a#f") == "http://x.fr/a#f")
        #expect(resolver.isHome("https://www.example.fr/"))
        #expect(resolver.isHome("http://example.fr/index.php"))
        #expect(!resolver.isHome("http://example.fr/contact"))
        #expect(resolver.isHome("HTTPS://WWW.Example.FR/Accueil?utm=1#haut"), "any case, query and fragment ignored")
        #expect(resolver.isHome("https://example.fr"))
        #expect(!resolver.isHome("https://example.fr.evil.com/"))
        #expect(!resolver.isHome("https://www.www.example.fr/"))
        #expect(!resolver.isHome("https://example.fr:8080/"), "another port is another site")
        #expect(!resolver.isHome("ftp://example.fr/"))
        #expect(!resolver.isHome("https://example.fr/fr/produits"))
        #expect(URLResolver(base: "pas une url") == nil)
    }
}
