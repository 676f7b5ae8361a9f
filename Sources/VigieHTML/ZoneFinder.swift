import CLibXML2
import VigieCore

/// Finds the page's zones before the main walk, and marks each zone's element (through libxml2's
/// application field `_private`, on a document this parse owns) so the walk knows where it is.
///
/// Per zone, the best method that finds anything wins:
/// 1. HTML5 landmark elements `<header>`, `<nav>`, `<main>`, `<footer>`, `<aside>` — a `<header>` or
///    `<footer>` inside `<article>`, `<aside>`, `<main>`, `<nav>` or `<section>` is not the page's;
/// 2. ARIA roles `banner`, `navigation`, `main`, `contentinfo`, `complementary`;
/// 3. ids and class names (ZoneMatcher) on layout containers (`div`, `section`, `table`, `tr`, `td`,
///    `th`, `tbody`, `ul`, `ol`, `center`); the outermost match only; for the header the first one
///    in the page, for the footer the last one; header and footer candidates inside sectioning
///    elements are ignored — except, when the page has no `<footer>` element, a footer named inside
///    `<main>` (not in an article, a section…) that ends the page's content: it is the last
///    significant child of each of its ancestors up to the body;
/// 4. for the header and the footer only, position: the first and last significant children of the
///    body (descending through lone wrappers and layout tables) when there are at least three, and
///    when they are boxes (`div`, `table`, `tr`, `td`, `section`, `center`, custom elements), not
///    headings or paragraphs; the header must hold a link or an image.
struct ZoneFinder {
    /// The zones found, one fact per marked element, in the order above.
    private(set) var facts: [ZoneFact] = []
    /// The first `<base href>`, as written.
    private(set) var baseHref: String?

    /// The zone marked on `node`, when it is a zone's element.
    static func mark(of node: NodePointer) -> Zone? {
        guard let raw = node.pointee._private else { return nil }
        switch Int(bitPattern: raw) {
        case 1: return .header
        case 2: return .nav
        case 3: return .main
        case 4: return .aside
        case 5: return .footer
        default: return nil
        }
    }

