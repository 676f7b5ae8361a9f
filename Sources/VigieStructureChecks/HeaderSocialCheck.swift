import Foundation
import VigieCheckKit
import VigieCore

/// `header.social`: the home page links to the company's social network accounts, in the header or the footer.
enum HeaderSocialCheck {
    static let meta = CheckMeta(
        id: "header.social", module: .structure,
        title: Localized(fr: "Liens vers les réseaux sociaux", en: "Links to social networks"),
        passTitle: Localized(fr: "Liens vers les réseaux sociaux", en: "Links to social networks"),
        failTitle: Localized(fr: "Pas de lien vers les réseaux sociaux", en: "No link to social networks"),
        explanation: Localized(
            fr: "Les liens vers les comptes Facebook, Instagram, LinkedIn… de l'entreprise prolongent la relation client et montrent qu'elle est active. On les attend en haut ou en bas de page.",
            en: "Links to the company's Facebook, Instagram, LinkedIn… accounts extend the customer relationship and show it is active. Visitors look for them at the top or the bottom of the page."),
        remedy: Localized(
            fr: "Ajouter dans l'en-tête ou le pied de page des liens (avec un libellé, pas seulement une icône) vers les comptes de l'entreprise.",
            en: "Add links (with a label, not just an icon) to the company's accounts in the header or the footer."),
        reference: "Grille d'audit BTS NDRC (stratégie omnicanale) ; WCAG 2.2 SC 2.4.4 pour les libellés", severity: .notice, section: .header, gridZone: .header)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("footer links to Facebook and Instagram", expect: .pass, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1></main><footer><a href="https://www.facebook.com/dupont">Facebook</a> <a href="https://instagram.com/dupont">Instagram</a></footer></body></html>"#),
            CheckExample("header icon link to LinkedIn", expect: .pass, html: #"<html><body><header><a href="https://fr.linkedin.com/company/dupont" aria-label="LinkedIn"><svg aria-hidden="true"></svg></a></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("only in the body", expect: .warn, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1><p>Suivez-nous sur <a href="https://facebook.com/dupont">Facebook</a></p></main><footer><p>© Dupont</p></footer></body></html>"#),
            CheckExample("share button is not an account", expect: .fail, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1><a href="https://www.facebook.com/sharer/sharer.php?u=https://dupont.fr">Partager</a></main><footer><p>© Dupont</p></footer></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let page = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let words = context.rules.pack(StructureWords.self)
        var notes = GridNotes(.header)
        var found: [(network: String, link: LinkFact)] = []
        for link in page.facts.links {
            if let network = network(of: link.url, words) { found.append((network, link)) }
        }
        let header = found.filter { page.inHeader($0.link.zone, $0.link.order) }
        let footer = found.filter { page.inFooter($0.link.zone, $0.link.order) }
        let names = { (list: [(network: String, link: LinkFact)]) in
            list.map(\.network).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: ", ")
        }
        let data: [String: JSONValue] = ["networks": .array(found.map(\.network).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.map { .string($0) })]
        let evidence = found.prefix(6).map { Evidence(url: page.url, excerpt: "<a href=\"\($0.link.href)\">\($0.link.label)</a>", selector: $0.link.path.isEmpty ? nil : $0.link.path) }
        if !header.isEmpty || !footer.isEmpty {
            if !header.isEmpty {
                notes.both(.strength, "Liens vers les réseaux sociaux en haut de page (\(names(header)))", "Links to social networks at the top (\(names(header)))")
            }
            if !footer.isEmpty {
                notes.both(.strength, "Liens vers les réseaux sociaux en pied de page (\(names(footer)))", "Links to social networks in the footer (\(names(footer)))", zone: .footer)
            }
            let zones = [header.isEmpty ? nil : "l'en-tête", footer.isEmpty ? nil : "le pied de page"].compactMap { $0 }.joined(separator: " et ")
            let zonesEN = [header.isEmpty ? nil : "the header", footer.isEmpty ? nil : "the footer"].compactMap { $0 }.joined(separator: " and ")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Liens vers \(names(header + footer)) dans \(zones).", en: "Links to \(names(header + footer)) in \(zonesEN)."),
                evidence: evidence, data: data))
        }
        if !found.isEmpty {
            notes.both(.weakness, "Réseaux sociaux cités seulement dans le corps de la page (\(names(found)))", "Social networks only in the page body (\(names(found)))")
            return notes.apply(to: meta.result(.warn,
                Localized(fr: "Liens vers \(names(found)) seulement dans le corps de la page, ni en haut ni en bas.", en: "Links to \(names(found)) only in the page body, neither at the top nor at the bottom."),
                evidence: evidence, data: data))
        }
        notes.both(.weakness, "Pas de lien vers les réseaux sociaux", "No link to social networks")
        return notes.apply(to: meta.result(.fail,
            Localized(fr: "Aucun lien vers un compte de réseau social sur la page d'accueil.", en: "No link to a social network account on the home page."),
            evidence: [Evidence.note(page.url, Localized(fr: "\(Plural.nfr(page.facts.links.count, "lien", "liens")), aucun vers un réseau social",
                                                         en: "\(Plural.nen(page.facts.links.count, "link", "links")), none to a social network"))], data: data))
    }

    /// The network a link points to (an account, not a share button), from `rules/structure.yml`.
    static func network(of url: String?, _ words: StructureWords) -> String? {
        guard let url, let host = StructurePage.hostName(url) else { return nil }
        guard StructureText.firstPattern(in: url, words.sharePaths) == nil else { return nil }
        return words.social.first { network in
            network.hosts.contains { host == $0 || host.hasSuffix("." + $0) }
        }?.name
    }
}
