import ArgumentParser
import Foundation
import VigieCore

/// `vigie init`: writes a commented starter `.vigie.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Écrit un fichier .vigie.yml commenté dans le dossier courant.")

    @Argument(help: "Sites à inscrire sous « sites: » (URL ou dossier) : « vigie audit » les audite sans autre argument.")
    var sites: [String] = []
    @Flag(help: "Remplace le fichier s'il existe déjà.") var force = false
    @Option(help: ArgumentHelp("Où écrire le fichier.", valueName: "path")) var path: String = Configuration.fileName

    func run() throws {
        try reportingUsageErrors {
            if FileManager.default.fileExists(atPath: path), !force {
                throw UsageError(description: "\(path) already exists — use --force to overwrite it")
            }
            do {
                try Data(StarterConfiguration.text(sites: sites).utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw UsageError(description: "\(path): cannot be written (\(error.localizedDescription))")
            }
        }
        print(sites.isEmpty
            ? "\(path) écrit. Indiquez vos sites sous « sites: », puis lancez « vigie audit »."
            : "\(path) écrit. Lancez « vigie audit ».")
    }
}
