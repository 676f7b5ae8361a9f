import ArgumentParser
import Foundation
import VigieChecks
import VigieCore

/// `vigie checks`: the catalogue of checks (id, module, severity, title), as a table or JSON.
struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "Liste les vérifications (id, module, gravité, titre).")

    /// Output formats of the list.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "Langue : fr ou en.") var lang: ReportLanguage = .fr
    @Option(help: "Seulement ce module (legal, cookies, cta, responsive, structure, page).") var module: CheckModule?
    @Option(help: "Seulement les vérifications de ce profil, avec ses gravités (default, bts-ndrc, ci…).") var profile: String?
    @Option(help: "Format : table ou json.") var format: Format = .table
    @OptionGroup var engine: EngineOptions

    func run() throws {
        let (checks, profile) = try reportingUsageErrors { () throws -> ([CheckDefinition], Profile?) in
            let setup = try engine.setup(commandLine: Configuration(profile: self.profile))
            return (CheckRegistry.all, self.profile == nil ? nil : setup.profile)
        }
        let listed = checks.filter { check in
            (module == nil || check.meta.module == module) && (profile?.includes(check.meta) ?? true)
        }.map { check in
            var meta = check.meta
            if let profile { meta.severity = profile.severity(meta.severity, of: meta.id, module: meta.module) }
            return (meta: meta, examples: check.examples)
        }
        switch format {
        case .table:
            print(table(listed.map(\.meta)))
            if let profile {
                print(lang == .fr ? "Profil \(profile.name) : \(profile.title.fr)" : "Profile \(profile.name): \(profile.title.en)")
            }
        case .json: print(try json(listed))
        }
    }

    private func table(_ metas: [CheckMeta]) -> String {
        let header = lang == .fr ? ["ID", "MODULE", "GRAVITÉ", "TITRE"] : ["ID", "MODULE", "SEVERITY", "TITLE"]
        let rows = [header] + metas.map { [$0.id, $0.module.rawValue, $0.severity.rawValue, $0.title.text(lang)] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3]
        }
        lines.append(lang == .fr ? "\(metas.count) \(Plural.fr(metas.count, "vérification", "vérifications"))" : "\(metas.count) \(Plural.en(metas.count, "check", "checks"))")
        return lines.joined(separator: "\n")
    }

    private func json(_ listed: [(meta: CheckMeta, examples: [CheckExample])]) throws -> String {
        struct Entry: Encodable {
            struct Example: Encodable {
                var name: String
                var expected: CheckStatus
            }
            var meta: CheckMeta
            var examples: [Example]

            func encode(to encoder: Encoder) throws {
                try meta.encode(to: encoder)
                var container = encoder.container(keyedBy: AnyKey.self)
                try container.encode(examples, forKey: AnyKey(stringValue: "examples"))
            }
        }
        let entries = listed.map { Entry(meta: $0.meta, examples: $0.examples.map { .init(name: $0.name, expected: $0.expected) }) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}

/// A coding key with any name.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
