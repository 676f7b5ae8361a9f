import Foundation
import VigieCheckKit
import VigieCore

/// `footer.sitemap`: the footer links to a human-readable site map ("Plan du site").
enum FooterSitemapCheck {
    static let meta = CheckMeta(
        id: "footer.sitemap", module: .structure,
        title: Localized(fr: "Lien « Plan du site » en pied de page", en: "\"Site map\" link in the footer"),
        passTitle: Localized(fr: "Lien « Plan du site » en pied de page", en: "“Site map” link in the footer"),
        failTitle: Localized(fr: "Pas de lien « Plan du site »", en: "No “Site map” link"),
        explanation: Localized(
            fr: "Le plan du site montre toutes les pages d'un coup d'œil : une autre façon de trouver une information, utile quand le menu ne suffit pas.",
            en: "A site map shows every page at a glance: another way to find information when the menu is not enough."),
        remedy: Localized(
            fr: "Créer une page « Plan du site » (liste de liens vers toutes les rubriques) et la lier depuis le pied de page.",
            en: "Create a \"Site map\" page (links to every section) and link it from the footer."),
        reference: "WCAG 2.2 SC 2.4.5 (RGAA 12.1) ; Opquast (bonnes pratiques qualité web)", severity: .notice, section: .footer, gridZone: .footer)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("plan du site in the footer", expect: .pass, html: #"<html><body><main><h1>A</h1></main><footer><a href="/plan-du-site">Plan du site</a></footer></body></html>"#),
            CheckExample("table layout footer", expect: .pass, html: #"<html><body><table><tr><td id="entete">Garage</td></tr><tr><td><h1>Garage</h1><p>Texte</p></td></tr><tr><td id="pied"><a href="plan.html">Plan du site</a></td></tr></table></body></html>"#),
            CheckExample("broken site map link", expect: .warn, pages: [
                .init("/", #"<html><body><main><h1>A</h1></main><footer><a href="/plan-du-site">Plan du site</a></footer></body></html>"#),
                .init("/plan-du-site", "<html><body>Introuvable</body></html>", status: 404),
            ]),
            CheckExample("only sitemap.xml", expect: .warn, html: #"<html><body><main><h1>A</h1></main><footer><a href="/sitemap.xml">Sitemap</a></footer></body></html>"#),
            CheckExample("no site map", expect: .fail, html: #"<html><body><main><h1>A</h1></main><footer><a href="/cgv">CGV</a></footer></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let home = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let words = context.rules.pack(StructureWords.self).sections.sitemap
        var notes = GridNotes(.footer)
        let candidates = home.facts.links.filter { link in
            StructureText.firstTerm(in: link.label, words) != nil
                || StructureText.firstTerm(in: link.url.flatMap { URLComponents(string: $0)?.path } ?? link.href, words) != nil
        }
        let human = candidates.filter { !($0.url ?? $0.href).lowercased().hasSuffix(".xml") }
        let data: [String: JSONValue] = ["zone_method": home.zoneMethod(.footer)]
        if let link = human.first(where: { home.inFooter($0.zone, $0.order) }),
           let target = link.url.flatMap({ url in context.snapshot.pages.first { StructurePage.key($0.url) == StructurePage.key(url) } }),
           NavBrokenLinksCheck.isBroken(target) {
            notes.both(.weakness, "Lien « Plan du site » cassé", "Broken \"Site map\" link")
            return notes.apply(to: meta.result(.warn,
                Localized(fr: "Le lien « Plan du site » du pied de page mène à une erreur (\(target.status > 0 ? "HTTP \(target.status)" : target.error ?? "injoignable")).",
                          en: "The footer's site map link leads to an error (\(target.status > 0 ? "HTTP \(target.status)" : target.error ?? "unreachable"))."),
                evidence: [Evidence(url: home.url, excerpt: "<a href=\"\(link.href)\">\(link.label)</a> → \(target.status > 0 ? "HTTP \(target.status)" : target.error ?? "injoignable")", selector: home.zoneSelector(.footer))],
                data: data))
        }
        if let link = human.first(where: { home.inFooter($0.zone, $0.order) }) {
            notes.both(.strength, "Lien « Plan du site » en pied de page", "\"Site map\" link in the footer")
            return notes.apply(to: meta.result(.pass, Localized(fr: "Lien vers le plan du site en pied de page.", en: "Link to the site map in the footer."),
                evidence: [Evidence(url: home.url, excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: home.zoneSelector(.footer))], data: data))
        }
        if let link = human.first ?? candidates.first {
            let xml = human.isEmpty
            notes.both(.weakness, xml ? "Pas de plan du site lisible (seulement sitemap.xml, pour les robots)" : "Plan du site présent mais pas en pied de page",
                       xml ? "No readable site map (only sitemap.xml, for robots)" : "Site map present but not in the footer")
            return notes.apply(to: meta.result(.warn,
                xml ? Localized(fr: "Le seul lien « plan du site » mène au sitemap.xml, illisible pour un visiteur.", en: "The only site map link leads to sitemap.xml, unreadable for visitors.")
                    : Localized(fr: "Un lien vers le plan du site existe, mais hors du pied de page.", en: "A site map link exists, but outside the footer."),
                evidence: [Evidence(url: home.url, excerpt: "<a href=\"\(link.href)\">\(link.label)</a>")], data: data))
        }
        notes.both(.weakness, "Pas de plan du site", "No site map")
        return notes.apply(to: meta.result(.fail, Localized(fr: "Aucun lien « Plan du site » sur la page d'accueil.", en: "No \"Site map\" link on the home page."),
            evidence: [Evidence(url: home.url, excerpt: home.footerLinks.isEmpty ? nil : home.footerLinks.prefix(8).map(\.label).joined(separator: " · "), selector: home.zoneSelector(.footer),
                                 note: home.footerLinks.isEmpty ? Localized(fr: "pied de page sans lien", en: "footer without links") : nil)],
            data: data))
    }
}
