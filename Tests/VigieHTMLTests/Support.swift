import VigieCore
@testable import VigieHTML

/// The parser with the embedded zone words, as the CLI builds it.
enum Support {
    static let parser: HTMLParser = {
        let text = EmbeddedRules.packs[ZoneWords.packName] ?? ""
        let rules = try? RuleSet(sources: [ZoneWords.packName: text], types: [ZoneWords.self])
        return HTMLParser(zoneWords: rules?.pack(ZoneWords.self) ?? ZoneWords(header: [], nav: [], main: [], footer: [], aside: []))
    }()

    /// What the crawler does to a parsed page, with the embedded priority-page words.
    static let postProcessing: CrawlPostProcessing = {
        let text = EmbeddedRules.packs[PriorityPageWords.packName] ?? ""
        let rules = try? RuleSet(sources: [PriorityPageWords.packName: text], types: [PriorityPageWords.self])
        return CrawlPostProcessing(priorityWords: rules?.pack(PriorityPageWords.self) ?? PriorityPageWords(pages: [:]))
    }()

    static func parse(_ html: String, url: String = "https://www.example.fr/page", contentType: String? = "text/html; charset=utf-8") -> PageFacts {
        parser.parse(Array(html.utf8), url: url, contentType: contentType)
    }

    static func parse(bytes: [UInt8], url: String = "https://www.example.fr/page", contentType: String?) -> PageFacts {
        parser.parse(bytes, url: url, contentType: contentType)
    }

    /// The bytes of `text` in ISO-8859-1 (every scalar must be below U+0100).
    static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8($0.value) }
    }
}
