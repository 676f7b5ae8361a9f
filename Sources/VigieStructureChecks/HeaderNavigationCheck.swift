import Foundation
import VigieCheckKit
import VigieCore

/// `header.navigation`: the home page's header holds a menu (a `<nav>` or at least three internal links).
enum HeaderNavigationCheck {
    static let meta = CheckMeta(
        id: "header.navigation", module: .structure,
        title: Localized(fr: "Menu de navigation en haut de page", en: "Navigation menu at the top"),
        passTitle: Localized(fr: "Menu de navigation en haut de page", en: "Navigation menu at the top"),
        failTitle: Localized(fr: "Pas de menu de navigation en haut de page", en: "No navigation menu at the top"),
        explanation: Localized(
            fr: "Le menu, en haut de page, montre d'un coup d'œil ce que propose le site et permet d'y aller en un clic.",
            en: "The menu at the top shows at a glance what the site offers and takes visitors there in one click."),
        remedy: Localized(
            fr: "Ajouter dans l'en-tête un menu (<nav>) vers les rubriques principales : offres, réalisations, contact…",
            en: "Add a menu (<nav>) to the main sections in the header: offers, references, contact…"),
        reference: "WCAG 2.2 SC 2.4.5 (RGAA 12.1) ; Opquast (bonnes pratiques qualité web)", severity: .warning, section: .header, gridZone: .header)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("nav element", expect: .pass, html: #"<html><body><header><nav><a href="/services">Services</a><a href="/contact">Contact</a></nav></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("table layout: three links in td#entete", expect: .pass, html: #"<html><body><table><tr><td id="entete"><a href="index.html">Accueil</a> | <a href="garage.html">Le garage</a> | <a href="tarifs.html">Tarifs</a> | <a href="contact.html">Contact</a></td></tr><tr><td id="contenu"><h1>Garage Martin</h1><p>Entretien toutes marques.</p></td></tr><tr><td id="pied">© 2024</td></tr></table></body></html>"#),
            CheckExample("one link only", expect: .fail, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1><p>Texte.</p></main></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let page = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let homeURL = context.snapshot.homeURL
        var notes = GridNotes(.header)
        let inside = page.headerLinks.filter { link in
            guard StructurePage.isInternal(link.url, homeURL: homeURL), let url = link.url else { return false }
            return !url.hasPrefix("mailto:") && !url.hasPrefix("tel:")
        }
        let targets = Set(inside.compactMap { $0.url.map { $0.split(separator: "#", maxSplits: 1).first.map(String.init) ?? $0 } })
        let navLinks = inside.filter { $0.zone == .nav || $0.path.split(separator: " ").contains("nav") }
        let labels = inside.prefix(8).map(\.label).filter { !$0.isEmpty }.joined(separator: " · ")
        let selector = page.zoneSelector(.nav) ?? page.headerSelector
        let data: [String: JSONValue] = ["menu_links": .number(Double(targets.count)), "zone_method": page.zoneMethod(navLinks.isEmpty ? .header : .nav)]

        if targets.count >= 3 || (navLinks.count >= 2 && targets.count >= 2) {
            notes.both(.strength, "Menu de navigation en haut de page (\(targets.count) rubriques)", "Navigation menu at the top (\(targets.count) sections)")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Menu de \(targets.count) liens internes en haut de page.", en: "Menu of \(targets.count) internal links at the top of the page."),
                evidence: [Evidence(url: page.url, excerpt: labels, selector: selector)], data: data))
        }
        let elsewhere = page.facts.links.filter { $0.zone == .nav && StructurePage.isInternal($0.url, homeURL: homeURL) }
        if elsewhere.count >= 3 {
            notes.both(.weakness, "Menu de navigation présent mais pas en haut de page", "Navigation menu present but not at the top")
            return notes.apply(to: meta.result(.warn,
                Localized(fr: "Un menu existe, mais hors de l'en-tête.", en: "A menu exists, but outside the header."),
                evidence: [Evidence(url: page.url, excerpt: elsewhere.prefix(8).map(\.label).joined(separator: " · "), selector: page.zoneSelector(.nav))], data: data))
        }
        notes.both(.weakness, "Pas de menu de navigation en haut de page", "No navigation menu at the top")
        return notes.apply(to: meta.result(.fail,
            Localized(fr: "Pas de menu en haut de page (\(Plural.nfr(targets.count, "lien interne", "liens internes")) dans l'en-tête).", en: "No menu at the top (\(Plural.nen(targets.count, "internal link", "internal links")) in the header)."),
            evidence: [Evidence(url: page.url, excerpt: labels.isEmpty ? page.facts.zoneFact(.header)?.textExcerpt : labels,
                                selector: selector, note: labels.isEmpty && page.facts.zoneFact(.header) == nil ? Localized(fr: "aucun en-tête repéré", en: "no header found") : nil)], data: data))
    }
}
