import ArgumentParser
import VigieChecks
import VigieCore

/// `vigie explain ID`: what a check verifies, why, how to fix it, and its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explique une vérification : référence, explication, correction, exemples.")

    @Argument(help: "L'identifiant de la vérification (page.title, legal.publisher.siren…).") var id: String
    @Option(help: "Langue : fr ou en.") var lang: ReportLanguage = .fr
    @OptionGroup var engine: EngineOptions

    func run() throws {
        let check = try reportingUsageErrors { () throws -> CheckDefinition in
            _ = try engine.setup()
            guard let check = CheckRegistry.check(id) else {
                let fr = lang == .fr
                var message = fr ? "vérification inconnue « \(id) »" : "unknown check '\(id)'"
                if let guess = Suggestion.closest(to: id, among: CheckRegistry.all.map(\.id)) { message += fr ? " — vouliez-vous dire « \(guess) » ?" : " — did you mean '\(guess)'?" }
                throw UsageError(description: message + (fr ? " (`vigie checks` les liste)" : " (`vigie checks` lists them)"))
            }
            return check
        }
        print(Self.text(check, lang: lang))
    }

    /// The explanation of `check` in `lang`.
    static func text(_ check: CheckDefinition, lang: ReportLanguage) -> String {
        let meta = check.meta
        let fr = lang == .fr
        var lines = [
            "\(meta.id) — \(meta.title.text(lang))",
            fr ? "Module : \(meta.module.rawValue) · Gravité : \(meta.severity.rawValue) · Référence : \(meta.reference)"
                : "Module: \(meta.module.rawValue) · Severity: \(meta.severity.rawValue) · Reference: \(meta.reference)",
            (fr ? "Titre si conforme : " : "Title when it passes: ") + Plural.fill(meta.passTitle, pages: nil).text(lang),
            (fr ? "Titre si non conforme : " : "Title when it fails: ") + Plural.fill(meta.failTitle, pages: 7).text(lang),
            "",
            meta.explanation.text(lang),
            "",
            (fr ? "Correction : " : "Remedy: ") + meta.remedy.text(lang),
        ]
        if let verify = meta.verify { lines.append((fr ? "À vérifier à la main quand l'audit ne peut pas décider : " : "To verify by hand when the audit cannot decide: ") + verify.text(lang)) }
        lines += [
            "",
            fr ? "Exemples (\(check.examples.count)) :" : "Examples (\(check.examples.count)):",
        ]
        let width = check.examples.map(\.expected.rawValue.count).max() ?? 0
        for example in check.examples {
            lines.append("  " + example.expected.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + example.name)
        }
        return lines.joined(separator: "\n")
    }
}
