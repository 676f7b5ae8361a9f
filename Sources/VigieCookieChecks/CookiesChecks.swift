import VigieCore

/// The `cookies` checks of CHECKS.md (consent, trackers, cookies set on arrival), and the rule packs they read.
public enum CookiesChecks {
    public static let all: [CheckDefinition] = [
        TrackersCheck.definition, ConsentToolCheck.definition, PriorLoadingCheck.definition, PriorCookiesCheck.definition,
        ImpliedConsentCheck.definition, RefuseOptionCheck.definition, BannerInfoCheck.definition, VendorListCheck.definition,
        GranularChoiceCheck.definition, CookieWallCheck.definition, CookieLifetimeCheck.definition, ConsentLifetimeCheck.definition,
        RefusalEffectiveCheck.definition, CookiePolicyCheck.definition, ManageLinkCheck.definition, CookieFlagsCheck.definition,
    ]
    public static let packs: [any RulePack.Type] = [CookieSignatures.self, CookieWords.self]
}
