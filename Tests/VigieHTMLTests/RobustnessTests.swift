import Foundation
import Testing
import VigieCore
@testable import VigieHTML

@Suite struct RobustnessTests {
    @Test func tenThousandLevelsOfNesting() {
        let html = String(repeating: "<div>", count: 10_000) + "profond" + String(repeating: "</div>", count: 10_000) + "<p>après</p>"
        let facts = Support.parse(html)
        #expect(facts.elementCount > 500)
        #expect(facts.elementCount < 10_100)
    }

    @Test func unclosedInlineTagsNestDeeply() {
        let html = String(repeating: "<b><i><font>", count: 3_000) + "texte"
        let facts = Support.parse(html)
        #expect(facts.elementCount > 0)
    }

    @Test func hugePageParses() {
        let row = "<tr><td class=\"cell\">Cellule de données numéro 12345</td><td><a href=\"/produit?id=1\">Voir le produit</a></td></tr>\n"
        let html = "<html><body><table>" + String(repeating: row, count: 40_000) + "</table><footer>Fin</footer></body></html>"
        #expect(html.utf8.count > 4_000_000)
        let facts = Support.parse(html)
        #expect(facts.links.count == ParseLimits.links)
        #expect(facts.omittedLinks == 40_000 - ParseLimits.links)
        #expect(facts.textTruncated)
        let kept = facts.textBlocks.reduce(0) { $0 + $1.text.utf8.count }
        #expect(kept <= ParseLimits.pageText)
        #expect(facts.htmlBytes == html.utf8.count)
    }

    @Test func messyRealWorldMarkup() {
        let html = """
        <HTML><HEAD><TITLE>Garage Martin</TITLE><META NAME="Description" CONTENT="Garage à Niort">
        <BODY BGCOLOR=white><CENTER><TABLE WIDTH=780 BORDER=0><TR><TD ID=entete><IMG SRC=logo.gif ALT="Garage Martin"></TD>
        <TR><TD><P>Réparation toutes marques<P>Ouvert du lundi au samedi<BR>8h-19h
        <FORM ACTION=contact.php METHOD=post><INPUT NAME=nom><INPUT TYPE=submit VALUE=Envoyer>
        <TR><TD ID=pied>Garage Martin - SIRET 123 456 789 00010 - <A HREF=mentions.htm>Mentions légales</A>
        </TABLE></CENTER>
        """
        let facts = Support.parse(html, url: "http://garage-martin.fr/")
        #expect(facts.title == "Garage Martin")
        #expect(facts.meta(named: "description") == "Garage à Niort")
        #expect(facts.zoneFact(.header)?.selector == "td#entete")
        #expect(facts.zoneFact(.footer)?.selector == "td#pied")
        #expect(facts.textBlocks.contains { $0.text == "Ouvert du lundi au samedi\n8h-19h" })
        #expect(facts.forms.first?.action == "http://garage-martin.fr/contact.php")
        #expect(facts.forms.first?.submits.first?.label == "Envoyer")
        #expect(facts.links.first { $0.label == "Mentions légales" }?.zone == .footer)
        #expect(facts.tableWidths == ["780"])
    }

    @Test func concurrentParsesGiveTheSameFacts() async {
        let html = Benchmark.page
        let expected = Support.parse(html)
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { Support.parse(html) == expected }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test func binaryGarbageDoesNotCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<4_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = Support.parse(bytes: bytes, contentType: nil)
        }
        _ = Support.parse(bytes: [0, 0, 0, 0x3C, 0x70, 0x3E, 0], contentType: nil)
    }
}

/// A realistic 47 KB home page and a speed measure (printed, never asserted).
enum Benchmark {
    static let page: String = {
        var html = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Dupont Rénovation – Artisan à Lyon</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Rénovation à Lyon">
        <link rel="stylesheet" href="/wp-content/themes/x/style.css?ver=6.4"><link rel="icon" href="/favicon.ico">
        <script async src="https://www.googletagmanager.com/gtag/js?id=G-XYZ"></script>
        <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Dupont"}</script>
        </head><body class="home page-template-default"><div id="page" class="site">
        <header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/logo.png" alt="Dupont Rénovation" width="200" height="60"></a></div>
        <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
        """
        for item in ["Accueil", "Rénovation", "Salle de bain", "Cuisine", "Réalisations", "Blog", "Contact"] {
            html += "<li class=\"menu-item menu-item-type-post_type\"><a href=\"/\(item.lowercased())/\">\(item)</a></li>"
        }
        html += "</ul></nav><a class=\"btn btn-cta\" href=\"tel:+33478000000\">04 78 00 00 00</a></header><main id=\"main\" class=\"site-main\">"
        var section = 0
        while html.utf8.count < 40_000 {
            section += 1
            html += """
            <section class="wp-block-group section-\(section)"><div class="wp-block-group__inner-container">
            <h2 class="wp-block-heading">Nos prestations de rénovation n°\(section)</h2>
            <p>Depuis 1998, l&rsquo;entreprise <strong>Dupont Rénovation</strong> accompagne les particuliers de la métropole
            lyonnaise dans leurs projets de <a href="/renovation/">rénovation intérieure</a>, de salle de bain et de cuisine.
            Devis gratuit sous 48&nbsp;h, travaux garantis.</p>
            <div class="wp-block-columns"><div class="wp-block-column"><figure class="wp-block-image"><img src="/wp-content/uploads/2024/0\(section % 9)/chantier.jpg"
            srcset="/a-300.jpg 300w, /a-768.jpg 768w" sizes="(max-width: 768px) 100vw, 768px" alt="Chantier \(section)" loading="lazy"></figure></div>
            <div class="wp-block-column"><ul><li>Plomberie</li><li>Carrelage</li><li>Peinture <em>écologique</em></li></ul>
            <blockquote class="testimonial"><p>Travail soigné, équipe à l'écoute.</p><cite>Mme R.</cite></blockquote>
            <a class="wp-block-button__link" href="/contact/?ref=\(section)">Demander un devis</a></div></div></div></section>

            """
        }
        html += """
        <form action="/contact/" method="post" class="wpcf7-form"><p><label>Votre nom<input type="text" name="your-name"></label></p>
        <p><label for="m">Email</label><input id="m" type="email" name="your-email"></p><p><button type="submit">Envoyer</button></p></form>
        </main><footer id="colophon" class="site-footer"><div class="site-info"><p>© 2024 Dupont Rénovation SARL – SIRET 123 456 789 00012</p>
        <a href="/mentions-legales/">Mentions légales</a> | <a href="/politique-de-confidentialite/">Confidentialité</a> | <a href="/plan-du-site/">Plan du site</a>
        </div></footer></div><script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></body></html>
        """
        while html.utf8.count < 47_000 { html += "<!-- cache: page generated by WP Super Cache -->\n" }
        return html
    }()
}

@Suite struct BenchmarkTests {
    @Test func parseSpeed() {
        let bytes = Array(Benchmark.page.utf8)
        let parser = Support.parser
        let rounds = 200
        let start = ContinuousClock.now
        var links = 0
        for _ in 0..<rounds {
            links &+= parser.parse(bytes, url: "https://www.dupont-renovation.fr/", contentType: "text/html; charset=UTF-8").links.count
        }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        print("VigieHTML benchmark: \(rounds) pages of \(bytes.count) bytes in \(String(format: "%.3f", seconds)) s = \(Int(Double(rounds) / seconds)) pages/s (\(links / rounds) links per page)")
        #expect(links / rounds > 50)
    }
}
