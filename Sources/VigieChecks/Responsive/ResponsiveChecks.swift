import VigieCore

/// The `responsive` checks of CHECKS.md, and the rule packs they read.
public enum ResponsiveChecks {
    public static let all: [CheckDefinition] = []
    public static let packs: [any RulePack.Type] = []
}
