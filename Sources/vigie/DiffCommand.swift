import ArgumentParser
import Foundation
import VigieChecks
import VigieCore
import VigieReport

/// `vigie diff OLD.json NEW.json`: what changed between two audits — findings new, fixed, changed and unchanged,
/// and the score change per module — in Markdown or JSON.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare deux audits (rapports JSON) : constats nouveaux, corrigés, inchangés, et l'écart des scores.",
        discussion: """
            Les constats sont rapprochés par vérification, chemin de la page et citation (sans l'hôte : un audit \
            de préproduction se compare à un audit de production). Codes de sortie : 0 ; 2 fichier illisible ou \
            qui n'est pas un rapport JSON de Vigie ; 4 le résultat n'a pas pu être écrit.
            """)

    @Argument(help: "Le rapport JSON de l'audit précédent (vigie audit --format json).") var old: String
    @Argument(help: "Le rapport JSON de l'audit récent.") var new: String
    @Option(help: "markdown (défaut) ou json.") var format: DiffFormat = .markdown
    @Option(help: "Langue : fr ou en (défaut : celle du rapport récent).") var lang: ReportLanguage?
    @Option(name: .shortAndLong, help: "Fichier où écrire le résultat (défaut : sortie standard).") var output: String?

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    func run() throws {
        let (before, after, language) = try reportingUsageErrors { () throws -> (RecordedReport, RecordedReport, ReportLanguage) in
            let before = try RecordedReport.read(from: old)
            let after = try RecordedReport.read(from: new)
            return (before, after, lang ?? Self.language(of: new) ?? .fr)
        }
        let diffs = AuditDiff.pairs(before: before.sites, after: after.sites).map {
            AuditDiff(before: $0.before, beforeDate: before.generatedAt, after: $0.after)
        }
        let catalog = Dictionary(CheckRegistry.all.map { ($0.id, $0.meta) }, uniquingKeysWith: { first, _ in first })
        let data = switch format {
        case .markdown: Data(DiffRenderer.markdown(diffs, afterDate: after.generatedAt, lang: language, catalog: catalog).utf8)
        case .json: DiffRenderer.json(diffs, afterDate: after.generatedAt)
        }
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try AtomicFile.save(data, to: output, what: "the comparison")
    }

    /// The `language` field of a JSON report.
    private static func language(of path: String) -> ReportLanguage? {
        struct Header: Decodable { var language: ReportLanguage? }
        return FileManager.default.contents(atPath: path).flatMap { try? JSONDecoder().decode(Header.self, from: $0) }?.language
    }
}

/// Files other than reports written atomically, with the report's exit code 4 and a one-line message when it fails.
enum AtomicFile {
    static func save(_ data: Data, to path: String, what: String) throws {
        do {
            try ReportWriter.write(data, to: path)
        } catch let error as ReportWriter.WriteError {
            FileHandle.standardError.write(Data("vigie: cannot write \(what) to \(path): \(error.reason)\n".utf8))
            throw ExitCodeError.cannotWrite
        }
    }
}
