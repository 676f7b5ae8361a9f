import Foundation
import VigieCheckKit
import VigieCore

/// `header.logo`: the home page's header shows a logo (image, svg or text brand) that links to the home page.
enum HeaderLogoCheck {
    static let meta = CheckMeta(
        id: "header.logo", module: .structure,
        title: Localized(fr: "Logo dans l'en-tête, lien vers l'accueil", en: "Logo in the header, linking home"),
        passTitle: Localized(fr: "Logo dans l'en-tête, lien vers l'accueil", en: "Logo in the header, linking home"),
        failTitle: Localized(fr: "Pas de logo cliquable dans l'en-tête", en: "No clickable logo in the header"),
        explanation: Localized(
            fr: "Le logo, en haut de page, dit d'emblée chez qui l'on est ; cliquer dessus ramène à l'accueil, un réflexe de la plupart des internautes.",
            en: "The logo at the top tells at once whose site this is; clicking it takes visitors back home, which most of them expect."),
        remedy: Localized(
            fr: "Placer le logo dans l'en-tête, dans un lien vers la page d'accueil, avec un texte alternatif (nom de l'entreprise).",
            en: "Put the logo in the header, inside a link to the home page, with a text alternative (the company name)."),
        reference: "Opquast (bonnes pratiques qualité web) ; NN/g « Logo placement » ; WCAG 2.2 SC 1.1.1", severity: .warning, section: .header, gridZone: .header)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("image logo in <header> linking home", expect: .pass, html: #"<html><body><header><a href="/"><img src="/logo.png" alt="Dupont Plomberie"></a><nav><a href="/a">A</a></nav></header><main><h1>Plombier</h1></main></body></html>"#),
            CheckExample("svg logo with aria-label", expect: .pass, html: #"<html><body><header><a href="/" class="brand"><svg aria-label="Atelier Lune" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg></a></header><main><h1>Céramique</h1></main></body></html>"#),
            CheckExample("table layout with id=entete", expect: .pass, html: #"<html><body><table><tr><td id="entete"><a href="index.html"><img src="logo.gif" alt="Garage Martin"></a></td></tr><tr><td id="contenu"><h1>Garage</h1><p>Entretien et réparation.</p></td></tr><tr><td id="pied">© Garage Martin</td></tr></table></body></html>"#),
            CheckExample("WordPress text site title", expect: .pass, html: #"<html><body><header id="masthead"><p class="site-title"><a href="https://www.example.fr/" rel="home">Dupont Plomberie</a></p><nav><a href="/a">Services</a></nav></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("logo that does not link home", expect: .warn, html: #"<html><body><header><img src="/img/logo.png" alt="Dupont" class="logo"><nav><a href="/a">A</a></nav></header><main><h1>Plombier</h1></main></body></html>"#),
            CheckExample("home page not readable", expect: .unknown, pages: [.init("/", "Erreur interne", status: 500)]),
            CheckExample("no logo", expect: .fail, html: #"<html><body><header><nav><a href="/a">Services</a> <a href="/b">Contact</a></nav></header><main><h1>Plombier</h1></main></body></html>"#),
        ],
        run: run)

    private static let homeWords: Set<String> = ["accueil", "home", "retour", "retour a l'accueil", "page d'accueil", "homepage", "retour accueil", "back home"]

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let page = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let homeURL = context.snapshot.homeURL
        let facts = page.facts
        var notes = GridNotes(.header)
        let zone = page.headerSelector
        let images = facts.images.filter { page.inHeader($0.zone, $0.order) }
        let svgs = facts.media.filter { $0.tag == "svg" && page.inHeader($0.zone, $0.order) }

        var found: (excerpt: String, kind: String)?
        if let image = images.first(where: \.linksHome) {
            found = ("<a href=\"/\"><img src=\"\(image.src ?? "")\" alt=\"\(image.alt ?? "(absent)")\">", "image")
        } else if let svg = svgs.first(where: \.linksHome) {
            found = ("<a href=\"/\"><svg aria-label=\"\(svg.textAlternative ?? "(absent)")\">", "svg")
        } else if let link = page.headerLinks.first(where: { $0.hasImage && StructurePage.isHome($0.url, homeURL: homeURL) }) {
            found = ("<a href=\"\(link.href)\"> (image) \(link.label)", "image")
        } else if let link = page.headerLinks.first(where: { isTextBrand($0, homeURL: homeURL) }) {
            found = ("<a href=\"\(link.href)\">\(link.label)</a>", "text")
        }
        if let found {
            notes.both(.strength, found.kind == "text" ? "Nom de marque en haut de page, lien vers l'accueil" : "Logo visible, lien vers l'accueil",
                       found.kind == "text" ? "Brand name at the top, linking to the home page" : "Visible logo, linking to the home page")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Logo dans l'en-tête, avec un lien vers l'accueil.", en: "Logo in the header, linking to the home page."),
                evidence: [Evidence(url: page.url, excerpt: found.excerpt, selector: zone)],
                data: ["logo_kind": .string(found.kind), "zone_method": page.headerMethod]))
        }

        let headerImage: String? = images.first { image in isLogoLike([image.src ?? "", image.alt ?? "", image.id ?? ""] + image.classes) }
            .map { image in "<img src=\"\(image.src ?? "")\">" }
        let headerSVG: String? = svgs.first { svg in isLogoLike([svg.textAlternative ?? "", svg.id ?? ""] + svg.classes) }
            .map { svg in "<svg aria-label=\"\(svg.textAlternative ?? "")\">" }
        let otherImage: String? = facts.images.first { image in image.linksHome || isLogoLike([image.src ?? "", image.id ?? ""] + image.classes) }
            .map { image in "<img src=\"\(image.src ?? "")\"> (hors en-tête)" }
        let logoLike = headerImage ?? headerSVG ?? otherImage
        if let logoLike {
            notes.both(.weakness, "Logo présent mais sans lien vers l'accueil (ou hors de l'en-tête)", "Logo present but not linking home (or outside the header)")
            return notes.apply(to: meta.result(.warn,
                Localized(fr: "Un logo est présent mais il ne renvoie pas vers l'accueil depuis l'en-tête.", en: "A logo is present but does not link to the home page from the header."),
                evidence: [Evidence(url: page.url, excerpt: logoLike, selector: zone)],
                data: ["zone_method": page.headerMethod]))
        }
        notes.both(.weakness, "Pas de logo identifiable en haut de page", "No recognisable logo at the top of the page")
        let noHeader = Localized(fr: "aucun en-tête repéré", en: "no header found")
        return notes.apply(to: meta.result(.fail,
            Localized(fr: "Aucun logo (image, svg ou nom de marque) ne renvoie vers l'accueil depuis l'en-tête.", en: "No logo (image, svg or brand name) links to the home page from the header."),
            evidence: [Evidence(url: page.url, excerpt: facts.zoneFact(.header)?.textExcerpt, selector: zone, note: zone == nil ? noHeader : nil)],
            data: ["zone_method": page.headerMethod]))
    }

    /// A text link to the home page that names the brand (not "Accueil").
    private static func isTextBrand(_ link: LinkFact, homeURL: String) -> Bool {
        guard StructurePage.isHome(link.url, homeURL: homeURL) else { return false }
        let label = StructureText.fold(link.label).trimmingWhitespaceAndNewlines()
        guard !label.isEmpty, !homeWords.contains(label) else { return false }
        let hinted = isLogoLike(link.classes)
        return hinted || label.split(separator: " ").count <= 5
    }

    private static func isLogoLike(_ values: [String]) -> Bool {
        values.contains { value in
            let lower = value.lowercased()
            return lower.contains("logo") || lower.contains("brand") || lower.contains("marque")
        }
    }
}
