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
        /// The label names the page (not only its URL).
        public var byLabel = true
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
        // Menus, footers and body links repeat from page to page: each distinct label and each distinct
        // URL is classified once, as a set of kinds (bit n for `Kind.allCases[n]`).
        let kinds = Kind.allCases
        var labelKinds = Memo { label -> (kinds: UInt8, saysSale: Bool) in
            let folded = FoldedText.words(label)
            let matched = kinds.indices.reduce(UInt8(0)) { bits, index in
                (labelWords[kinds[index]] ?? []).contains { StructureText.containsBytes(folded, $0) } ? bits | 1 << index : bits
            }
            return (matched, StructureText.containsBytes(folded, "vente"))
        }
        var pathKinds = Memo { url -> UInt8 in
            let path = FoldedText.asciiLowercased(Self.path(of: url))
            return kinds.indices.reduce(UInt8(0)) { bits, index in
                (pathWords[kinds[index]] ?? []).contains { StructureText.containsBytes(path, $0) } ? bits | 1 << index : bits
            }
        }
        let cguBit = UInt8(1) << kinds.firstIndex(of: .cgu)!
        var seen: Set<SeenLink> = []
        for (record, facts) in snapshot.htmlPages {
            pageCount += 1
            for link in facts.links {
                guard let raw = link.url else { continue }
                let url = raw.utf8.contains(UInt8(ascii: "#")) ? String(raw.split(separator: "#", maxSplits: 1).first ?? "") : raw
                let label = labelKinds(link.label)
                var bits = label.kinds | pathKinds(url)
                // "Conditions générales de vente" names the CGV, not the CGU.
                if label.saysSale { bits &= ~cguBit }
                guard bits != 0 else { continue }
                for index in kinds.indices where bits & 1 << index != 0 {
                    let kind = kinds[index]
                    linkedFrom[kind, default: []].insert(record.url)
                    guard seen.insert(SeenLink(kind: kind, url: url)).inserted else { continue }
                    links[kind, default: []].append(Found(url: url, label: link.label, fromPage: record.url, zone: link.zone,
                                                          byLabel: label.kinds & 1 << index != 0))
                }
            }
        }
    }

    /// A target already listed for a kind.
    private struct SeenLink: Hashable {
        let kind: Kind
        let url: String
    }

    /// The URLs of the pages of `kind` that were crawled and parsed (for a link to a redirect stub or a second
    /// address, the page it leads to).
    public func pages(_ kind: Kind, in snapshot: SiteSnapshot) -> [(record: PageRecord, facts: PageFacts)] {
        let linked = (links[kind] ?? []).map(\.url)
        let wanted = Set(linked + linked.map(snapshot.contentURL))
        return snapshot.htmlPages.filter { wanted.contains($0.record.url) || wanted.contains($0.record.finalURL ?? "") }
    }

    /// The links of `kind` that point to another site than the audited one (a production domain from a
    /// staging copy, `localhost`): the crawler does not read them.
    public func otherOrigin(_ kind: Kind, in snapshot: SiteSnapshot) -> [Found] {
        let audited = Self.authority(of: snapshot.homeURL)
        // Named by its label: a social network's « /legal/privacy-policy » is not the site's legal notice.
        let foreign = (links[kind] ?? []).filter { $0.byLabel && !$0.label.contains("/") && Self.authority(of: $0.url) != audited }
        guard !foreign.isEmpty else { return [] }
        // A host the crawler took as the site's own (`www.` or not) was read: not another origin.
        let read = Set(snapshot.htmlPages.flatMap { [$0.record.url, $0.record.finalURL].compactMap { $0 } })
        return foreign.filter { !read.contains($0.url) }
    }

    /// The pages of the audited site at the paths of `links` (the same path read on the audited origin).
    public func samePath(_ links: [Found], in snapshot: SiteSnapshot) -> [(record: PageRecord, facts: PageFacts)] {
        let paths = Set(links.map { Self.pagePath(of: $0.url) })
        let audited = Self.authority(of: snapshot.homeURL)
        return snapshot.htmlPages.filter { Self.authority(of: $0.record.url) == audited && paths.contains(Self.pagePath(of: $0.record.url)) }
    }

    /// The path of a URL as a page: `/x/` and `/x/index.html` are one page (fragment dropped).
    static func pagePath(of url: String) -> String {
        var path = Self.path(of: url)
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        for index in ["index.html", "index.htm", "index.php"] where path.hasSuffix("/" + index) { path.removeLast(index.count) }
        return path
    }

    /// `host:port` of an absolute URL, lower-case ("" when it has none).
    package static func authority(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return "" }
        let rest = url[scheme.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        return rest[..<end].lowercased()
    }

    /// HTML pages of the snapshot without a link of `kind` (in crawl order).
    public func pagesWithout(_ kind: Kind, in snapshot: SiteSnapshot) -> [String] {
        let linking = linkedFrom[kind] ?? []
        return snapshot.htmlPages.map(\.record.url).filter { !linking.contains($0) }
    }

    /// The path and query of an absolute URL.
    package static func path(of url: String) -> String {
        let bytes = Array(url.utf8)
        var index = 0
        while index + 2 < bytes.count, !(bytes[index] == 0x3A && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F) { index += 1 }
        guard index + 2 < bytes.count else { return url }
        guard let slash = bytes[(index + 3)...].firstIndex(of: 0x2F) else { return "/" }
        return String(decoding: bytes[slash...], as: UTF8.self)
    }
}