    private static func setMark(_ node: NodePointer, _ zone: Zone) {
        let code = switch zone {
        case .header: 1
        case .nav: 2
        case .main: 3
        case .aside: 4
        case .footer: 5
        case .body: 0
        }
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: code)
    }

    private struct Candidate {
        var node: NodePointer
        var selector: String
    }

    init(root: NodePointer, matcher: ZoneMatcher) {
        var landmark: [Zone: [Candidate]] = [:]
        var aria: [Zone: [Candidate]] = [:]
        var named: [Zone: [Candidate]] = [:]
        var body: NodePointer?
        var memo: [String: Zone?] = [:]
        var footersInMain: [Candidate] = []
        var hasFooterElement = false

        // State bits per open element: 1 = inside sectioning (`<main>` included); 2 << zone = inside a
        // named candidate; 64 = inside sectioning other than `<main>`.
        var states: [UInt16] = [0]
        var node: NodePointer? = root
        while let current = node {
            var state = states[states.count - 1]
            var descend = false
            if current.isElement {
                let tag = current.tag
                if tag == .body, body == nil { body = current }
                if tag == .base, baseHref == nil { baseHref = current.attribute("href") }
                let (id, classAttribute, role) = Self.zoneAttributes(current, names: Self.isLayoutContainer(tag) || Self.isLandmark(tag))
                switch tag {
                case .header, .footer:
                    if tag == .footer { hasFooterElement = true }
                    if state & 1 == 0 {
                        landmark[tag == .header ? .header : .footer, default: []].append(Candidate(node: current, selector: Self.selector(tag: current.nameString, id: id)))
                    }
                case .nav, .main, .aside:
                    let zone: Zone = tag == .nav ? .nav : tag == .main ? .main : .aside
                    landmark[zone, default: []].append(Candidate(node: current, selector: Self.selector(tag: current.nameString, id: id)))
                default:
                    break
                }
                if let role, let zone = Self.zone(ofRole: role) {
                    aria[zone, default: []].append(Candidate(node: current, selector: Self.selector(tag: current.nameString, id: id) + "[role=\(role)]"))
                }
                if Self.isLayoutContainer(tag), id != nil || classAttribute != nil {
                    let classes = classAttribute.map(classNames) ?? []
                    var match: (Zone, String)?
                    if let id, let zone = Self.zone(of: id, matcher, memo: &memo) { match = (zone, Self.selector(tag: current.nameString, id: id)) }
                    if match == nil {
                        for name in classes {
                            if let zone = Self.zone(of: name, matcher, memo: &memo) { match = (zone, current.nameString + "." + name); break }
                        }
                    }
                    if let (zone, selector) = match {
                        let bit = Self.bit(zone)
                        let blocked = (zone == .header || zone == .footer) && state & 1 != 0
                        if state & bit == 0, !blocked {
                            named[zone, default: []].append(Candidate(node: current, selector: selector))
                        } else if state & bit == 0, zone == .footer, state & 64 == 0 {
                            footersInMain.append(Candidate(node: current, selector: selector))
                        }
                        state |= bit
                    }
                }
                switch tag {
                case .main: state |= 1
                case .article, .aside, .nav, .section: state |= 1 | 64
                default: break
                }
                descend = current.pointee.children != nil
            }
            if descend, let child = current.pointee.children {
                states.append(state)
                node = child
                continue
            }
            // Next node in document order, closing the elements left.
            var climb: NodePointer? = current
            node = nil
            while let c = climb {
                if let sibling = c.pointee.next { node = sibling; break }
                guard let parent = c.pointee.parent, parent != root.pointee.parent, parent.isElement else { break }
                states.removeLast()
                climb = parent
            }
        }

        for zone in [Zone.header, .nav, .main, .aside, .footer] {
            if let found = landmark[zone], !found.isEmpty {
                record(found, zone, .landmark)
            } else if let found = aria[zone], !found.isEmpty {
                record(found, zone, .aria)
            } else if var found = named[zone], !found.isEmpty {
                if zone == .header { found = [found[0]] }
                if zone == .footer { found = [found[found.count - 1]] }
                record(found, zone, .idClass)
            } else if zone == .footer, !hasFooterElement, let last = footersInMain.last, Self.endsContent(last.node) {
                record([last], zone, .idClass)
            }
        }
        if let body { findByPosition(body) }
    }

    /// The matcher's answer, remembered for the page (class names repeat from element to element).
    private static func zone(of value: String, _ matcher: ZoneMatcher, memo: inout [String: Zone?]) -> Zone? {
        if let known = memo[value] { return known }
        let zone = matcher.zone(of: value)
        memo[value] = zone
        return zone
    }

    private mutating func record(_ candidates: [Candidate], _ zone: Zone, _ method: ZoneMethod) {
        for candidate in candidates {
            Self.setMark(candidate.node, zone)
            facts.append(ZoneFact(zone: zone, method: method, selector: candidate.selector, textExcerpt: candidate.node.collapsedText(cap: 200)))
        }
    }

    /// Position as a last resort for the header and the footer.
    private mutating func findByPosition(_ body: NodePointer) {
        let needHeader = !facts.contains { $0.zone == .header }
        let needFooter = !facts.contains { $0.zone == .footer }
        guard needHeader || needFooter else { return }
        var container = body
        var children = Self.significantChildren(of: container)
        var depth = 0
        while children.count == 1, depth < 6 {
            let only = children[0]
            switch only.tag {
            case .div, .table, .tbody, .center, .form, .section, .td:
                container = only
                children = Self.significantChildren(of: container)
                depth += 1
            default:
                depth = 6
            }
        }
        guard children.count >= 3 else { return }
        let parentName = container.nameString
        if needHeader, let first = children.first, ZoneFinder.mark(of: first) == nil, Self.isPositionBox(first.tag),
           Self.containsLinkOrImage(first) {
            Self.setMark(first, .header)
            facts.append(ZoneFact(zone: .header, method: .position, selector: "\(parentName) > \(first.nameString):first-child", textExcerpt: first.collapsedText(cap: 200)))
        }
        if needFooter, let last = children.last, ZoneFinder.mark(of: last) == nil, Self.isPositionBox(last.tag) {
            Self.setMark(last, .footer)
            facts.append(ZoneFact(zone: .footer, method: .position, selector: "\(parentName) > \(last.nameString):last-child", textExcerpt: last.collapsedText(cap: 200)))
        }
    }

    /// Whether `node` ends the page's content: the last significant child of each of its ancestors up to the body.
    private static func endsContent(_ node: NodePointer) -> Bool {
        var current = node
        while let parent = current.pointee.parent, parent.isElement, parent.tag != .body {
            guard significantChildren(of: parent).last == current else { return false }
            current = parent
        }
        return true
    }

    /// Boxes that can be a header or a footer by position (not a heading, a paragraph or a list).
    private static func isPositionBox(_ tag: Tag) -> Bool {
        switch tag {
        case .div, .table, .tbody, .tr, .td, .center, .section, .other: true
        default: false
        }
    }

    /// Whether the subtree holds a link or an image (a header by position must: a logo, a menu).
    private static func containsLinkOrImage(_ root: NodePointer) -> Bool {
        var node: NodePointer? = root.pointee.children
        var seen = 0
        while let current = node, seen < 2_000 {
            seen += 1
            if current.isElement {
                let tag = current.tag
                if tag == .a || tag == .img || tag == .svg { return true }
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            }
            var climb: NodePointer? = current
            node = nil
            while let c = climb, c != root {
                if let next = c.pointee.next { node = next; break }
                climb = c.pointee.parent
            }
        }
        return false
    }

    /// Element children that show something (not scripts, styles, hidden inputs or empty boxes).
    private static func significantChildren(of node: NodePointer) -> [NodePointer] {
        node.elementChildren.filter { child in
            switch child.tag {
            case .script, .style, .noscript, .template, .link, .meta, .br, .hr, .input, .iframe: return false
            default: return child.pointee.children != nil
            }
        }
    }

    /// `id` and `class` (only when `names`) and a `role` that names a zone, without making Strings
    /// for the attributes of other elements.
    private static func zoneAttributes(_ node: NodePointer, names: Bool) -> (id: String?, classAttribute: String?, role: String?) {
        var id: String?
        var classes: String?
        var role: String?
        var attr = node.pointee.properties
        while let current = attr {
            if let n = current.pointee.name {
                if n[0] == UInt8(ascii: "r"), equals(n, "role") {
                    if let value = current.pointee.children?.pointee.content, zone(ofRole: value) != nil {
                        role = String(cString: value)
                    }
                } else if names, n[0] == UInt8(ascii: "i"), equals(n, "id") {
                    id = current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                } else if names, n[0] == UInt8(ascii: "c"), equals(n, "class") {
                    classes = current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                }
            }
            attr = current.pointee.next
        }
        return (id, classes, role)
    }

    private static func isLandmark(_ tag: Tag) -> Bool {
        switch tag {
        case .header, .footer, .nav, .main, .aside: true
        default: false
        }
    }

    /// The zone of an ARIA role value (trimmed, case-insensitive), read from libxml2's bytes.
    private static func zone(ofRole value: UnsafePointer<UInt8>) -> Zone? {
        var p = value
        while p.pointee == 0x20 || p.pointee == 0x09 || p.pointee == 0x0A { p += 1 }
        var bytes: (UInt64, UInt64) = (0, 0)
        var length = 0
        while p.pointee != 0, p.pointee != 0x20, p.pointee != 0x09, p.pointee != 0x0A {
            guard length < 16 else { return nil }
            var byte = UInt64(p.pointee)
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if length < 8 { bytes.0 |= byte << (8 * UInt64(length)) } else { bytes.1 |= byte << (8 * UInt64(length - 8)) }
            length += 1
            p += 1
        }
        for (word, zone) in roleWords where word == bytes { return zone }
        return nil
    }

    private static let roleWords: [((UInt64, UInt64), Zone)] = [
        ("banner", Zone.header), ("navigation", .nav), ("main", .main), ("contentinfo", .footer), ("complementary", .aside),
    ].map { word, zone in
        var packed: (UInt64, UInt64) = (0, 0)
        for (index, byte) in word.utf8.enumerated() {
            if index < 8 { packed.0 |= UInt64(byte) << (8 * UInt64(index)) } else { packed.1 |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
        return (packed, zone)
    }

    private static func isLayoutContainer(_ tag: Tag) -> Bool {
        switch tag {
        case .div, .section, .table, .tr, .td, .th, .tbody, .ul, .ol, .center: true
        default: false
        }
    }

    private static func zone(ofRole role: String) -> Zone? {
        switch role.trimmingASCIIWhitespace().lowercased() {
        case "banner": .header
        case "navigation": .nav
        case "main": .main
        case "contentinfo": .footer
        case "complementary": .aside
        default: nil
        }
    }

    private static func bit(_ zone: Zone) -> UInt16 {
        switch zone {
        case .header: 2
        case .nav: 4
        case .main: 8
        case .aside: 16
        case .footer: 32
        case .body: 0
        }
    }

    private static func selector(tag: String, id: String?) -> String {
        guard let id, !id.isEmpty else { return tag }
        return tag + "#" + id
    }
}
