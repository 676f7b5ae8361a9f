import VigieCore

/// The `structure` checks of CHECKS.md, and the rule packs they read.
public enum StructureChecks {
    public static let all: [CheckDefinition] = []
    public static let packs: [any RulePack.Type] = []
}
