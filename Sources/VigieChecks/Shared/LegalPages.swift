import VigieCore

/// The site's legal pages (legal notice, CGV, CGU, privacy, cookies, accessibility, contact), found from
/// link labels and URLs in any zone, with the words of the `priority-pages` rule pack.
public struct LegalPages: Sendable {
    /// The kinds of page, named as in `rules/priority-pages.yml`.
    public enum Kind: String, Sendable, CaseIterable {
        case legalNotice = "legal-notice", cgv, cgu, privacy, cookies, contact, accessibility
    }

    /// A link to one of those pages, with the page that holds it.
    public struct Found: Sendable {
        public var url: String
        public var label: String
        public var fromPage: String
        public var zone: Zone
    }

    /// Links found by kind, in crawl order, one per target URL.
    public private(set) var links: [Kind: [Found]] = [:]

    /// Reads every link of every HTML page once.
    public init(snapshot: SiteSnapshot, words: PriorityPageWords) {
        var folded: [Kind: [String]] = [:]
        for kind in Kind.allCases { folded[kind] = (words.pages[kind.rawValue] ?? []).map(FoldedText.fold) }
        var seen: Set<String> = []
        for (record, facts) in snapshot.htmlPages {
            for link in facts.links {
                guard let url = link.url?.split(separator: "#", maxSplits: 1).first.map(String.init) else { continue }
                let label = FoldedText.fold(link.label)
                let path = FoldedText.fold(Self.path(of: url))
                for kind in Kind.allCases {
                    let needles = folded[kind] ?? []
                    let inLabel = needles.contains { !$0.contains("-") && !$0.contains("_") && label.contains($0) }
                    let inURL = needles.contains { !$0.contains(" ") && path.contains($0) }
                    guard inLabel || inURL else { continue }
                    if kind == .cgu, label.contains("vente") { continue }
                    guard seen.insert(kind.rawValue + " " + url).inserted else { continue }
                    links[kind, default: []].append(Found(url: url, label: link.label, fromPage: record.url, zone: link.zone))
                }
            }
        }
    }

    /// The URLs of the pages of `kind` that were crawled and parsed.
    public func pages(_ kind: Kind, in snapshot: SiteSnapshot) -> [(record: PageRecord, facts: PageFacts)] {
        let wanted = Set((links[kind] ?? []).map(\.url))
        return snapshot.htmlPages.filter { wanted.contains($0.record.url) || wanted.contains($0.record.finalURL ?? "") }
    }

    /// The path and query of an absolute URL.
    static func path(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
