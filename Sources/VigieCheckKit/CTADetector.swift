import Foundation
import VigieCore

/// A call to action found on a page: a link, button or submit control whose label names an action.
public struct CallToAction: Sendable, Hashable {
    /// What kind of element carries it.
    public enum Kind: String, Sendable, Hashable {
        /// A `<button>`, `<input type=button|submit>` outside forms, or an element with `role=button`.
        case button
        /// The submit control of a form (`Demander un devis` under a quote form).
        case submit
        /// A link styled as a button (class `btn`, `button`, `cta`…, or `role=button`).
        case styledLink = "styled-link"
        /// A `tel:` link.
        case phone
        /// A `mailto:` link.
        case email
        /// A plain link.
        case link
    }

    public var label: String
    /// Where it leads: the link's URL, the form's action; nil for a button without one.
    public var target: String?
    public var zone: Zone
    public var kind: Kind
    /// The lexicon phrase that matched, normalised (`demander un devis`).
    public var action: String
    /// Position in document order.
    public var order: Int
    /// A short selector-like path to the element.
    public var path: String
    /// In the header, or among the first content blocks of the page.
    public var early: Bool
    /// Sits in a navigation menu (a `<nav>` or the nav zone).
    public var inNavigation: Bool
    /// How much it stands out: 1 for an action label, +2 button or button style, +1 `tel:`/`mailto:`,
    /// +1 header, +1 early, −1 navigation menu or footer. Only scores ≥ 1 are calls to action.
    public var prominence: Int

    /// A clear call to action: a button, a styled link, or a link that stands out by its place.
    public var isClear: Bool { prominence >= 2 }
    /// A primary call to action: a button or styled link in a prominent place.
    public var isPrimary: Bool { prominence >= 3 }
}

/// Finds calls to action in a page's facts, with the lexicon of `rules/cta.yml`.
///
/// A call to action is a link or button whose label starts with an action of the lexicon, or
/// contains one and is short. It is weighted by prominence (see `CallToAction.prominence`): a plain
/// menu link is not a call to action just because it points to the contact page, and a "Contact"
/// label is a noun, not an action. Pure and reusable (the structure module's `header.cta` calls it).
public struct CTADetector: Sendable {
    /// Action phrases as word lists, by their first word; longest first within each list.
    private let actionsByFirstWord: [Substring: [[Substring]]]
    private let vague: Set<String>
    private let buttonClasses: Set<String>
    private let contactWords: [String]
    private let containsMaxWords: Int
    private let earlyBlocks: Int
    private let earlyCharacters: Int

    public init(words: CTAWords) {
        let all = words.actions.keys.sorted().flatMap { words.actions[$0] ?? [] }
        let phrases = Set(all.map(LabelText.normalize).filter { !$0.isEmpty })
        var index: [Substring: [[Substring]]] = [:]
        for phrase in phrases {
            let parts = phrase.split(separator: " ")
            index[parts[0], default: []].append(parts)
        }
        // Longest first, so the reported action is the most specific one.
        actionsByFirstWord = index.mapValues { $0.sorted { ($0.count, $0.joined(separator: " ")) > ($1.count, $1.joined(separator: " ")) } }
        vague = Set(words.vague.map(LabelText.normalize).filter { !$0.isEmpty })
        buttonClasses = Set(words.buttonClasses.map { $0.lowercased() })
        contactWords = words.contactWords.map(LabelText.normalize).filter { !$0.isEmpty }
        containsMaxWords = words.containsMaxWords
        earlyBlocks = words.earlyBlocks
        earlyCharacters = words.earlyCharacters
    }

    /// The action phrase that `label` names, when it names one.
    public func action(in label: String) -> String? {
        let words = LabelText.normalize(label).split(separator: " ")
        guard !words.isEmpty else { return nil }
        // Starts with an action; else, for a short label, contains one (the longest at the earliest place).
        let starts = words.count <= containsMaxWords ? words.count : 1
        for start in 0..<starts {
            for phrase in actionsByFirstWord[words[start]] ?? [] where start + phrase.count <= words.count {
                if zip(phrase, words[start...]).allSatisfy({ $0 == $1 }) { return phrase.joined(separator: " ") }
            }
        }
        return nil
    }

    /// Whether `label` says nothing out of context ("cliquez ici", "en savoir plus", "read more").
    public func isVague(_ label: String) -> Bool {
        let text = LabelText.normalize(label)
        return !text.isEmpty && vague.contains(text)
    }

    /// Whether a link points to a contact page (by its URL's path or its label).
    public func pointsToContact(_ link: LinkFact) -> Bool {
        let label = LabelText.normalize(link.label)
        if contactWords.contains(where: { LabelText.contains(label, phrase: $0) }) { return true }
        guard let url = link.url, let path = Self.path(of: url) else { return false }
        let words = LabelText.normalize(path)
        return contactWords.contains { LabelText.contains(words, phrase: $0) }
    }

