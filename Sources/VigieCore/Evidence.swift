/// What decided a finding: the page, and the text or element that a reader can verify.
public struct Evidence: Sendable, Hashable, Codable {
    public var url: String
    /// A short quote of the page (at most 200 characters once made).
    public var excerpt: String?
    /// The element that decided it, as a CSS-like selector (`footer a[href="/mentions"]`).
    public var selector: String?

    public init(url: String, excerpt: String? = nil, selector: String? = nil) {
        self.url = url
        self.excerpt = excerpt.map { Evidence.clip($0) }
        self.selector = selector.map { Evidence.clip($0) }
    }

    /// Collapses white space and cuts `text` to `limit` characters, with an ellipsis when cut.
    public static func clip(_ text: String, limit: Int = 200) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit - 1)) + "…"
    }
}
