import VigieChecks
import VigieCore
import VigieHTML

/// Real libxml2 parsing for the structure tests, with the embedded zone words.
enum StructureTestSupport {
    static let parser = HTMLParser(zoneWords: try! RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes).pack(ZoneWords.self))

    /// The facts of `html` served at `url` as UTF-8 HTML.
    static func parse(_ html: String, url: String) -> PageFacts {
        parser.parse(Array(html.utf8), url: url, contentType: "text/html; charset=utf-8")
    }
}
