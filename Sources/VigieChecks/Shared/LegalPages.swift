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
    /// The HTML pages holding at least one link of each kind (to tell "reachable from every page").
    public private(set) var linkedFrom: [Kind: Set<String>] = [:]
    /// The number of HTML pages read.
    public private(set) var pageCount = 0

    /// Reads every link of every HTML page once.
    public init(snapshot: SiteSnapshot, words: PriorityPageWords) {
        // Words for labels (no URL punctuation, in the form of `FoldedText.words`) and for paths (no
        // spaces, lower-case ASCII as URLs are), prepared once: every link of every page is read on bytes.
        var labelWords: [Kind: [String]] = [:]
        var pathWords: [Kind: [String]] = [:]
        for kind in Kind.allCases {
            let folded = (words.pages[kind.rawValue] ?? []).map(FoldedText.fold)
            labelWords[kind] = folded.filter { !$0.utf8.contains(UInt8(ascii: "-")) && !$0.utf8.contains(UInt8(ascii: "_")) }.map(FoldedText.words)
            pathWords[kind] = folded.filter { !$0.utf8.contains(UInt8(ascii: " ")) }
        }
        var seen: Set<String> = []
        // The header, menu and footer links recur on every page: each distinct (URL, label) of those
        // zones is classified once.
        var kindsOf: [String: [Kind]] = [:]
        for (record, facts) in snapshot.htmlPages {
            pageCount += 1
            for link in facts.links {
                guard let raw = link.url else { continue }
                let url = raw.utf8.contains(UInt8(ascii: "#")) ? String(raw.split(separator: "#", maxSplits: 1).first ?? "") : raw
                func classify() -> [Kind] {
                    let label = FoldedText.words(link.label)
                    let path = FoldedText.asciiLowercased(Self.path(of: url))
                    return Kind.allCases.filter { kind in
                        let inLabel = (labelWords[kind] ?? []).contains { StructureText.containsBytes(label, $0) }
                        let inURL = (pathWords[kind] ?? []).contains { StructureText.containsBytes(path, $0) }
                        return (inLabel || inURL) && !(kind == .cgu && StructureText.containsBytes(label, "vente"))
                    }
                }
                let kinds: [Kind]
                if link.zone == .header || link.zone == .nav || link.zone == .footer {
                    let key = url + "\u{0}" + link.label
                    if let known = kindsOf[key] {
                        kinds = known
                    } else {
                        kinds = classify()
                        kindsOf[key] = kinds
                    }
                } else {
                    kinds = classify()
                }
                for kind in kinds {
                    linkedFrom[kind, default: []].insert(record.url)
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

    /// HTML pages of the snapshot without a link of `kind` (in crawl order).
    public func pagesWithout(_ kind: Kind, in snapshot: SiteSnapshot) -> [String] {
        let linking = linkedFrom[kind] ?? []
        return snapshot.htmlPages.map(\.record.url).filter { !linking.contains($0) }
    }

    /// The path and query of an absolute URL.
    static func path(of url: String) -> String {
        let bytes = Array(url.utf8)
        var index = 0
        while index + 2 < bytes.count, !(bytes[index] == 0x3A && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F) { index += 1 }
        guard index + 2 < bytes.count else { return url }
        guard let slash = bytes[(index + 3)...].firstIndex(of: 0x2F) else { return "/" }
        return String(decoding: bytes[slash...], as: UTF8.self)
    }
}
