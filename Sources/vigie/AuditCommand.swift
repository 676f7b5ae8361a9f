import ArgumentParser
import Dispatch
import Foundation
import VigieChecks
import VigieCore
import VigieCrawl
import VigieReport

/// `vigie audit TARGET…`: crawls each site (URL or folder), runs the checks, writes the reports and applies the gate.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audite un ou plusieurs sites (URL ou dossier) et écrit les rapports.",
        discussion: """
            Un rapport Markdown par site dans reports/<hôte>-<date>.md (et une comparaison quand il y a \
            plusieurs sites), ou les formats demandés avec --format. Ctrl-C (ou SIGTERM) arrête le parcours et écrit \
            le rapport de ce qui a été vu.
            Codes de sortie : 0 seuil respecté ; 1 seuil non respecté ; 2 erreur d'utilisation ou de \
            configuration ; 3 un site n'a pas pu être exploré du tout ; 130 interrompu par Ctrl-C, 143 par SIGTERM (rapport partiel écrit).
            """)

    @Argument(help: "URL (http/https) ou dossier d'un site statique. Par défaut : `sites` de .vigie.yml.")
    var targets: [String] = []

    @OptionGroup var engine: EngineOptions
    @OptionGroup(title: "Parcours") var crawl: CrawlFlags

    @Option(help: "Profil : default, bts-ndrc (grille de l'examen), ci (strict).")
    var profile: String?

    @Option(help: "Langue du rapport : fr ou en.")
    var lang: ReportLanguage?

    @Option(name: .customLong("format"), help: "markdown, html, pdf (Chromium requis), json ou junit ; répétable.")
    var formats: [ReportSettings.Format] = []

    @Option(name: .shortAndLong, help: "Fichier du rapport (`-` : sortie standard) ; avec plusieurs sites, un dossier.")
    var output: String?

    @Option(help: "Vérifications à lancer : all (défaut), none (parcours seul), ou une liste d'ids et de motifs séparés par des virgules (legal.*,page.title).")
    var checks: String?

    @Option(help: "Échouer (code 1) dès qu'une vérification échoue à ce niveau ou au-dessus : error, warning, notice.")
    var failOn: Severity?

    @Option(help: "Échouer (code 1) si un score global est sous ce seuil (0–100).")
    var minScore: Double?

    @Option(help: "Fichier de référence : ses constats connus ne font pas échouer.")
    var baseline: String?

    @Option(help: "Écrire les constats de cet audit comme référence dans ce fichier.")
    var writeBaseline: String?

    @Option(help: "Rapport JSON d'un audit précédent : le rapport gagne une section « Depuis le dernier audit ».")
    var compareTo: String?

    @Flag(name: .shortAndLong, help: "Aucune ligne de progression.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Une ligne par page récupérée, sur stderr.")
    var verbose = false

    func run() throws {
        let setup = try reportingUsageErrors { try AuditSetup(command: self) }
        let interrupt = InterruptHandler(language: setup.language)
        var audits: [SiteAudit] = []
        for target in setup.targets {
            guard interrupt.receivedSignal == nil else { break }
            let crawler = try reportingUsageErrors {
                do { return try Crawler(target: target, options: setup.crawlOptions, rules: setup.rules) } catch let error as CrawlError {
                    throw UsageError(description: error.description)
                }
            }
            interrupt.current = crawler
            if !quiet { FileHandle.standardError.write(Data((setup.language == .fr ? "Audit de \(Crawler.shown(target))…\n" : "Auditing \(Crawler.shown(target))…\n").utf8)) }
            let snapshot = crawler.run()
            interrupt.current = nil
            audits.append(Auditor.run(
                checks: setup.checks, snapshot: snapshot, rules: setup.rules, profile: setup.profile, site: setup.configuration.site,
                disabled: [], severityOverrides: setup.configuration.checks.severity ?? [:]))
        }
        setup.previous.map { SinceLast.attach($0, to: &audits) }
        let report = AuditReport(
            generatedAt: ISO8601DateFormatter().string(from: Date()), language: setup.language, sites: audits,
            catalog: Dictionary(CheckRegistry.all.map { ($0.id, $0.meta) }, uniquingKeysWith: { first, _ in first }), cover: setup.cover)
        try ReportOutput(setup: setup, report: report).write(quiet: quiet)
        try finish(setup: setup, report: report, interrupted: interrupt.receivedSignal)
    }

    /// Baseline, GitHub summary, gate and exit code.
    private func finish(setup: AuditSetup, report: AuditReport, interrupted: Int32?) throws {
        if let path = setup.writeBaseline {
            try AtomicFile.save(Baseline(audits: report.sites).encoded(), to: path, what: "the baseline")
        }
        let verdict = setup.gate.evaluate(report.sites, baseline: setup.baseline)
        let told = verdict.told(setup.gate, setup.language)
        if let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty,
           let handle = FileHandle(forWritingAtPath: summaryPath) {
            handle.seekToEndOfFile()
            for index in report.sites.indices { handle.write(Data((MarkdownRenderer.renderSummary(report, site: index) + "\n").utf8)) }
            // The summary ends with the gate's verdict and its reasons.
            if !told.isEmpty { handle.write(Data((told.map { "- " + $0 }.joined(separator: "\n") + "\n").utf8)) }
            handle.closeFile()
        }
        for line in told {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if let baseline = setup.baseline {
            FileHandle.standardError.write(Data(BaselineSummary(baseline: baseline, audits: report.sites).text(setup.language).utf8))
        }
        if let signal = interrupted { throw ExitCode(128 + signal) }
        let unreachable = report.sites.filter { !$0.snapshot.wasReached }
        for audit in unreachable {
            let site = Crawler.shown(audit.snapshot.startURL)
            let reason = audit.snapshot.unreachableReason.map { CrawlErrorText.describe($0).text(setup.language) } ?? ""
            FileHandle.standardError.write(Data((setup.language == .fr
                ? "vigie: \(site) n'a pas pu être exploré (\(reason)) : pas de score, code de sortie 3\n"
                : "vigie: \(site) could not be crawled (\(reason)): no score, exit code 3\n").utf8))
        }
        if !unreachable.isEmpty { throw ExitCode(ExitStatus.unreachable.rawValue) }
        if !verdict.passed { throw ExitCode(ExitStatus.gateFailed.rawValue) }
    }
}

