import Foundation
import VigieCore

/// A parsed page seen through the audit grid's zones: which elements sit in the header, the footer, the body.
struct StructurePage: Sendable {
    let record: PageRecord
    let facts: PageFacts
    /// Elements of the `nav` zone before this order belong to the header (a top menu).
    let contentStart: Int
    /// Elements of the `nav` zone after this order belong to the footer (a `<nav>` of legal links at the bottom).
    let contentEnd: Int

    init(record: PageRecord, facts: PageFacts) {
        self.record = record
        self.facts = facts
        let content = facts.textBlocks.filter { $0.zone == .main || $0.zone == .footer }.map(\.order)
            + facts.headings.filter { $0.zone == .main || $0.zone == .footer }.map(\.order)
            + facts.links.filter { $0.zone == .main || $0.zone == .footer }.map(\.order)
        contentStart = content.min() ?? Int.max
        let body: Set<Zone> = [.main, .body, .aside]
        let inner = facts.textBlocks.filter { body.contains($0.zone) }.map(\.order)
            + facts.headings.filter { body.contains($0.zone) }.map(\.order)
            + facts.images.filter { body.contains($0.zone) }.map(\.order)
        contentEnd = inner.max() ?? Int.max
    }

    var url: String { record.url }

    /// The header, plus a menu that sits above the content.
    func inHeader(_ zone: Zone, _ order: Int) -> Bool {
        zone == .header || (zone == .nav && order < contentStart)
    }

    /// The footer, plus a menu that sits below the content.
    func inFooter(_ zone: Zone, _ order: Int) -> Bool {
        zone == .footer || (zone == .nav && order > contentEnd && !inHeader(zone, order))
    }

    /// The body: everything that is neither header nor footer.
    func inBody(_ zone: Zone, _ order: Int) -> Bool { !inHeader(zone, order) && !inFooter(zone, order) }

    var headerLinks: [LinkFact] { facts.links.filter { inHeader($0.zone, $0.order) } }
    var footerLinks: [LinkFact] { facts.links.filter { inFooter($0.zone, $0.order) } }
    var headerText: [TextBlock] { facts.textBlocks.filter { inHeader($0.zone, $0.order) } }
    var footerText: [TextBlock] { facts.textBlocks.filter { inFooter($0.zone, $0.order) } }

    /// How `zone` was found, for evidence: `div#entete (zone: id-class)`; nil when the page has no such zone.
    func zoneSelector(_ zone: Zone) -> String? {
        guard let fact = facts.zoneFact(zone) else { return nil }
        return "\(fact.selector) (zone: \(fact.method.rawValue))"
    }

    /// How the header was found (or, when the page has no header, the top menu that stands for it).
    var headerSelector: String? {
        zoneSelector(.header) ?? (facts.links.contains { $0.zone == .nav && inHeader($0.zone, $0.order) } ? zoneSelector(.nav) : nil)
    }

    /// The way the header (or the top menu standing for it) was found, for `data["zone_method"]`.
    var headerMethod: JSONValue { facts.zoneFact(.header) == nil ? zoneMethod(.nav) : zoneMethod(.header) }

    /// The way `zone` was found, for `data["zone_method"]`.
    func zoneMethod(_ zone: Zone) -> JSONValue {
        facts.zoneFact(zone).map { .string($0.method.rawValue) } ?? .null
    }

    /// The zone an element sits in, named for messages (« le pied de page »).
    func zoneName(_ zone: Zone, _ order: Int) -> Localized {
        if inHeader(zone, order) { return Localized(fr: "l'en-tête", en: "the header") }
        if inFooter(zone, order) { return Localized(fr: "le pied de page", en: "the footer") }
        return Localized(fr: "le corps de la page", en: "the page body")
    }

    /// `url` is this site's home page (`/`, `/index.html`, the home URL), ignoring query and fragment.
    static func isHome(_ url: String?, homeURL: String) -> Bool {
        guard let url, let target = URLComponents(string: url), let home = URLComponents(string: homeURL) else { return false }
        guard target.host?.lowercased() == home.host?.lowercased() else { return false }
        return homePath(target.path) == homePath(home.path)
    }

    private static func homePath(_ path: String) -> String {
        var p = path
        for index in ["index.html", "index.htm", "index.php", "accueil.html", "accueil"] where p.lowercased().hasSuffix("/" + index) {
            p = String(p.dropLast(index.count))
        }
        while p.hasSuffix("/") { p.removeLast() }
        return p
    }

    /// `url` is on the same host as `homeURL` (ignoring `www.`).
    static func isInternal(_ url: String?, homeURL: String) -> Bool {
        guard let host = hostName(url), let home = hostName(homeURL) else { return false }
        return host == home
    }

    /// A URL without its fragment and trailing slashes, to compare link targets with crawled URLs.
    static func key(_ url: String) -> String {
        let bytes = url.utf8
        var end = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        return end == bytes.endIndex ? url : String(url[..<end])
    }

    /// The lower-case host of `url` without `www.`.
    static func hostName(_ url: String?) -> String? {
        guard let url, let host = URLComponents(string: url)?.host?.lowercased() else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}

extension SiteSnapshot {
    /// The home page seen through its zones, when it was parsed.
    var structureHome: StructurePage? {
        let pages = htmlPages
        let home = pages.first { $0.record.url == homeURL || $0.record.finalURL == homeURL }
            ?? pages.first { $0.record.depth == 0 } ?? pages.first
        return home.map { StructurePage(record: $0.record, facts: $0.facts) }
    }

    /// Every parsed page seen through its zones, in crawl order.
    var structurePages: [StructurePage] {
        htmlPages.map { StructurePage(record: $0.record, facts: $0.facts) }
    }
}

extension AuditContext {
    /// The snapshot's structure pages, built once per audit for all the structure checks.
    var structurePages: [StructurePage] {
        cache.value("structure.pages") { snapshot.structurePages }
    }
}
