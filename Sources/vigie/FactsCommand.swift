import ArgumentParser
import Foundation
import VigieChecks
import VigieCore
import VigieCrawl

/// `vigie facts URL`: fetches and parses one page and prints what Vigie reads of it, as JSON (for debugging rules).
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Affiche en JSON les faits lus sur une page (débogage des règles).",
        discussion: "Récupère une seule page (en suivant les redirections), l'analyse avec libxml2 et imprime sa fiche : liens résolus, zones trouvées, encodage, formulaires, scripts…")

    @Argument(help: "L'URL de la page (http ou https).")
    var url: String

    @Option(help: "Délai maximal d'un transfert, en secondes.")
    var timeout: Double = 30

    @Flag(help: "Ne pas vérifier les certificats TLS (sites de recette).")
    var insecure = false

    func validate() throws {
        do {
            try SettingRange.timeout.check(timeout, CrawlSettings.CodingKeys.timeout)
        } catch let problem as SettingProblem {
            throw ValidationError(problem.description)
        }
    }

    func run() throws {
        let rules = try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)
        var options = CrawlOptions()
        options.maxPages = 1
        options.discover = false
        options.timeout = timeout
        options.insecure = insecure
        let snapshot = try Crawler(target: url, options: options, rules: rules).run()
        guard let page = snapshot.pages.first else { throw ExitCode(3) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(page))
        FileHandle.standardOutput.write(Data("\n".utf8))
        if page.facts == nil { throw ExitCode(3) }
    }
}
