import VigieCore

/// The signatures of consent tools, trackers and widgets (`rules/cookies/signatures.yml`).
/// Decoding compiles them once into a `TrackerMatcher` (lower-cased substrings), so the matcher is
/// built once per audit, when the rules are loaded.
public struct CookieSignatures: RulePack {
    public static let packName = "cookies/signatures"

    /// Whether a tracker needs consent before it runs.
    public enum NeedsConsent: String, Sendable, Hashable {
        case yes, no
        /// May be exempt when configured to the CNIL's conditions (Matomo-like audience measurement).
        case review
    }

    /// One product: a CMP, a tracker or a widget, and the patterns that reveal it.
    public struct Signature: Sendable, Hashable, Decodable {
        public var name: String
        public var vendor: String
        /// analytics, advertising, social, video, chat, tag-manager, consent, maps, captcha, functional.
        public var category: String
        public var needsConsent: NeedsConsent
        public var consentMode: Bool
        public var floatingButton: Bool
        public var scripts: [String]
        public var inline: [String]
        public var iframes: [String]
        public var images: [String]
        public var markup: [String]
        public var cookies: [String]
        public var tarteaucitron: [String]

        enum CodingKeys: String, CodingKey {
            case name, vendor, category, scripts, inline, iframes, images, markup, cookies, tarteaucitron
            case needsConsent = "needs-consent"
            case consentMode = "consent-mode"
            case floatingButton = "floating-button"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            vendor = try c.decode(String.self, forKey: .vendor)
            category = try c.decode(String.self, forKey: .category)
            if let flag = try? c.decode(Bool.self, forKey: .needsConsent) {
                needsConsent = flag ? .yes : .no
            } else if try c.decode(String.self, forKey: .needsConsent) == "review" {
                needsConsent = .review
            } else {
                throw DecodingError.dataCorruptedError(forKey: .needsConsent, in: c, debugDescription: "expected true, false or review")
            }
            consentMode = try c.decodeIfPresent(Bool.self, forKey: .consentMode) ?? false
            floatingButton = try c.decodeIfPresent(Bool.self, forKey: .floatingButton) ?? false
            func list(_ key: CodingKeys) throws -> [String] { try c.decodeIfPresent([String].self, forKey: key) ?? [] }
            scripts = try list(.scripts).map { $0.lowercased() }
            inline = try list(.inline).map { $0.lowercased() }
            iframes = try list(.iframes).map { $0.lowercased() }
            images = try list(.images).map { $0.lowercased() }
            markup = try list(.markup).map { $0.lowercased() }
            cookies = try list(.cookies).map { $0.lowercased() }
            tarteaucitron = try list(.tarteaucitron).map { $0.lowercased() }
        }

        /// A consent management platform.
        public var isConsentTool: Bool { category == "consent" }
    }

    public var signatures: [Signature]
    /// The matcher built from `signatures`.
    public let matcher: TrackerMatcher

    enum CodingKeys: String, CodingKey { case signatures }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        signatures = try c.decode([Signature].self, forKey: .signatures)
        matcher = TrackerMatcher(signatures)
    }
}
