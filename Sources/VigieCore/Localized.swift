/// A text written for people in both report languages.
public struct Localized: Sendable, Hashable, Codable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// Text that reads the same in both languages (a name, a URL, a quote of the page).
    public static func verbatim(_ text: String) -> Localized { Localized(fr: text, en: text) }

    /// A list of at most `limit` items, then how many more (« a, b, c et 4 autres » / "a, b, c and 4 more").
    public static func list(_ items: [String], limit: Int) -> Localized {
        let shown = items.prefix(limit).joined(separator: ", ")
        let more = items.count - min(items.count, limit)
        guard more > 0 else { return .verbatim(shown) }
        return Localized(fr: shown + " et \(more) " + Plural.fr(more, "autre", "autres"), en: shown + " and \(more) more")
    }

    /// The text in `language`.
    public func text(_ language: ReportLanguage) -> String {
        language == .fr ? fr : en
    }
}

/// The languages a report can be written in.
public enum ReportLanguage: String, Sendable, Codable, CaseIterable {
    case fr, en
}
