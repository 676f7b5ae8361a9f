import Foundation
import VigieCheckKit
import VigieCore

/// `nav.sitemap-xml`: a `sitemap.xml` (announced in robots.txt or at the root) lists the crawled pages, and only live ones.
enum NavSitemapXMLCheck {
    static let meta = CheckMeta(
        id: "nav.sitemap-xml", module: .structure,
        title: Localized(fr: "sitemap.xml à jour", en: "Up-to-date sitemap.xml"),
        passTitle: Localized(fr: "sitemap.xml à jour", en: "Up-to-date sitemap.xml"),
        failTitle: Localized(fr: "sitemap.xml absent ou périmé", en: "sitemap.xml missing or out of date"),
        explanation: Localized(
            fr: "Le fichier sitemap.xml donne aux moteurs de recherche la liste des pages à indexer ; incomplet ou périmé, il laisse des pages de côté ou en signale qui n'existent plus.",
            en: "The sitemap.xml file gives search engines the list of pages to index; incomplete or stale, it leaves pages out or points to pages that no longer exist."),
        remedy: Localized(
            fr: "Publier un sitemap.xml généré automatiquement (CMS, extension SEO), l'annoncer dans robots.txt (ligne Sitemap:) et le tenir à jour.",
            en: "Publish an automatically generated sitemap.xml (CMS, SEO plugin), announce it in robots.txt (Sitemap: line) and keep it current."),
        reference: "sitemaps.org (protocole Sitemap 0.9) ; RFC 9309 ; Google Search Central", severity: .notice, section: .navigation, gridZone: .navigation)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("sitemap lists every page", expect: .pass, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/services'>Services</a></body></html>"),
                .init("/services", "<html><body><h1>Services</h1></body></html>"),
            ], sitemap: ["/", "/services"]),
            CheckExample("page missing from the sitemap", expect: .warn, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/services'>Services</a><a href='/contact'>Contact</a></body></html>"),
                .init("/services", "<html><body><h1>Services</h1></body></html>"),
                .init("/contact", "<html><body><h1>Contact</h1></body></html>"),
            ], sitemap: ["/", "/services"]),
            CheckExample("orphan page only in the sitemap", expect: .warn, pages: [
                .init("/", "<html><body><h1>A</h1></body></html>"),
                .init("/promo-ete", "<html><body><h1>Promo</h1></body></html>"),
            ], sitemap: ["/", "/promo-ete"]),
            CheckExample("no sitemap", expect: .fail, html: "<html><body><h1>A</h1></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let snapshot = context.snapshot
        var notes = GridNotes(.navigation)
        let read = snapshot.sitemaps.files.filter { (200..<300).contains($0.value) || $0.value == 0 && snapshot.mode == .directory }
        let announced = snapshot.robots?.sitemaps ?? []
        guard !read.isEmpty else {
            if snapshot.mode == .directory, snapshot.sitemaps.files.isEmpty {
                return meta.directoryMode(Localized(fr: "lecture du sitemap.xml", en: "reading the sitemap.xml"))
            }
            notes.site(.weakness, "Pas de sitemap.xml pour les moteurs de recherche", "No sitemap.xml for search engines")
            let tried = snapshot.sitemaps.files.map { "\($0.key) → HTTP \($0.value)" }.sorted()
            return notes.apply(to: meta.result(.fail,
                Localized(fr: "Aucun sitemap.xml lisible (ni annoncé dans robots.txt, ni à la racine).", en: "No readable sitemap.xml (neither announced in robots.txt nor at the root)."),
                evidence: [tried.isEmpty
                    ? Evidence.note(snapshot.homeURL, Localized(fr: "robots.txt sans ligne Sitemap:, pas de /sitemap.xml", en: "robots.txt without a Sitemap: line, no /sitemap.xml"))
                    : Evidence.note(snapshot.homeURL, .verbatim(tried.joined(separator: " ; ")))],
                data: ["files": .array(tried.map { .string($0) })]))
        }
        let listed = Set(snapshot.sitemaps.urls.map(StructurePage.key))
        let crawled = snapshot.htmlPages.map(\.record).filter { $0.foundInLinks && (200..<300).contains($0.status) && StructurePage.isInternal($0.url, homeURL: snapshot.homeURL) }
        let missing = crawled.filter { !$0.inSitemap && !listed.contains(StructurePage.key($0.url)) }
        let orphans = snapshot.pages.filter { $0.inSitemap && !$0.foundInLinks && (200..<300).contains($0.status) }
        let dead = snapshot.pages.filter { $0.inSitemap && ($0.status >= 400 || !$0.redirects.isEmpty) }
        let data: [String: JSONValue] = [
            "files": .array(read.keys.sorted().map { .string($0) }), "announced_in_robots": .bool(!announced.isEmpty),
            "listed": .number(Double(snapshot.sitemaps.urls.count)),
            "missing": .array(missing.prefix(50).map { .string($0.url) }), "orphans": .array(orphans.prefix(50).map { .string($0.url) }),
            "dead": .array(dead.prefix(50).map { .string($0.url) }),
        ]
        let listedCount = snapshot.sitemaps.urls.count
        var evidence = [Evidence.note(read.keys.sorted()[0], Localized(
            fr: "\(Plural.nfr(listedCount, "URL listée", "URL listées"))" + (announced.isEmpty ? ", non annoncé dans robots.txt" : ", annoncé dans robots.txt"),
            en: "\(Plural.nen(listedCount, "URL listed", "URLs listed"))" + (announced.isEmpty ? ", not announced in robots.txt" : ", announced in robots.txt")))]
        evidence += missing.prefix(8).map { Evidence.note($0.url, Localized(fr: "page du site absente du sitemap", en: "page of the site missing from the sitemap")) }
        evidence += orphans.prefix(8).map { Evidence.note($0.url, Localized(fr: "dans le sitemap mais liée depuis aucune page (orpheline)", en: "in the sitemap but linked from no page (orphan)")) }
        evidence += dead.prefix(8).map { page in
            Evidence.note(page.url, page.status >= 400
                ? Localized(fr: "dans le sitemap mais HTTP \(page.status)", en: "in the sitemap but HTTP \(page.status)")
                : Localized(fr: "dans le sitemap mais redirigée", en: "in the sitemap but redirected"))
        }
        if missing.isEmpty && orphans.isEmpty && dead.isEmpty {
            notes.site(.strength, "sitemap.xml à jour (\(snapshot.sitemaps.urls.count) pages)", "Up-to-date sitemap.xml (\(snapshot.sitemaps.urls.count) pages)")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "sitemap.xml cohérent avec l'exploration (\(snapshot.sitemaps.urls.count) URL).", en: "sitemap.xml consistent with the crawl (\(snapshot.sitemaps.urls.count) URLs)."),
                evidence: evidence, data: data))
        }
        notes.site(.weakness, "sitemap.xml incomplet ou périmé (\(Plural.nfr(missing.count, "page absente", "pages absentes")), \(Plural.nfr(orphans.count, "orpheline", "orphelines")), \(dead.count) en erreur ou \(Plural.fr(dead.count, "redirigée", "redirigées")))",
                   "Incomplete or stale sitemap.xml (\(Plural.nen(missing.count, "missing page", "missing pages")), \(Plural.nen(orphans.count, "orphan", "orphans")), \(dead.count) in error or redirected)")
        return notes.apply(to: meta.result(.warn,
            Localized(fr: "sitemap.xml : \(Plural.nfr(missing.count, "page absente", "pages absentes")), \(Plural.nfr(orphans.count, "orpheline", "orphelines")), \(dead.count) en erreur ou \(Plural.fr(dead.count, "redirigée", "redirigées")).",
                      en: "sitemap.xml: \(Plural.nen(missing.count, "missing page", "missing pages")), \(Plural.nen(orphans.count, "orphan", "orphans")), \(dead.count) in error or redirected."),
            evidence: evidence, data: data))
    }
}
