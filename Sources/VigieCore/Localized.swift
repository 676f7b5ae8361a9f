/// A text written for people in both report languages.
public struct Localized: Sendable, Hashable, Codable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
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
