import VigieCheckKit
import VigieCore

/// Finds the widgets named by the rules (chat, reviews) in a page: in a script's source, an iframe's
/// source, an inline script when asked, an id or a class. Each distinct source, script and name is
/// matched once per check run: they repeat on every page of a site.
struct WidgetMatcher {
    let widgets: [StructureWords.Signature]
    let readsInlineScripts: Bool
    /// The indexes of the widgets whose patterns occur in a text.
    private var matching: Memo<[Int]>

    init(_ widgets: [StructureWords.Signature], readsInlineScripts: Bool) {
        self.widgets = widgets
        self.readsInlineScripts = readsInlineScripts
        matching = Memo { text in widgets.indices.filter { StructureText.firstPattern(in: text, widgets[$0].patterns) != nil } }
    }

    /// The first widget (in the rules' order) seen in `facts`, with what shows it: the source, the
    /// pattern of the inline script, else the first id (then class) in alphabetical order.
    mutating func first(in facts: PageFacts) -> (name: String, excerpt: String)? {
        let sources = facts.scripts.compactMap(\.src) + facts.iframes.compactMap(\.src)
        let inline = readsInlineScripts ? facts.scripts.filter { $0.src == nil }.map(\.inlineText) : []
        let seen = Set((sources + inline + Array(facts.ids) + Array(facts.classes)).flatMap { matching($0) })
        guard let index = widgets.indices.first(where: seen.contains) else { return nil }
        let widget = widgets[index]
        if let src = sources.first(where: { matching($0).contains(index) }) { return (widget.name, src) }
        if let text = inline.first(where: { matching($0).contains(index) }), let pattern = StructureText.firstPattern(in: text, widget.patterns) {
            return (widget.name, "script en ligne : « \(pattern) »")
        }
        let name = facts.ids.filter { matching($0).contains(index) }.min() ?? facts.classes.filter { matching($0).contains(index) }.min() ?? ""
        return (widget.name, "id/classe « \(name) »")
    }
}
