import VigieCore

/// The `responsive` checks of CHECKS.md (mobile readiness read from the markup and the CSS), and the rule packs they read.
public enum ResponsiveChecks {
    public static let all: [CheckDefinition] = [
        ViewportCheck.definition, ViewportZoomCheck.definition, ViewportSyntaxCheck.definition, MediaQueriesCheck.definition,
        ResponsiveImagesCheck.definition, FixedLayoutCheck.definition, TouchIconsCheck.definition,
    ]
    public static let packs: [any RulePack.Type] = [ResponsiveWords.self]
}
