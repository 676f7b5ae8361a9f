import VigieCore

/// Small example sites shared by the legal checks' examples.
enum LegalExamples {

    /// A complete legal notice, with a label and value split over inline tags and line breaks.
    static let fullNotice = #"""
        <h1>Mentions légales</h1><h2>Éditeur</h2>
        <p>Le site est édité par <strong>Boulangerie Martin</strong> SARL au capital de 10&nbsp;000 €</p>
        <p>12 rue des Lilas<br>69003 Lyon</p>
        <p>Téléphone : <a href="tel:+33478000000">04 78 00 00 00</a> — contact@martin.fr</p>
        <p>RCS Lyon 732 829 320 — TVA intracommunautaire : FR44 732829320</p>
        <p><strong>Directrice de la publication</strong> :
        Anne Martin</p>
        <h2>Hébergement</h2>
        <p>OVH SAS, 2 rue Kellermann, 59100 Roubaix, +33 9 72 10 10 07</p>
        """#

    /// A two-page site: a home page whose footer links the notice, and the notice itself.
    /// A site of a home page, a legal notice and, when given, CGV and privacy pages; the footer (unless
    /// given) links every page present.
    static func site(_ notice: String, home: String = "<p>Bienvenue</p>", cgv: String? = nil, privacy: String? = nil, footer: String? = nil,
                     lang: String = "fr") -> [CheckExample.Page] {
        var links = [#"<a href="/mentions-legales">Mentions légales</a>"#]
        if cgv != nil { links.append(#"<a href="/cgv">CGV</a>"#) }
        if privacy != nil { links.append(#"<a href="/confidentialite">Confidentialité</a>"#) }
        let footer = footer ?? "<footer>" + links.joined(separator: " · ") + "</footer>"
        func page(_ path: String, _ main: String) -> CheckExample.Page {
            CheckExample.Page(path, "<html lang=\"\(lang)\"><body><main>\(main)</main>\(footer)</body></html>")
        }
        var pages = [page("/", home), page("/mentions-legales", notice)]
        if let cgv { pages.append(page("/cgv", cgv)) }
        if let privacy { pages.append(page("/confidentialite", privacy)) }
        return pages
    }

    static let full = site(fullNotice)
    /// A product card with a cart button: the mark of a seller.
    static let cart = #"<div class="product"><h2>Pain de campagne</h2><p>4,50 € TTC</p><button>Ajouter au panier</button></div>"#
    static let empty = site("<h1>Mentions légales</h1><p>Site en construction.</p>")
}
