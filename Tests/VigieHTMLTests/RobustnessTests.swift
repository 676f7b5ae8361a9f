@preconcurrency import CLibXML2
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
    /// Prints pages per second for HTMLParser and for the floor it is measured against (libxml2's
    /// `htmlReadMemory` plus an `<a href>` count, nothing else), on the same 47 KB page, in the same run.
    @Test func parseSpeed() {
        let bytes = Array(Benchmark.page.utf8)
        let parser = Support.parser
        let rounds = 200
        let url = "https://www.dupont-renovation.fr/"
        _ = parser.parse(bytes, url: url, contentType: "text/html; charset=UTF-8")
        // Alternate batches of both so that the load of the machine weighs on both alike.
        var links = 0
        var floorLinks = 0
        var seconds = 0.0
        var floorSeconds = 0.0
        for _ in 0..<(rounds / 10) {
            let start = ContinuousClock.now
            for _ in 0..<10 { links &+= parser.parse(bytes, url: url, contentType: "text/html; charset=UTF-8").links.count }
            let middle = ContinuousClock.now
            for _ in 0..<10 { floorLinks &+= LibXML2Floor.countLinks(bytes) }
            seconds += (middle - start) / .seconds(1)
            floorSeconds += (ContinuousClock.now - middle) / .seconds(1)
        }
        let speed = Double(rounds) / seconds
        let floor = Double(rounds) / floorSeconds
        print("VigieHTML benchmark: \(bytes.count) bytes/page, HTMLParser \(Int(speed)) pages/s, libxml2 floor \(Int(floor)) pages/s, ratio \(Int(100 * speed / floor)) %")
        #expect(links / rounds > 50)
        #expect(floorLinks == links)
    }
}

/// The speed floor: libxml2 parses the page, a walk counts `<a href>`, the document is freed.
enum LibXML2Floor {
    static func countLinks(_ bytes: [UInt8]) -> Int {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "https://www.dupont-renovation.fr/", "UTF-8", options)
            }
        }
        guard let document else { return 0 }
        defer { xmlFreeDoc(document) }
        var count = 0
        var node = xmlDocGetRootElement(document)
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, strcmp(current.pointee.name, "a") == 0, let href = xmlGetProp(current, "href") {
                count += 1
                xmlFree(href)
            }
            if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children {
                node = child
                continue
            }
            var climb: UnsafeMutablePointer<xmlNode>? = current
            node = nil
            while let c = climb {
                if let next = c.pointee.next { node = next; break }
                climb = c.pointee.parent
                if climb?.pointee.type != XML_ELEMENT_NODE { climb = nil }
            }
        }
        return count
    }
}

@Suite struct RealisticPageTests {
    @Test func wordPressShapedHomePage() throws {
        let facts = Support.parse(Benchmark.page, url: "https://www.dupont-renovation.fr/")
        #expect(facts.title == "Dupont Rénovation – Artisan à Lyon")
        #expect(facts.lang == "fr")
        #expect(facts.zones.map(\.zone) == [.header, .nav, .main, .footer])
        #expect(facts.zoneFact(.header)?.selector == "header#masthead")
        #expect(facts.zoneFact(.nav)?.selector == "nav#site-navigation")
        let logo = try #require(facts.links.first)
        #expect(logo.hasImage && logo.label == "Dupont Rénovation" && logo.zone == .header)
        #expect(facts.images.first?.linksHome == true)
        #expect(facts.links.first { $0.href.hasPrefix("tel:") }?.classes == ["btn", "btn-cta"])
        #expect(facts.links.filter { $0.zone == .footer }.map(\.label) == ["Mentions légales", "Confidentialité", "Plan du site"])
        #expect(facts.scripts.map(\.src) == [
            "https://www.googletagmanager.com/gtag/js?id=G-XYZ", nil, nil,
            "https://www.dupont-renovation.fr/wp-includes/js/jquery/jquery.min.js?ver=3.7.1",
        ])
        #expect(facts.schemaTypes == ["LocalBusiness"])
        #expect(facts.forms.first?.fields.map(\.label) == ["Votre nom", "Email"])
        #expect(facts.forms.first?.submits.map(\.label) == ["Envoyer"])
        #expect(facts.headings.allSatisfy { $0.level == 2 && $0.zone == .main })
        #expect(facts.textBlocks.contains { $0.text.hasPrefix("Depuis 1998, l’entreprise Dupont Rénovation accompagne") && $0.zone == .main })
        #expect(facts.text(in: .footer).contains("SIRET 123 456 789 00012"))
        #expect(facts.blockquotes.first == "Travail soigné, équipe à l'écoute. Mme R.")
        #expect(!facts.textTruncated && facts.omittedLinks == 0)
    }
}
