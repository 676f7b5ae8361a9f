import Foundation
import VigieCheckKit
import VigieCore

/// `footer.legal-links`: the footer links to the legal notice, the CGV/CGU and the privacy policy.
enum FooterLegalLinksCheck {
    static let meta = CheckMeta(
        id: "footer.legal-links", module: .structure,
        title: Localized(fr: "Liens légaux en pied de page", en: "Legal links in the footer"),
        passTitle: Localized(fr: "Liens légaux en pied de page", en: "Legal links in the footer"),
        failTitle: Localized(fr: "Liens légaux manquants en pied de page", en: "Legal links missing from the footer"),
        explanation: Localized(
            fr: "Les mentions légales doivent être d'accès « facile, direct et permanent » : on les cherche en pied de page, avec les CGV/CGU et la politique de confidentialité.",
            en: "The legal notice must be \"easily, directly and permanently\" accessible: visitors look for it in the footer, with the terms of sale/use and the privacy policy."),
        remedy: Localized(
            fr: "Mettre dans le pied de page de chaque page les liens « Mentions légales », « CGV » (si vente) et « Politique de confidentialité ».",
            en: "Put the links \"Mentions légales\", \"CGV\" (if selling) and \"Politique de confidentialité\" in the footer of every page."),
        reference: "LCEN art. 1-1 et art. 19 ; Code de la consommation L221-5 ; RGPD art. 12 et 13", severity: .error, section: .footer, gridZone: .footer)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("all three links in the footer", expect: .pass, html: #"<html><body><main><h1>A</h1></main><footer><a href="/mentions-legales">Mentions légales</a> <a href="/cgv">CGV</a> <a href="/confidentialite">Politique de confidentialité</a></footer></body></html>"#),
            CheckExample("table layout with id=pied", expect: .pass, html: #"<html><body><table><tr><td id="entete"><a href="index.html">Garage Martin</a></td></tr><tr><td><h1>Garage</h1><p>Entretien.</p></td></tr><tr><td id="pied"><a href="mentions.html">Mentions légales</a> - <a href="donnees-personnelles.html">Données personnelles</a></td></tr></table></body></html>"#),
            CheckExample("redirect stubs have no footer: not pages", expect: .pass, pages: [
                .init("/", #"<html><body><main><h1>A</h1><a href="/ancien.html">ancien</a><a href="/old/">old</a></main><footer><a href="/mentions-legales">Mentions légales</a> <a href="/cgv">CGV</a> <a href="/confidentialite">Politique de confidentialité</a></footer></body></html>"#),
                .init("/ancien.html", StubExamples.httrack(to: "index.html")),
                .init("/old/", StubExamples.jekyll(to: "/")),
            ]),
            CheckExample("one content page without the footer links", expect: .warn, pages: [
                .init("/", #"<html><body><main><h1>A</h1><a href="/b">b</a></main><footer><a href="/mentions-legales">Mentions légales</a> <a href="/cgv">CGV</a> <a href="/confidentialite">Politique de confidentialité</a></footer></body></html>"#),
                .init("/b", #"<html><body><main><h1>B</h1><p>Texte de la page.</p></main><footer><p>© Dupont</p></footer></body></html>"#),
            ]),
            CheckExample("privacy policy missing", expect: .warn, html: #"<html><body><main><h1>A</h1></main><footer><a href="/mentions-legales">Mentions légales</a></footer></body></html>"#),
            CheckExample("CGV but no legal notice", expect: .fail, html: #"<html><body><main><h1>A</h1></main><footer><a href="/cgv">Conditions générales de vente</a> <a href="https://facebook.com/x">Facebook</a></footer></body></html>"#),
        ],
        run: run)

    /// Kinds in the order they are tried on a link (the most specific first) and their names.
    private static let kinds: [(key: String, fr: String, en: String)] = [
        ("cgv", "les CGV", "terms of sale"), ("cgu", "les CGU", "terms of use"),
        ("privacy", "la politique de confidentialité", "privacy policy"), ("legal-notice", "les mentions légales", "legal notice"),
    ]

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let home = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let words = context.rules.pack(PriorityPageWords.self).pages
        var notes = GridNotes(.footer)
        var matcher = LegalLinkMatcher(words)
        let inFooter = matcher.legalLinks(home.footerLinks)
        let onPage = matcher.legalLinks(home.facts.links)
        var evidence = inFooter.values.sorted { $0.order < $1.order }.map { Evidence(url: home.url, excerpt: "<a href=\"\($0.href)\">\($0.label)</a>", selector: home.zoneSelector(.footer)) }
        for kind in kinds where inFooter[kind.key] != nil {
            notes.both(.strength, "Lien vers \(kind.fr) en pied de page", "Link to the \(kind.en) in the footer")
        }
        var status = CheckStatus.pass
        var problems: [Localized] = []
        if inFooter["legal-notice"] == nil {
            if let elsewhere = onPage["legal-notice"] {
                status = .warn
                problems.append(Localized(fr: "mentions légales hors du pied de page", en: "legal notice outside the footer"))
                notes.both(.weakness, "Mentions légales difficiles à trouver (pas dans le pied de page)", "Legal notice hard to find (not in the footer)")
                evidence.append(Evidence(url: home.url, excerpt: "<a href=\"\(elsewhere.href)\">\(elsewhere.label)</a> (hors pied de page)"))
            } else {
                status = .fail
                problems.append(Localized(fr: "pas de lien vers les mentions légales", en: "no link to the legal notice"))
                notes.both(.weakness, "Pas de lien vers les mentions légales (obligatoires)", "No link to the legal notice (mandatory)")
            }
        }
        if onPage["privacy"] == nil {
            status = min(status, .warn)
            problems.append(Localized(fr: "pas de politique de confidentialité", en: "no privacy policy"))
            notes.both(.weakness, "Pas de lien vers la politique de confidentialité", "No link to the privacy policy")
        }
        if context.profile.sells == true, onPage["cgv"] == nil {
            status = min(status, .warn)
            problems.append(Localized(fr: "pas de CGV alors que le site vend", en: "no terms of sale although the site sells"))
            notes.both(.weakness, "Pas de lien vers les CGV alors que le site vend", "No link to the terms of sale although the site sells")
        }
        let noticePage = onPage["legal-notice"]?.url.map(StructurePage.key)
        let missingElsewhere = context.structurePages.filter { page in
            page.url != home.url && StructurePage.key(page.url) != noticePage && !matcher.hasLegalNoticeLink(page.facts.links)
        }
        if status == .pass, !missingElsewhere.isEmpty {
            status = .warn
            problems.append(Localized(fr: "\(Plural.nfr(missingElsewhere.count, "autre page", "autres pages")) sans lien vers les mentions légales",
                                      en: "\(Plural.nen(missingElsewhere.count, "other page", "other pages")) without a link to the legal notice"))
            notes.site(.weakness, "\(Plural.nfr(missingElsewhere.count, "page", "pages")) sans lien vers les mentions légales", "\(Plural.nen(missingElsewhere.count, "page", "pages")) without a link to the legal notice")
            evidence += missingElsewhere.prefix(5).map { Evidence(url: $0.url, selector: $0.zoneSelector(.footer)) }
        }
        if evidence.isEmpty {
            evidence = [Evidence(url: home.url, excerpt: home.footerLinks.isEmpty ? nil : home.footerLinks.prefix(8).map(\.label).joined(separator: " · "), selector: home.zoneSelector(.footer),
                                 note: home.footerLinks.isEmpty ? Localized(fr: "pied de page sans lien", en: "footer without links") : nil)]
        }
        let found = kinds.filter { inFooter[$0.key] != nil }
        let message = problems.isEmpty
            ? Localized(fr: "Pied de page : liens vers \(found.map(\.fr).joined(separator: ", ")).", en: "Footer: links to \(found.map(\.en).joined(separator: ", ")).")
            : Localized(fr: "Pied de page : " + problems.map(\.fr).joined(separator: " ; ") + ".", en: "Footer: " + problems.map(\.en).joined(separator: "; ") + ".")
        return notes.apply(to: meta.result(status, message, evidence: evidence, data: [
            "found": .array(found.map { .string($0.key) }), "zone_method": home.zoneMethod(.footer),
        ]))
    }

    /// Tells the legal links (`legal-notice`, `cgv`, `cgu`, `privacy`) among a page's links by their
    /// label, else their path. Footers repeat from page to page: each distinct label or path is matched
    /// once per audit.
    struct LegalLinkMatcher {
        /// The kind of legal page a label or path names.
        private var kind: Memo<String?>

        init(_ words: [String: [String]]) {
            let needles = kinds.map { kind in (key: kind.key, words: (words[kind.key] ?? []).map(StructureText.termWords).filter { $0 != " " }) }
            kind = Memo { text in
                let haystack = StructureText.words(text)
                return needles.first { $0.words.contains { StructureText.containsBytes(haystack, $0) } }?.key
            }
        }

        /// The legal links among `links`, by kind: the first of each.
        mutating func legalLinks(_ links: [LinkFact]) -> [String: LinkFact] {
            var found: [String: LinkFact] = [:]
            for link in links {
                if let kind = kind(of: link), found[kind] == nil { found[kind] = link }
            }
            return found
        }

        /// Whether one of `links` leads to the legal notice.
        mutating func hasLegalNoticeLink(_ links: [LinkFact]) -> Bool {
            links.contains { kind(of: $0) == "legal-notice" }
        }

        /// The kind of `link`: its label's, else its path's.
        private mutating func kind(of link: LinkFact) -> String? {
            if let kind = kind(link.label) { return kind }
            return kind(link.url.map(LegalPages.path(of:)) ?? link.href)
        }
    }
}
