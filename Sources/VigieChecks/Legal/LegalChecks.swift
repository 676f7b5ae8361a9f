import VigieCore

/// The `legal` checks of CHECKS.md, and the rule packs they read.
public enum LegalChecks {
    public static let all: [CheckDefinition] = PublisherChecks.all + IdentifierChecks.all + HostChecks.all
    public static let packs: [any RulePack.Type] = []
}
