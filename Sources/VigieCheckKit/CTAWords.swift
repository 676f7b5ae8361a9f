import VigieCore

/// The call-to-action lexicon and thresholds (`rules/cta.yml`), read by CTADetector and the `cta` checks.
public struct CTAWords: RulePack, Hashable {
    public static let packName = "cta"

    /// Action phrases by language (`fr`, `en`), as written in the pack.
    public var actions: [String: [String]]
    /// Labels that say nothing out of context, matched against the whole label.
    public var vague: [String]
    /// Class-name tokens that style a link as a button.
    public var buttonClasses: [String]
    /// Words of a label or URL that point to a contact page.
    public var contactWords: [String]
    /// A label longer than this (in words) must start with an action to count.
    public var containsMaxWords: Int
    /// Content text blocks and characters that may come before an "early" call to action.
    public var earlyBlocks: Int
    public var earlyCharacters: Int
    /// Share of content pages that should carry a call to action.
    public var coverageThreshold: Double
    /// More distinct primary calls to action than this on one page compete.
    public var competingPrimary: Int

    enum CodingKeys: String, CodingKey {
        case actions, vague
        case buttonClasses = "button-classes"
        case contactWords = "contact-words"
        case containsMaxWords = "contains-max-words"
        case earlyBlocks = "early-blocks"
        case earlyCharacters = "early-characters"
        case coverageThreshold = "coverage-threshold"
        case competingPrimary = "competing-primary"
    }
}
