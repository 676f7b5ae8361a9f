import VigieCheckKit
import VigieCore

/// The `cta` checks of CHECKS.md (calls to action, contact paths, link labels, forms), and the rule packs they read.
public enum CTAChecks {
    public static let all: [CheckDefinition] = [
        CTAHomeCheck.definition, CTAEarlyCheck.definition, CTACoverageCheck.definition, ContactPathCheck.definition,
        VagueLabelsCheck.definition, CTAFormsCheck.definition,
    ]
    public static let packs: [any RulePack.Type] = [CTAWords.self]
}
