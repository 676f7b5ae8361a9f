import VigieCore

/// The words and signatures of the structure checks (`rules/structure.yml`).
public struct StructureWords: RulePack, Hashable {
    public static let packName = "structure"

    /// A named service and the strings that betray it (hosts, URL parts, ids, classes).
    public struct Signature: Sendable, Hashable, Decodable {
        public var name: String
        public var patterns: [String]
    }

    /// A social network and its hosts.
    public struct Network: Sendable, Hashable, Decodable {
        public var name: String
        public var hosts: [String]
    }

    /// Section and link names, lower-case and without accents.
    public struct Sections: Sendable, Hashable, Decodable {
        public var news: [String]
        public var testimonials: [String]
        public var newsletter: [String]
        public var callback: [String]
        public var search: [String]
        public var baseline: [String]
        public var breadcrumb: [String]
        public var sitemap: [String]
    }

    public var social: [Network]
    public var sharePaths: [String]
    public var reviewWidgets: [Signature]
    public var chatWidgets: [Signature]
    public var sections: Sections
    public var searchFields: [String]

    enum CodingKeys: String, CodingKey {
        case social, sections
        case sharePaths = "share_paths"
        case reviewWidgets = "review_widgets"
        case chatWidgets = "chat_widgets"
        case searchFields = "search_fields"
    }
}
