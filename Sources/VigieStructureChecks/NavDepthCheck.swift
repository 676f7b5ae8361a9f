import Foundation
import VigieCheckKit
import VigieCore

/// `nav.depth`: every page is reachable in at most 3 clicks from the home page.
enum NavDepthCheck {
    static let meta = CheckMeta(
        id: "nav.depth", module: .structure,
        title: Localized(fr: "Pages à 3 clics au plus de l'accueil", en: "Pages within 3 clicks of the home page"),
        passTitle: Localized(fr: "Pages à 3 clics au plus de l'accueil", en: "Pages within 3 clicks of home"),
        failTitle: Localized(fr: "Pages à plus de 3 clics de l'accueil", en: "Pages more than 3 clicks from home"),
        explanation: Localized(
            fr: "Au-delà de 3 clics, le visiteur abandonne souvent avant d'atteindre la page, et les moteurs de recherche l'explorent moins.",
            en: "Beyond 3 clicks, visitors often give up before reaching the page, and search engines crawl it less."),
        remedy: Localized(
            fr: "Rapprocher les pages profondes de l'accueil : liens depuis le menu, les rubriques ou un plan du site.",
            en: "Bring deep pages closer to home: links from the menu, the sections or a site map."),
        reference: "Règle des 3 clics (ergonomie web) ; Google Search Central (architecture du site)", severity: .warning, section: .navigation, gridZone: .navigation)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("shallow site", expect: .pass, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/a'>a</a></body></html>"),
                .init("/a", "<html><body><h1>A</h1><a href='/b'>b</a></body></html>"),
                .init("/b", "<html><body><h1>B</h1></body></html>"),
            ]),
            CheckExample("page four clicks deep", expect: .fail, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/1'>1</a></body></html>"),
                .init("/1", "<html><body><h1>1</h1><a href='/2'>2</a></body></html>"),
                .init("/2", "<html><body><h1>2</h1><a href='/3'>3</a></body></html>"),
                .init("/3", "<html><body><h1>3</h1><a href='/4'>4</a></body></html>"),
                .init("/4", "<html><body><h1>4</h1></body></html>"),
            ]),
        ],
        run: run)

    static let maxDepth = 3

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let snapshot = context.snapshot
        var notes = GridNotes(.navigation)
        let clicks = context.clickDepth
        let pages = snapshot.htmlPages.map(\.record).filter { $0.foundInLinks && StructurePage.isInternal($0.url, homeURL: snapshot.homeURL) }
        guard !pages.isEmpty else { return meta.noPage(context.snapshot) }
        let deep = pages.filter { clicks.depth(of: $0) > maxDepth }.sorted { clicks.depth(of: $0) > clicks.depth(of: $1) }
        let deepest = pages.map { clicks.depth(of: $0) }.max() ?? 0
        let limited = snapshot.crawl.stoppedBy == .maxDepth
        let note = limited ? Localized(fr: " (exploration arrêtée à la profondeur maximale : des pages plus profondes peuvent exister)", en: " (crawl stopped at the maximum depth: deeper pages may exist)") : Localized(fr: "", en: "")
        let data: [String: JSONValue] = ["deepest": .number(Double(deepest)), "deep_pages": .number(Double(deep.count)), "pages": .number(Double(pages.count))]
        guard !deep.isEmpty else {
            notes.site(.strength, "Toutes les pages à 3 clics au plus de l'accueil (profondeur max. \(deepest))", "Every page within 3 clicks of home (max. depth \(deepest))")
            return notes.apply(to: meta.result(limited ? .unknown : .pass,
                Localized(fr: "Pages lues (\(pages.count)) à \(Plural.nfr(deepest, "clic", "clics")) au plus de l'accueil\(note.fr).", en: "Pages read (\(pages.count)) within \(Plural.nen(deepest, "click", "clicks")) of home\(note.en)."),
                evidence: [Evidence.note(snapshot.homeURL, Localized(fr: "profondeur maximale : \(deepest)", en: "greatest depth: \(deepest)"))], data: data))
        }
        notes.site(.weakness, "\(Plural.nfr(deep.count, "page", "pages")) à plus de 3 clics de l'accueil (jusqu'à \(deepest))", "\(Plural.nen(deep.count, "page", "pages")) more than 3 clicks from home (up to \(deepest))")
        let share = Double(deep.count) / Double(pages.count)
        return notes.apply(to: meta.result(share > 0.1 ? .fail : .warn,
            Localized(fr: "\(Plural.pagesOf(deep.count, pages.count).fr) à plus de \(maxDepth) clics de l'accueil\(note.fr).", en: "\(Plural.pagesOf(deep.count, pages.count).en) are more than \(maxDepth) clicks from home\(note.en)."),
            evidence: deep.prefix(20).map { Evidence.note($0.url, Localized(fr: "\(clicks.depth(of: $0)) clics" + ($0.referrers.first.map { ", depuis \($0)" } ?? ""),
                                                                 en: "\(clicks.depth(of: $0)) clicks" + ($0.referrers.first.map { ", from \($0)" } ?? ""))) }, data: data))
    }
}
