import Foundation
import VigieChecks
import VigieCore
import VigieCrawl
import VigieReport
import VigieRender

/// Everything `vigie audit` decided before crawling: rules, configuration (file + flags), profile, checks, limits, gate.
struct AuditSetup {
    let rules: RuleSet
    let configuration: Configuration
    let profile: Profile
    let checks: [CheckDefinition]
    let crawlOptions: CrawlOptions
    let targets: [String]
    let language: ReportLanguage
    let formats: [ReportSettings.Format]
    let output: String?
    let gate: Gate
    /// Known findings that do not fail the gate (`--baseline`).
    let baseline: Baseline?
    /// Author, client and logo of the HTML and PDF reports (`report.*` in `.vigie.yml`).
    let cover: ReportCover
    /// The browser that prints `--format pdf`, found before any crawl.
    let chromium: Chromium?
    /// The earlier audit to compare with (`--compare-to`).
    let previous: RecordedReport?
    /// Where today's findings are recorded as the next baseline (`--write-baseline`, `write_baseline:`).
    let writeBaseline: String?

    init(command: AuditCommand) throws {
        rules = try command.engine.loadRules()
        configuration = try command.engine.loadConfiguration(rules: rules)
        profile = try command.engine.profile(command.profile ?? configuration.profile ?? "default", rules: rules)
        targets = command.targets.isEmpty ? configuration.sites ?? [] : command.targets
        guard !targets.isEmpty else {
            throw UsageError(description: "aucun site à auditer : donnez une URL ou un dossier, ou `sites:` dans .vigie.yml")
        }
        checks = try Self.checks(command.checks, profile: profile, disabled: configuration.checks.disable ?? [])
        var options: CrawlOptions
        do {
            options = try CrawlOptions(configuration.crawl.merged(with: command.crawl.settings))
        } catch let problem as SettingProblem {
            throw UsageError(description: problem.description)
        }
        options.progress = !command.quiet
        language = command.lang ?? configuration.report.lang ?? .fr
        options.language = language
        options.verbose = command.verbose
        crawlOptions = options
        formats = command.formats.isEmpty ? configuration.report.formats ?? [.markdown] : command.formats
        output = command.output ?? configuration.report.output
        if output == "-", formats.count > 1 || targets.count > 1 {
            throw UsageError(description: language == .fr ? "--output - (la sortie standard) n'accepte qu'un format et un site"
                                                           : "--output - (standard output) takes one format and one site only")
        }
        chromium = try formats.contains(.pdf) ? Self.chromium() : nil
        let settings = configuration.report
        cover = ReportCover(author: settings.author, client: settings.client,
                            logo: try settings.logo.map { path in
                                do { return try ReportLogo.read(path: path) } catch {
                                    throw UsageError(description: "report.logo: \(error)")
                                }
                            })
        let gateSettings = GateSettings(failOn: command.failOn ?? configuration.gate.failOn ?? profile.gate?.failOn,
                                        minScore: command.minScore ?? configuration.gate.minScore ?? profile.gate?.minScore)
        do { try gateSettings.validate() } catch let problem as SettingProblem { throw UsageError(description: problem.description) }
        gate = Gate(gateSettings)
        baseline = try (command.baseline ?? configuration.baseline).map { path in
            do { return try Baseline.read(from: path) } catch {
                throw UsageError(description: "\(path): \(error)")
            }
        }
        previous = try (command.compareTo ?? configuration.compareTo).map(RecordedReport.read)
        writeBaseline = command.writeBaseline ?? configuration.writeBaseline
    }

    private static func chromium() throws -> Chromium {
        do { return try Chromium.locate() } catch let failure as Chromium.Failure {
            throw UsageError(description: failure.description)
        }
    }

    /// The checks that run: the profile's, minus the disabled ones, narrowed by `--checks`.
    private static func checks(_ selection: String?, profile: Profile, disabled: [String]) throws -> [CheckDefinition] {
        let selected = Auditor.select(CheckRegistry.all, profile: profile, disabled: disabled)
        guard let selection, selection != "all" else { return selected }
        if selection == "none" { return [] }
        let patterns = selection.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(CheckPattern.init)
        guard !patterns.isEmpty else {
            throw UsageError(description: "--checks : liste vide — donnez des ids ou des motifs (legal.*,page.title), all ou none")
        }
        let catalog = CheckRegistry.all.map(\.meta)
        if let unknown = patterns.first(where: { !$0.isKnown(in: catalog) }) {
            throw UsageError(description: "--checks : « \(unknown) » ne désigne aucune vérification (voir `vigie checks`)")
        }
        return selected.filter { check in patterns.contains { $0.matches(check.id, module: check.meta.module) } }
    }
}
