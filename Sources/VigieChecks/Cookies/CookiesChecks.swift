import VigieCore

/// The `cookies` checks of CHECKS.md, and the rule packs they read.
public enum CookiesChecks {
    public static let all: [CheckDefinition] = []
    public static let packs: [any RulePack.Type] = []
}
