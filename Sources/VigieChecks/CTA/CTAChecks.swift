import VigieCore

/// The `cta` checks of CHECKS.md, and the rule packs they read.
public enum CTAChecks {
    public static let all: [CheckDefinition] = []
    public static let packs: [any RulePack.Type] = []
}