    /// Whether class names style an element as a button.
    public func styledAsButton(_ classes: [String]) -> Bool {
        classes.contains { name in
            let lower = name.lowercased()
            if buttonClasses.contains(lower) { return true }
            return lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).contains { buttonClasses.contains(String($0)) }
        }
    }

    /// The calls to action of `page`, in document order.
    public func callsToAction(in page: PageFacts) -> [CallToAction] {
        var actions = Memo(action(in:))
        return callsToAction(in: page, actions: &actions)
    }

    /// The calls to action of `page`, with the action of each label read through `actions`: a check
    /// that reads every page keeps one memo, since menus and footers repeat their labels.
    package func callsToAction(in page: PageFacts, actions: inout Memo<String?>) -> [CallToAction] {
        let early = EarlyBoundary(page: page, blocks: earlyBlocks, characters: earlyCharacters)
        var found: [CallToAction] = []
        for link in page.links {
            guard let action = actions(link.label) else { continue }
            let href = link.href.trimmingWhitespace().lowercased()
            let kind: CallToAction.Kind =
                href.hasPrefix("tel:") ? .phone
                : href.hasPrefix("mailto:") ? .email
                : (styledAsButton(link.classes) || link.role?.lowercased() == "button") ? .styledLink : .link
            let inNav = link.zone == .nav || Self.pathHasNav(link.path)
            append(&found, label: link.label, target: link.url ?? link.href, zone: link.zone, kind: kind, action: action,
                   order: link.order, path: link.path, inNav: inNav, early: early)
        }
        for button in page.buttons {
            guard let action = actions(button.label) else { continue }
            let target = button.attributes["formaction"] ?? button.attributes["data-href"]
            append(&found, label: button.label, target: target, zone: button.zone, kind: .button, action: action,
                   order: button.order, path: button.path, inNav: button.zone == .nav || Self.pathHasNav(button.path), early: early)
        }
        for form in page.forms where !Self.isSearch(form) {
            for submit in form.submits {
                guard let action = actions(submit.label) else { continue }
                append(&found, label: submit.label, target: form.action, zone: form.zone, kind: .submit, action: action,
                       order: form.order, path: "form " + submit.tag, inNav: false, early: early)
            }
        }
        return found.sorted { $0.order < $1.order }
    }

    private func append(
        _ found: inout [CallToAction], label: String, target: String?, zone: Zone, kind: CallToAction.Kind, action: String,
        order: Int, path: String, inNav: Bool, early: EarlyBoundary
    ) {
        let isEarly = zone == .header || early.contains(order)
        var score = 1
        switch kind {
        case .button, .submit, .styledLink: score += 2
        case .phone, .email: score += 1
        case .link: break
        }
        if inNav || zone == .footer {
            score -= 1
        } else {
            if zone == .header { score += 1 }
            if isEarly { score += 1 }
        }
        guard score >= 1 else { return }
        found.append(CallToAction(
            label: Evidence.clip(label, limit: 120), target: target, zone: zone, kind: kind, action: action, order: order,
            path: path, early: isEarly && !inNav && zone != .footer, inNavigation: inNav, prominence: score))
    }

    /// Whether a form is a site-search form (its submit is no call to action).
    public static func isSearch(_ form: FormFact) -> Bool {
        if form.role?.lowercased() == "search" { return true }
        if form.fields.contains(where: { $0.type == "search" }) { return true }
        if let action = form.action.flatMap(Self.path(of:))?.lowercased(), action.contains("search") || action.contains("recherche") { return true }
        let visible = form.fields.filter { $0.type != "hidden" }
        return visible.count == 1 && ["q", "s", "search", "query", "recherche"].contains(visible[0].name?.lowercased() ?? "")
    }

    static func pathHasNav(_ path: String) -> Bool {
        path.split(separator: " ").contains("nav")
    }

    /// The path part of an absolute URL, without query or fragment.
    package static func path(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "" }
        let path = rest[slash...]
        let end = path.firstIndex { $0 == "?" || $0 == "#" } ?? path.endIndex
        return String(path[..<end])
    }
}

/// The end of a page's "first screen": the order before which content is early.
struct EarlyBoundary {
    /// The order of the first content block that is no longer early (nil: the whole page is early).
    let limit: Int?

    init(page: PageFacts, blocks: Int, characters: Int) {
        var count = 0
        var chars = 0
        var limit: Int?
        for block in page.textBlocks where block.zone == .main || block.zone == .body || block.zone == .aside {
            count += 1
            chars += block.text.count
            if count > blocks || chars > characters {
                limit = block.order
                break
            }
        }
        self.limit = limit
    }

    func contains(_ order: Int) -> Bool {
        guard let limit else { return true }
        return order < limit
    }
}
