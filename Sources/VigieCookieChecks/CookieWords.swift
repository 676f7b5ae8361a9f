import VigieCheckKit
import VigieCore

/// Banner and link words of the cookies checks, and their lifetimes (`rules/cookies/words.yml`).
/// Phrases are normalised with `LabelText.normalize` when decoded.
struct CookieWords: RulePack {
    static let packName = "cookies/words"

    var bannerHints: [String]
    var bannerWords: [String]
    /// Substrings of a script's path that name a banner script; markers of an inline script that draws one.
    var bannerScripts: [String]
    var inlineBannerNeeds: [String]
    var inlineBannerDraws: [String]
    var inlineBannerWords: [String]
    var accept: [String]
    var refuse: [String]
    var customize: [String]
    var purposes: [String]
    var vendors: [String]
    var implied: [String]
    var wall: [String]
    var policy: [String]
    var policyURL: [String]
    var privacy: [String]
    var manage: [String]
    var manageCalls: [String]
    var sessionNames: [String]
    var maxCookieDays: Double
    var consentWarnDays: Double
    var consentMaxDays: Double

    enum CodingKeys: String, CodingKey {
        case accept, refuse, customize, purposes, vendors, implied, wall, policy, privacy, manage
        case bannerHints = "banner-hints"
        case bannerWords = "banner-words"
        case bannerScripts = "banner-scripts"
        case inlineBannerNeeds = "inline-banner-needs"
        case inlineBannerDraws = "inline-banner-draws"
        case inlineBannerWords = "inline-banner-words"
        case policyURL = "policy-url"
        case manageCalls = "manage-calls"
        case sessionNames = "session-names"
        case maxCookieDays = "max-cookie-days"
        case consentWarnDays = "consent-warn-days"
        case consentMaxDays = "consent-max-days"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func phrases(_ key: CodingKeys) throws -> [String] { try c.decode([String].self, forKey: key).map(LabelText.normalize) }
        func raw(_ key: CodingKeys) throws -> [String] { try c.decode([String].self, forKey: key).map { $0.lowercased() } }
        bannerHints = try raw(.bannerHints)
        bannerWords = try phrases(.bannerWords)
        bannerScripts = try raw(.bannerScripts)
        inlineBannerNeeds = try raw(.inlineBannerNeeds)
        inlineBannerDraws = try raw(.inlineBannerDraws)
        inlineBannerWords = try raw(.inlineBannerWords)
        accept = try phrases(.accept)
        refuse = try phrases(.refuse)
        customize = try phrases(.customize)
        purposes = try phrases(.purposes)
        vendors = try phrases(.vendors)
        implied = try phrases(.implied)
        wall = try phrases(.wall)
        policy = try phrases(.policy)
        policyURL = try raw(.policyURL)
        privacy = try phrases(.privacy)
        manage = try phrases(.manage)
        manageCalls = try raw(.manageCalls)
        sessionNames = try raw(.sessionNames)
        maxCookieDays = try c.decode(Double.self, forKey: .maxCookieDays)
        consentWarnDays = try c.decode(Double.self, forKey: .consentWarnDays)
        consentMaxDays = try c.decode(Double.self, forKey: .consentMaxDays)
    }

    /// The first phrase of `list` found (whole words) in normalised `text`.
    static func first(_ list: [String], in text: String) -> String? {
        list.first { LabelText.contains(text, phrase: $0) }
    }

    /// The first phrase of `list` that the normalised `label` starts with, or equals.
    static func starting(_ list: [String], label: String) -> String? {
        list.first { LabelText.starts(label, with: $0) }
    }
}
