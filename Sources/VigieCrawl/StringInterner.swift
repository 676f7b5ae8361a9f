import VigieCore

/// Shares one copy of each string that recurs across pages — menu and footer links, URLs that ~30 pages
/// link to, section names, class names — so that the snapshot's memory grows with what is distinct,
/// not with the page count. Swift strings share their storage when copied: storing the interned
/// instance is enough. Strings of 15 UTF-8 bytes or less are stored inline by Swift and skipped.
/// Lists of names (the classes of a button), the attributes of scripts and iframes, the shared parts of
/// links, images and text blocks (`SharedValue`: a link's classes and path, the names around a block)
/// are shared whole, as are the response headers that every page repeats.
final class StringInterner: Sendable {
    private struct Tables {
        /// By bytes (`ByteKey`): hashing a `String` normalises its non-ASCII text first.
        var strings: Set<ByteKey> = []
        var lists: Set<[String]> = []
        var attributes: Set<[String: String]> = []
        var linkCommons: Set<SharedValue<LinkFact.Common>> = []
        var blockPlaces: Set<SharedValue<TextBlock.Place>> = []
        var imageDetails: Set<SharedValue<ImageFact.Details>> = []

        mutating func shared(_ text: String) -> String {
            text.utf8.count <= 15 ? text : strings.insert(ByteKey(text)).memberAfterInsert.string
        }
    }

    private let tables = Locked(Tables())

    /// Interns the strings of `facts` that repeat across pages.
    func intern(_ facts: inout PageFacts) {
        tables.withLock { tables in
            func shared(_ text: String) -> String { tables.shared(text) }
            func shared(_ text: String?) -> String? { text.map(shared) }
            func shared(_ list: [String]) -> [String] {
                list.isEmpty ? list : tables.lists.insert(list.map(shared)).memberAfterInsert
            }
            func shared(_ attributes: [String: String]) -> [String: String] {
                attributes.isEmpty ? attributes : tables.attributes.insert(attributes).memberAfterInsert
            }
            // A block's place is shared whole; a new one first shares its section and names with the others'.
            func shared(_ place: SharedValue<TextBlock.Place>) -> SharedValue<TextBlock.Place> {
                if let known = tables.blockPlaces.firstIndex(of: place) { return tables.blockPlaces[known] }
                var value = place.value
                value.section = shared(value.section)
                value.context = shared(value.context)
                let box = SharedValue(value)
                tables.blockPlaces.insert(box)
                return box
            }
            // A link's common part is shared whole; a new one first shares its URL and path with the others'.
            func shared(_ common: SharedValue<LinkFact.Common>) -> SharedValue<LinkFact.Common> {
                if let known = tables.linkCommons.firstIndex(of: common) { return tables.linkCommons[known] }
                var value = common.value
                value.href = shared(value.href)
                value.url = shared(value.url)
                value.path = shared(value.path)
                value.classes = shared(value.classes)
                let box = SharedValue(value)
                tables.linkCommons.insert(box)
                return box
            }
            for index in facts.links.indices {
                facts.links[index].label = shared(facts.links[index].label)
                facts.links[index].common = shared(facts.links[index].common)
            }
            for index in facts.textBlocks.indices {
                facts.textBlocks[index].place = shared(facts.textBlocks[index].place)
                if facts.textBlocks[index].zone != .main { facts.textBlocks[index].text = shared(facts.textBlocks[index].text) }
            }
            for index in facts.images.indices {
                // The photos of a page's content are its own: a table entry each would cost more than it shares.
                if facts.images[index].zone != .main {
                    facts.images[index].src = shared(facts.images[index].src)
                    facts.images[index].alt = shared(facts.images[index].alt)
                }
                facts.images[index].details = tables.imageDetails.insert(facts.images[index].details).memberAfterInsert
            }
            for index in facts.headings.indices where facts.headings[index].zone != .main {
                facts.headings[index].text = shared(facts.headings[index].text)
            }
            for index in facts.buttons.indices {
                facts.buttons[index].label = shared(facts.buttons[index].label)
                facts.buttons[index].classes = shared(facts.buttons[index].classes)
            }
            for index in facts.zones.indices {
                facts.zones[index].selector = shared(facts.zones[index].selector)
                facts.zones[index].textExcerpt = shared(facts.zones[index].textExcerpt)
            }
            for index in facts.scripts.indices {
                facts.scripts[index].src = shared(facts.scripts[index].src)
                facts.scripts[index].inlineText = shared(facts.scripts[index].inlineText)
                facts.scripts[index].attributes = shared(facts.scripts[index].attributes)
            }
            for index in facts.iframes.indices { facts.iframes[index].attributes = shared(facts.iframes[index].attributes) }
            // Page builders repeat the same large <style> on every page.
            facts.inlineStyles = facts.inlineStyles.map(shared)
            for index in facts.stylesheets.indices { facts.stylesheets[index].href = shared(facts.stylesheets[index].href) }
            for index in facts.metas.indices { facts.metas[index].content = shared(facts.metas[index].content) }
        }
    }

    /// One shared copy of `text`.
    func intern(_ text: String) -> String {
        tables.withLock { $0.shared(text) }
    }

    /// Forgets every table (the strings already shared stay with their pages): once the crawl is over.
    func clear() {
        tables.withLock { $0 = Tables() }
    }

    /// Response headers with shared names and values (`Server`, `Content-Type: text/html`…).
    func intern(_ headers: [HTTPHeader]) -> [HTTPHeader] {
        tables.withLock { tables in
            headers.map { HTTPHeader(name: tables.shared($0.name), value: tables.shared($0.value)) }
        }
    }
}
