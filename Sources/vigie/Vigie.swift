import ArgumentParser
import VigieCore

/// The `vigie` command line.
@main
struct Vigie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie",
        abstract: "Audite un site web : mentions légales, cookies, appels à l'action, responsive, structure.",
        version: VigieVersion.current
    )
}
