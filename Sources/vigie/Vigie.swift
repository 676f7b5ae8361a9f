import ArgumentParser
import Foundation
import VigieCore

/// The `vigie` command line.
@main
struct Vigie: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie",
        abstract: "Audite un site web : mentions légales, cookies, appels à l'action, responsive, structure.",
        discussion: """
            Codes de sortie : 0 le seuil (gate) est respecté ; 1 le seuil n'est pas respecté ; \
            2 erreur d'utilisation ou de configuration (option, .vigie.yml, pack de règles) ; \
            3 un site n'a pas pu être exploré du tout ; 4 le rapport n'a pas pu être écrit ; \
            130 interrompu par Ctrl-C, 143 par SIGTERM (rapport partiel écrit).
            """,
        version: VigieVersion.current,
        subcommands: [AuditCommand.self, DiffCommand.self, FactsCommand.self, ChecksCommand.self, ExplainCommand.self, InitCommand.self]
    )

    /// Parses and runs the command; a usage error (unknown option, bad value) exits with code 2 like every other
    /// usage or configuration error (`ExitStatus.usage`), instead of the parser's own 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            if case ExitCodeError.cannotWrite = error { Foundation.exit(4) }
            exit(withError: error)
        }
    }
}
