import Foundation
import VigieCheckKit
import VigieCore

/// `nav.breadcrumb`: pages below the first level (two clicks or more, or in a sub-folder) show breadcrumbs (markup named so, schema.org `BreadcrumbList`, or an "Accueil > …" trail).
enum NavBreadcrumbCheck {
    static let meta = CheckMeta(
        id: "nav.breadcrumb", module: .structure,
        title: Localized(fr: "Fil d'Ariane sur les pages intérieures", en: "Breadcrumbs on inner pages"),
        passTitle: Localized(fr: "Fil d'Ariane sur les pages intérieures", en: "Breadcrumb on inner pages"),
        failTitle: Localized(fr: "Pas de fil d'Ariane ({pages})", en: "No breadcrumb ({pages})"),
        explanation: Localized(
            fr: "Le fil d'Ariane (« Accueil > Services > Dépannage ») montre où l'on est dans le site et permet de remonter d'un clic.",
            en: "Breadcrumbs (\"Home > Services > Repairs\") show where visitors are in the site and let them go back up in one click."),
        remedy: Localized(
            fr: "Ajouter un fil d'Ariane en haut des pages intérieures (<nav aria-label=\"Fil d'Ariane\">), balisé schema.org BreadcrumbList.",
            en: "Add breadcrumbs at the top of inner pages (<nav aria-label=\"Breadcrumb\">), marked up with schema.org BreadcrumbList."),
        reference: "WCAG 2.2 SC 2.4.8 (RGAA 12.1) ; schema.org BreadcrumbList", severity: .notice, section: .navigation, gridZone: .navigation)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("breadcrumb class on the inner page", expect: .pass, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/services/depannage'>Dépannage</a></body></html>"),
                .init("/services/depannage", "<html><body><nav class='breadcrumb'><a href='/'>Accueil</a> › <a href='/services'>Services</a> › Dépannage</nav><h1>Dépannage</h1></body></html>"),
            ]),
            CheckExample("BreadcrumbList JSON-LD", expect: .pass, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/blog/b'>b</a></body></html>"),
                .init("/blog/b", #"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}</script></head><body><h1>B</h1></body></html>"#),
            ]),
            CheckExample("home page only", expect: .na, html: "<html><body><h1>A</h1></body></html>"),
            CheckExample("first-level pages only", expect: .na, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/services'>Services</a></body></html>"),
                .init("/services", "<html><body><h1>Services</h1></body></html>"),
            ]),
            CheckExample("a first-level page whose query holds slashes", expect: .na, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/services?from=/a/b'>Services</a></body></html>"),
                .init("/services?from=/a/b", "<html><body><h1>Services</h1></body></html>"),
            ]),
            CheckExample("deep pages without breadcrumbs", expect: .fail, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/a'>a</a></body></html>"),
                .init("/a", "<html><body><h1>A</h1><a href='/b'>b</a></body></html>"),
                .init("/b", "<html><body><h1>B</h1></body></html>"),
            ]),
        ],
        run: run)

    private static let trail = try! NSRegularExpression(pattern: #"^\s*(?:accueil|home)\s*(?:>|›|»|/|\||→|-)\s*\S"#, options: [.caseInsensitive])

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(StructureWords.self).sections.breadcrumb
        var notes = GridNotes(.navigation)
        guard let home = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let clicks = context.clickDepth
        let inner = context.structurePages.filter { page in
            page.url != home.url && (clicks.depth(of: page.record) >= 2 || pathDepth(page.url) >= 2)
        }
        guard !inner.isEmpty else {
            return meta.result(.na, Localized(
                fr: "Pas de page au-delà du premier niveau (toutes à un clic de l'accueil, sans sous-dossier) : un fil d'Ariane n'apporte rien.",
                en: "No page beyond the first level (all one click from home, no sub-folder): breadcrumbs add nothing."))
        }
        var level = PageLevel()
        var names = BreadcrumbNames(words)
        for page in inner {
            if let how = breadcrumb(page.facts, &names) {
                level.add(.pass, Evidence.note(page.url, how))
            } else {
                level.add(.fail, Evidence.note(page.url, Localized(fr: "pas de fil d'Ariane", en: "no breadcrumb"), selector: page.zoneSelector(.nav)))
            }
        }
        let without = level.outcomes.filter { $0.status == .fail }.count
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Fil d'Ariane sur les pages intérieures (\(total)).", en: "Breadcrumbs on the inner pages (\(total)).")
                : Localized(fr: "\(Plural.nfr(failing, "page intérieure", "pages intérieures")) sur \(total) sans fil d'Ariane.", en: "\(failing) of \(total) inner \(Plural.en(total, "page", "pages")) without breadcrumbs.")
        }
        if without == 0 {
            notes.site(.strength, "Fil d'Ariane sur les pages intérieures", "Breadcrumbs on inner pages")
        } else if without < inner.count {
            result.status = .warn
            notes.site(.weakness, "Fil d'Ariane absent de \(Plural.nfr(without, "page intérieure", "pages intérieures")) sur \(inner.count)", "Breadcrumbs missing on \(without) of \(inner.count) inner \(Plural.en(inner.count, "page", "pages"))")
        } else {
            notes.site(.weakness, "Pas de fil d'Ariane : on se repère mal dans les pages intérieures", "No breadcrumbs: visitors get lost in inner pages")
        }
        return notes.apply(to: result)
    }

    /// Folders in the URL's path (`/blog/article.html` → 2).
    /// Query and fragment left out; a path with percent-escapes (`%2F`, rare) is decoded by Foundation first.
    private static func pathDepth(_ url: String) -> Int {
        guard let path = CTADetector.path(of: url), !path.utf8.contains(UInt8(ascii: "%")) else {
            return (URLComponents(string: url)?.path ?? "").split(separator: "/").count
        }
        return path.utf8.split(separator: UInt8(ascii: "/")).count
    }

    /// Which id and class names are breadcrumb names; each distinct name is matched once per audit.
    struct BreadcrumbNames {
        private var isBreadcrumb: Memo<Bool>
        private var isZoneName: Memo<Bool>

        init(_ words: [String]) {
            let names = StructureText.Terms(words)
            let zones = StructureText.Terms(words + ["fil d'ariane"])
            isBreadcrumb = Memo { names.first(in: $0) != nil }
            isZoneName = Memo { zones.first(in: $0) != nil }
        }

        /// Whether a zone's selector (`nav.fil-ariane`) names breadcrumbs, by the same words and "fil d'ariane".
        mutating func namesBreadcrumbs(zone selector: String) -> Bool { isZoneName(selector) }

        /// The first of `names`, in alphabetical order, that names breadcrumbs.
        mutating func first(in names: Set<String>) -> String? {
            names.filter { isBreadcrumb($0) }.min()
        }
    }

    /// How the page shows breadcrumbs, when it does.
    static func breadcrumb(_ facts: PageFacts, _ names: inout BreadcrumbNames) -> Localized? {
        if facts.schemaTypes.contains("BreadcrumbList") { return .verbatim("schema.org BreadcrumbList") }
        if let name = names.first(in: facts.ids) ?? names.first(in: facts.classes) {
            return Localized(fr: "id ou classe « \(name) »", en: "id or class “\(name)”")
        }
        if let zone = facts.zones.first(where: { names.namesBreadcrumbs(zone: $0.selector) }) {
            return .verbatim(zone.selector)
        }
        if let block = facts.textBlocks.first(where: { startsWithHome($0.text) && StructureText.firstMatch(trail, in: $0.text) != nil && $0.text.count < 200 }) {
            return .verbatim(block.text)
        }
        return nil
    }

    /// Whether `text` may start, after blanks, with "accueil" or "home" in any case: a cheap test before
    /// the trail's regular expression, which most blocks would fail. Text that starts with a non-ASCII
    /// character (a non-breaking space…) is left to the expression.
    private static func startsWithHome(_ text: String) -> Bool {
        let bytes = text.utf8.drop { $0 == 0x20 || (0x09...0x0D).contains($0) }
        guard let first = bytes.first else { return false }
        func starts(with word: String) -> Bool {
            bytes.count >= word.utf8.count && zip(bytes, word.utf8).allSatisfy { $0 | 0x20 == $1 }
        }
        return first >= 0x80 || starts(with: "accueil") || starts(with: "home")
    }
}
