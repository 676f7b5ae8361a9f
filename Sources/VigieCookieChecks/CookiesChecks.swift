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

    /// The one cause behind trackers that run without consent: one priority action, whichever checks it fails.
    static let consentCause = ActionCause("cookies.consent", Localized(
        fr: "Soumettre les traceurs au consentement du visiteur",
        en: "Make the trackers wait for the visitor's consent"))
}
