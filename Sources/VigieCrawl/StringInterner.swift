import VigieCore

/// Shares one copy of each string that recurs across pages — menu and footer links, URLs that ~30 pages
/// link to, section names, class names — so that the snapshot's memory grows with what is distinct,
/// not with the page count. Swift strings share their storage when copied: storing the interned
/// instance is enough. Strings of 15 UTF-8 bytes or less are stored inline by Swift and skipped.
final class StringInterner: Sendable {
    private let table = Locked<Set<String>>([])

    /// Interns the strings of `facts` that repeat across pages.
    func intern(_ facts: inout PageFacts) {
        table.withLock { table in
            func shared(_ text: String) -> String {
                text.utf8.count <= 15 ? text : table.insert(text).memberAfterInsert
            }
            func shared(_ text: String?) -> String? { text.map(shared) }
            for index in facts.links.indices {
                facts.links[index].href = shared(facts.links[index].href)
                facts.links[index].url = shared(facts.links[index].url)
                facts.links[index].label = shared(facts.links[index].label)
                facts.links[index].path = shared(facts.links[index].path)
                facts.links[index].classes = facts.links[index].classes.map(shared)
            }
            for index in facts.textBlocks.indices {
                facts.textBlocks[index].section = shared(facts.textBlocks[index].section)
                facts.textBlocks[index].context = facts.textBlocks[index].context.map(shared)
                if facts.textBlocks[index].zone != .main { facts.textBlocks[index].text = shared(facts.textBlocks[index].text) }
            }
            for index in facts.images.indices {
                facts.images[index].src = shared(facts.images[index].src)
                facts.images[index].alt = shared(facts.images[index].alt)
            }
            for index in facts.zones.indices {
                facts.zones[index].selector = shared(facts.zones[index].selector)
                facts.zones[index].textExcerpt = shared(facts.zones[index].textExcerpt)
            }
            for index in facts.scripts.indices {
                facts.scripts[index].src = shared(facts.scripts[index].src)
                facts.scripts[index].inlineText = shared(facts.scripts[index].inlineText)
            }
            for index in facts.stylesheets.indices { facts.stylesheets[index].href = shared(facts.stylesheets[index].href) }
            for index in facts.metas.indices { facts.metas[index].content = shared(facts.metas[index].content) }
        }
    }

    /// One shared copy of `text`.
    func intern(_ text: String) -> String {
        text.utf8.count <= 15 ? text : table.withLock { $0.insert(text).memberAfterInsert }
    }
}
