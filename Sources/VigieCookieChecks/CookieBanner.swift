import VigieCheckKit
import VigieCore

/// A cookie banner written in a page's HTML: the text blocks inside an element whose id or class
/// names a banner (`cookie`, `consent`, `tarteaucitron`…), that speak of cookies, and the buttons and
/// links around them, one of which offers a choice (accept, refuse or customise). A cookie policy
/// page, which has text but no choice, is not a banner.
struct CookieBanner: Sendable {
    var url: String
    /// The banner's text, normalised (LabelText), and as written (evidence).
    var text: String
    var excerpt: String
    /// Normalised labels of its buttons and links.
    var controls: [String]
    /// Normalised labels and hrefs of its links.
    var links: [(label: String, href: String)]

    init?(_ facts: PageFacts, words: CookieWords) {
        func hinted(_ names: [String]) -> Bool {
            // Runs on the context of every text block of every page: bytes, not Foundation.
            names.contains { name in
                let lower = FoldedText.asciiLowercased(name)
                return words.bannerHints.contains { StructureText.containsBytes(lower, $0) }
            }
        }
        let blocks = facts.textBlocks.filter { hinted($0.context) }
        guard let first = blocks.first, let last = blocks.last else { return nil }
        let written = blocks.map(\.text).joined(separator: " ")
        let normalized = LabelText.normalize(written)
        guard CookieWords.first(words.bannerWords, in: normalized) != nil else { return nil }
        let end = facts.textBlocks.first { $0.order > last.order && !hinted($0.context) }?.order ?? Int.max
        let range = first.order...max(end, last.order)
        let buttons = facts.buttons.filter { range.contains($0.order) || hinted($0.classes + [$0.id ?? ""]) }
        let anchors = facts.links.filter { range.contains($0.order) || hinted($0.classes) }
        let controls = buttons.map { LabelText.normalize($0.label) } + anchors.map { LabelText.normalize($0.label) }
        let choices = words.accept + words.refuse + words.customize
        guard controls.contains(where: { CookieWords.starting(choices, label: $0) != nil }) else { return nil }
        url = facts.url
        text = normalized + " " + controls.joined(separator: " ")
        excerpt = Evidence.clip(written)
        self.controls = controls
        links = anchors.map { (LabelText.normalize($0.label), $0.href.lowercased()) }
    }

    /// The first control whose label starts with one of `phrases`.
    func control(_ phrases: [String]) -> String? {
        controls.first { CookieWords.starting(phrases, label: $0) != nil }
    }
}
