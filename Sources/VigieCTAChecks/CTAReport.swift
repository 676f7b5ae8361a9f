import VigieCheckKit
import VigieCore

/// Helpers shared by the `cta` checks: the detector built from the rules, the JSON list of calls to
/// action for the report, and which pages are content pages.
enum CTAReport {
    static func detector(_ context: AuditContext) -> CTADetector {
        CTADetector(words: context.rules.pack(CTAWords.self))
    }

    /// `{"page","label","target","zone","kind","prominence"}` objects: `data["ctas"]` of `cta.coverage` (the list
    /// the report prints, every distinct call to action of the site once), `data["home_ctas"]` of `cta.home` and `cta.early`.
    static func json(_ ctas: [CallToAction], page: String) -> [JSONValue] {
        ctas.map { cta in
            [
                "page": .string(page), "label": .string(cta.label), "target": cta.target.map { .string($0) } ?? .null,
                "zone": .string(cta.zone.rawValue), "kind": .string(cta.kind.rawValue), "prominence": .number(Double(cta.prominence)),
            ]
        }
    }

    /// The calls to action the report lists (page, label, target, zone, pages where it appears).
    static func table(_ entries: [(cta: CallToAction, page: String, pages: Int)]) -> ResultTable {
        ResultTable(
            title: Localized(fr: "Appels à l'action repérés", en: "Calls to action found"),
            columns: [Localized(fr: "Page", en: "Page"), Localized(fr: "Libellé", en: "Label"), Localized(fr: "Cible", en: "Target"),
                      Localized(fr: "Zone", en: "Zone"), Localized(fr: "Pages", en: "Pages")],
            rows: entries.prefix(60).map { entry in
                [.verbatim(entry.page), .verbatim(entry.cta.label), .verbatim(entry.cta.target ?? ""), zoneName(entry.cta.zone), .verbatim(String(entry.pages))]
            }, quoted: [1])
    }

    /// A page zone in words.
    static func zoneName(_ zone: Zone) -> Localized {
        switch zone {
        case .header: Localized(fr: "en-tête", en: "header")
        case .nav: Localized(fr: "menu", en: "menu")
        case .main: Localized(fr: "contenu", en: "content")
        case .aside: Localized(fr: "encadré", en: "sidebar")
        case .footer: Localized(fr: "pied de page", en: "footer")
        case .body: Localized(fr: "corps", en: "body")
        }
    }

    /// One line of evidence for a call to action.
    static func evidence(_ cta: CallToAction, page: String) -> Evidence {
        Evidence(url: page, excerpt: cta.label, selector: cta.path.isEmpty ? nil : cta.path,
                 note: cta.target.map { Localized(fr: "vers \($0), \(zoneName(cta.zone).fr)", en: "to \($0), \(zoneName(cta.zone).en)") } ?? zoneName(cta.zone))
    }

    /// Distinct primary calls to action (by normalised label); many compete for attention.
    static func competing(_ ctas: [CallToAction], words: CTAWords) -> [String]? {
        var labels: [String] = []
        var seen: Set<String> = []
        for cta in ctas where cta.isPrimary {
            if seen.insert(LabelText.normalize(cta.label)).inserted { labels.append(cta.label) }
        }
        return labels.count > words.competingPrimary ? labels : nil
    }

    /// The names of utility pages (legal notice, CGV, CGU, privacy, cookies, accessibility, site map) in the
    /// words of `rules/priority-pages.yml`, normalised: made once for a loop over the site's pages.
    static func utilityPhrases(_ words: PriorityPageWords) -> [String] {
        let kinds = ["legal-notice", "cgv", "cgu", "privacy", "cookies", "accessibility", "sitemap"]
        return kinds.flatMap { words.pages[$0] ?? [] }.map(LabelText.normalize).filter { !$0.isEmpty }
    }

    /// Whether a page is a utility page, by the last segment of its URL or the start of its title
    /// (`phrases` from `utilityPhrases`).
    static func isUtilityPage(_ url: String, title: String?, phrases: [String]) -> Bool {
        var segment = CTADetector.path(of: url).map { path in path.split(separator: "/").last.map(String.init) ?? "" } ?? ""
        if let dot = segment.lastIndex(of: ".") { segment = String(segment[..<dot]) }
        let last = LabelText.normalize(segment)
        let heading = LabelText.normalize(title ?? "")
        return phrases.contains { last == $0 || LabelText.starts(heading, with: $0) }
    }
}
