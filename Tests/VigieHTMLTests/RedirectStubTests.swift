import Testing
import VigieCore
@testable import VigieHTML

/// Redirect stubs told from content pages by real libxml2 parses of stubs as sites write them.
@Suite struct RedirectStubTests {
    @Test("A short refresh with a URL makes a stub, its target resolved against the page (or its <base>)", arguments: [
        (#"<meta http-equiv="refresh" content="0; url=/nouvelle/">"#, "https://www.example.fr/nouvelle/"),
        (#"<META HTTP-EQUIV="Refresh" CONTENT="0; URL=ville/bordeaux/index.html">"#, "https://www.example.fr/dossier/ville/bordeaux/index.html"),
        (#"<meta http-equiv="refresh" content="3;URL='https://autre.fr/x'">"#, "https://autre.fr/x"),
        (#"<meta http-equiv="refresh" content="0;url=&quot;a.html&quot;">"#, "https://www.example.fr/dossier/a.html"),
        (#"<base href="https://www.example.fr/fr/"><meta http-equiv="refresh" content="0; url=accueil.html">"#, "https://www.example.fr/fr/accueil.html"),
    ])
    func refreshStubs(head: String, target: String) {
        let facts = Support.parse("<html><head>\(head)<title>Page has moved</title></head><body></body></html>", url: "https://www.example.fr/dossier/page.html")
        #expect(facts.redirectTarget == target)
    }

    @Test("A late refresh, a refresh without URL or to the page itself, and a page that compares location are content pages", arguments: [
        #"<head><meta http-equiv="refresh" content="300"></head><body><p>Actualités</p></body>"#,
        #"<head><meta http-equiv="refresh" content="30; url=/ailleurs/"></head><body><p>Texte</p></body>"#,
        #"<head><meta http-equiv="refresh" content="0; url=page.html#haut"></head><body></body>"#,
        #"<head><script>if (location.href == "x") { track(); }</script></head><body><a href="/a">a</a></body>"#,
        #"<head><script>window.location.replace("/b");</script></head><body><p>Une vraie page avec du texte : nous réparons les chaudières et les pompes à chaleur à Lyon, Villeurbanne et Vénissieux depuis 1998, sept jours sur sept, avec un devis gratuit et sans engagement pour chaque intervention.</p></body>"#,
    ])
    func contentPages(html: String) {
        let facts = Support.parse("<html>\(html)</html>", url: "https://www.example.fr/dossier/page.html")
        #expect(facts.redirectTarget == nil)
    }

    @Test func aScriptStubLeadsToItsCanonical() {
        let html = #"<html><head><link rel="canonical" href="/nouvelle/"><script>window.location.replace("/nouvelle/");</script></head><body><p>Redirection…</p></body></html>"#
        #expect(Support.parse(html).redirectTarget == "https://www.example.fr/nouvelle/")
    }
}
