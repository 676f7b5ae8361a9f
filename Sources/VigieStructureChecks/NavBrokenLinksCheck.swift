import Foundation
import VigieCheckKit
import VigieCore

/// `nav.broken-links`: no internal link leads to a 4xx/5xx or an unreachable page; each broken URL comes with the pages
/// that link to it. Links to other sites, when the crawl checked them (`--check-external`), give a `warn` when broken.
enum NavBrokenLinksCheck {
    static let meta = CheckMeta(
        id: "nav.broken-links", module: .structure,
        title: Localized(fr: "Pas de lien interne cassé", en: "No broken internal link"),
        passTitle: Localized(fr: "Aucun lien interne cassé", en: "No broken internal link"),
        failTitle: Localized(fr: "Liens internes cassés", en: "Broken internal links"),
        explanation: Localized(
            fr: "Un lien qui mène à une erreur (404, 500, page injoignable) frustre le visiteur, donne une image négligée et fait perdre des clients.",
            en: "A link leading to an error (404, 500, unreachable page) frustrates visitors, looks careless and loses customers."),
        remedy: Localized(
            fr: "Corriger ou retirer les liens listés, ou rediriger (301) l'ancienne adresse vers la bonne page.",
            en: "Fix or remove the listed links, or redirect (301) the old address to the right page."),
        reference: "Opquast (bonnes pratiques qualité web) ; RFC 9110 §15.5", severity: .error, section: .navigation, gridZone: .navigation)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("all links work", expect: .pass, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/services'>Services</a></body></html>"),
                .init("/services", "<html><body><h1>Services</h1></body></html>"),
            ]),
            CheckExample("link to a 404 page", expect: .fail, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/ancienne-page'>Promo</a></body></html>"),
                .init("/ancienne-page", "<html><body><h1>Introuvable</h1></body></html>", status: 404),
            ]),
            CheckExample("link to a 500 page", expect: .fail, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/boutique'>Boutique</a></body></html>"),
                .init("/boutique", "<html><body>Erreur</body></html>", status: 500),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let snapshot = context.snapshot
        let homeURL = snapshot.homeURL
        var notes = GridNotes(.navigation)
        let sameSite = snapshot.pages.filter { !$0.external && StructurePage.isInternal($0.url, homeURL: homeURL) && !$0.excludedByRobots }
        let broken = sameSite.filter { isBroken($0) && ($0.foundInLinks || $0.depth == 0 || !$0.referrers.isEmpty) }
        let externals = snapshot.pages.filter(\.external)
        let externalBroken = externals.filter(isBroken)
        let referrers = Self.referrers(of: broken + externalBroken, in: snapshot)
        let home = snapshot.structureHome
        let fromHome = (broken + externalBroken).filter { record in home.map { referrers[StructurePage.key(record.url)]?.contains($0.url) ?? false } ?? false }
        if fromHome.isEmpty {
            notes.home(.strength, "Aucun lien cassé depuis la page d'accueil", "No broken link from the home page")
        } else {
            notes.home(.weakness, "\(Plural.nfr(fromHome.count, "lien cassé", "liens cassés")) depuis la page d'accueil", "\(Plural.nen(fromHome.count, "broken link", "broken links")) from the home page")
        }
        let describe = { (records: [PageRecord]) -> JSONValue in
            .array(records.map { record in
                .object(["url": .string(record.url), "status": .number(Double(record.status)), "error": record.error.map { .string($0) } ?? .null,
                         "referrers": .array((referrers[StructurePage.key(record.url)] ?? []).map { .string($0) })])
            })
        }
        let data: [String: JSONValue] = [
            "checked": .number(Double(sameSite.count)), "broken": describe(broken),
            "external_checked": .number(Double(externals.count)), "external_broken": describe(externalBroken),
        ]
        let evidence = (broken + externalBroken).prefix(20).map { record in
            let from = referrers[StructurePage.key(record.url)] ?? []
            let list = Localized.list(from, limit: 3)
            let what = outcome(record)
            return Evidence.note(record.url, Localized(
                fr: (record.external ? "lien externe, " : "") + what.fr + (from.isEmpty ? "" : ", lié depuis " + list.fr),
                en: (record.external ? "external link, " : "") + what.en + (from.isEmpty ? "" : ", linked from " + list.en)))
        }
        if !broken.isEmpty {
            notes.site(.weakness, Plural.nfr(broken.count, "lien interne cassé", "liens internes cassés"), Plural.nen(broken.count, "broken internal link", "broken internal links"))
        }
        if !externalBroken.isEmpty {
            notes.site(.weakness, Plural.nfr(externalBroken.count, "lien externe cassé", "liens externes cassés"), Plural.nen(externalBroken.count, "broken external link", "broken external links"))
        }
        if broken.isEmpty {
            notes.site(.strength, "Aucun lien interne cassé (\(sameSite.count) adresses vérifiées)", "No broken internal link (\(sameSite.count) addresses checked)")
        }
        if !broken.isEmpty {
            return notes.apply(to: meta.result(.fail,
                Localized(fr: "\(Plural.nfr(broken.count, "lien interne mène", "liens internes mènent")) à une erreur ou à une page injoignable.", en: "\(Plural.nen(broken.count, "internal link leads", "internal links lead")) to an error or an unreachable page."),
                evidence: evidence, data: data))
        }
        if !externalBroken.isEmpty {
            return notes.apply(to: meta.result(.warn,
                Localized(fr: "Aucun lien interne cassé, mais \(Plural.nfr(externalBroken.count, "lien vers un autre site mène", "liens vers d'autres sites mènent")) à une erreur.",
                          en: "No broken internal link, but \(Plural.nen(externalBroken.count, "link to another site leads", "links to other sites lead")) to an error."),
                evidence: evidence, data: data))
        }
        return notes.apply(to: meta.result(.pass,
            Localized(fr: "Aucun lien interne cassé sur \(Plural.nfr(sameSite.count, "adresse vérifiée", "adresses vérifiées")).", en: "No broken internal link among \(Plural.nen(sameSite.count, "address", "addresses")) checked."),
            evidence: [Evidence.note(homeURL, Localized(fr: "\(Plural.nfr(sameSite.count, "adresse interne", "adresses internes")), toutes joignables",
                                                          en: "\(Plural.nen(sameSite.count, "internal address", "internal addresses")), all reachable"))], data: data))
    }

    /// The pages that link to each of `records` (by URL key): the crawler's referrers, completed from the parsed links.
    private static func referrers(of records: [PageRecord], in snapshot: SiteSnapshot) -> [String: [String]] {
        var referrers: [String: [String]] = [:]
        for record in records { referrers[StructurePage.key(record.url)] = record.referrers }
        guard !records.isEmpty else { return referrers }
        // Redirect stubs and second addresses hold links too.
        for (record, facts) in snapshot.parsedPages {
            for link in facts.links {
                guard let url = link.url else { continue }
                let key = StructurePage.key(url)
                if let known = referrers[key], !known.contains(record.url), known.count < 20 {
                    referrers[key, default: []].append(record.url)
                }
            }
        }
        return referrers
    }

    /// A 4xx/5xx answer, or no answer at all (not a redirect problem nor a size cut: other checks say those).
    static func isBroken(_ record: PageRecord) -> Bool {
        if record.status >= 400 { return true }
        guard record.status == 0, let error = record.error else { return false }
        return !error.hasPrefix("redirect") && !error.hasPrefix("too-many-redirects") && !error.hasPrefix("too-large")
    }

    private static func outcome(_ record: PageRecord) -> Localized {
        record.status >= 400 ? .verbatim("HTTP \(record.status)")
            : record.error.map { error in
                let why = CrawlErrorText.describe(error)
                return Localized(fr: "injoignable (\(why.fr))", en: "unreachable (\(why.en))")
            } ?? Localized(fr: "injoignable (sans réponse)", en: "unreachable (no response)")
    }
}