extension ReportSettings.Format: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Ctrl-C (SIGINT) and SIGTERM (what CI runners send on cancel): stop the crawl in progress, which writes the partial
/// report, then exit 128 + the signal (130, 143); a second signal quits at once.
final class InterruptHandler: @unchecked Sendable {
    // Mutable state is only touched under `lock`; the signal sources run on their own serial queue.
    private let lock = NSLock()
    private var crawler: Crawler?
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []
    /// The language of the message it prints.
    private let language: ReportLanguage

    init(language: ReportLanguage) {
        self.language = language
        let queue = DispatchQueue(label: "vigie.signals")
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in fired(number) }
            source.resume()
            sources.append(source)
        }
    }

    private func fired(_ number: Int32) {
        lock.lock()
        let again = received != nil
        if !again { received = number }
        let target = crawler
        lock.unlock()
        if again { exit(128 + number) }
        FileHandle.standardError.write(Data((language == .fr ? "\nInterrompu : fin des transferts en cours et écriture du rapport partiel…\n"
            : "\nInterrupted: finishing the transfers under way and writing the partial report…\n").utf8))
        target?.stop(.interrupted)
    }

    var current: Crawler? {
        get { lock.lock(); defer { lock.unlock() }; return crawler }
        set { lock.lock(); crawler = newValue; lock.unlock() }
    }

    /// The first signal received (SIGINT or SIGTERM), nil while none was.
    var receivedSignal: Int32? { lock.lock(); defer { lock.unlock() }; return received }
}
