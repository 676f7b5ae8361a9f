import VigieCore

/// The `page` checks of CHECKS.md: title, description, language, encoding.
public enum PageChecks {
    public static let all: [CheckDefinition] = [
        PageTitleCheck.definition, PageDescriptionCheck.definition, PageLangCheck.definition, PageCharsetCheck.definition,
    ]
    public static let packs: [any RulePack.Type] = []
}
