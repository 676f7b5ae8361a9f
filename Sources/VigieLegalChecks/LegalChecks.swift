import VigieCore

/// The `legal` checks of CHECKS.md, and the rule packs they read.
public enum LegalChecks {
    public static let all: [CheckDefinition] = LegalPresentation.present(
        LegalPageChecks.all + PublisherChecks.all + IdentifierChecks.all + PublisherStatusChecks.all + HostChecks.all
            + SalesTermsChecks.all + ConsumerChecks.all + PrivacyChecks.all)
    public static let packs: [any RulePack.Type] = [LegalWords.self]
}
