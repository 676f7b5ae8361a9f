import Testing
import VigieCore
import VigieHTML
@testable import VigieCheckKit
@testable import VigieChecks

/// The call-to-action detector on real pages parsed with libxml2.
@Suite struct CTADetectorTests {
    static let rules: Result<RuleSet, any Error> = Result { try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes) }

    func detector() throws -> CTADetector { CTADetector(words: try Self.rules.get().pack(CTAWords.self)) }

    func page(_ html: String) throws -> PageFacts {
        let parser = HTMLParser(zoneWords: try Self.rules.get().pack(ZoneWords.self))
        return parser.parse(Array(html.utf8), url: "https://www.example.fr/", contentType: "text/html; charset=utf-8")
    }

    @Test func actionsAreAccentAndApostropheInsensitive() throws {
        let d = try detector()
        #expect(d.action(in: "S'inscrire") == "s inscrire")
        #expect(d.action(in: "S’inscrire") == "s inscrire")
        #expect(d.action(in: "Être rappelé") == "etre rappele")
        #expect(d.action(in: "ETRE RAPPELE") == "etre rappele")
        #expect(d.action(in: "Demander un devis gratuit") == "demander un devis")
        #expect(d.action(in: "Réservez votre table") == "reservez")
        #expect(d.action(in: "Get a quote →") == "get a quote")
        #expect(d.action(in: "Contact") == nil)
        #expect(d.action(in: "Facebook") == nil)
        #expect(d.action(in: "Nos réalisations") == nil)
    }

    @Test func longLabelsMustStartWithTheAction() throws {
        let d = try detector()
        #expect(d.action(in: "Vous pouvez aussi, si vous le souhaitez, nous contacter par courrier") == nil)
        #expect(d.action(in: "Nous contacter par courrier ou par téléphone du lundi au vendredi") == "nous contacter")
        #expect(d.action(in: "Votre devis gratuit") == "devis gratuit")
    }

    @Test func vagueLabels() throws {
        let d = try detector()
        #expect(d.isVague("Cliquez ici"))
        #expect(d.isVague("En savoir plus…"))
        #expect(d.isVague("  Read more » "))
        #expect(d.isVague("Lire la suite"))
        #expect(!d.isVague("En savoir plus sur nos tarifs"))
        #expect(!d.isVague(""))
    }

    @Test func buttonBeatsNavLinkToContact() throws {
        let facts = try page("""
            <html><body><header><nav><ul><li><a href="/contact">Contact</a></li><li><a href="/contact">Contactez-nous</a></li></ul></nav></header>
            <main><h1>Dupont</h1><button class="btn">Demander un devis</button></main>
            <footer><a href="/contact">Nous contacter</a></footer></body></html>
            """)
        let ctas = try detector().callsToAction(in: facts)
        #expect(ctas.map(\.label) == ["Demander un devis"])
        #expect(ctas.first?.kind == .button)
        #expect(ctas.first?.isPrimary == true)
        #expect(ctas.first?.early == true)
    }

    @Test func kindsAndZones() throws {
        let facts = try page("""
            <html><body><header><a class="cta-header" href="/devis">Devis gratuit</a></header>
            <main><h1>X</h1><p><a href="tel:+33100000000">Appelez-nous</a></p><p><a href="mailto:a@b.fr">Écrivez-nous</a></p>
            <form action="/inscription"><label>E-mail <input type="email" name="e"></label><button>S’inscrire</button></form>
            <form action="/recherche"><input type="search" name="q" aria-label="Recherche"><button>Rechercher</button></form></main></body></html>
            """)
        let ctas = try detector().callsToAction(in: facts)
        #expect(ctas.map(\.kind) == [.styledLink, .phone, .email, .submit])
        #expect(ctas[0].zone == .header)
        #expect(ctas[3].target == "https://www.example.fr/inscription")
        #expect(ctas.allSatisfy { $0.isClear })
    }

    @Test func pointsToContact() throws {
        let facts = try page(#"<html><body><a href="/nous-contacter/">Écrire</a><a href="/a-propos">À propos</a><a href="/x">Contact</a></body></html>"#)
        let d = try detector()
        #expect(facts.links.map { d.pointsToContact($0) } == [true, false, true])
    }
}
