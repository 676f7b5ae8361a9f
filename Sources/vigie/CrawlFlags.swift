import ArgumentParser
import VigieCore

/// The crawl options of `vigie audit`, shared with the configuration file (the command line wins).
struct CrawlFlags: ParsableArguments {
    @Option(help: "Nombre maximal de pages récupérées (défaut : 500).")
    var maxPages: Int?

    @Option(help: "Profondeur maximale en clics depuis la page de départ.")
    var maxDepth: Int?

    @Option(help: "Durée maximale du parcours, en secondes.")
    var timeLimit: Double?

    @Option(help: "Transferts simultanés (défaut : 8).")
    var concurrency: Int?

    @Option(help: "Délai entre deux requêtes, en secondes (politesse).")
    var delay: Double?

    @Option(help: "Motif (glob) de chemins à parcourir exclusivement, ex. '/blog/*'. Répétable.")
    var include: [String] = []

    @Option(help: "Motif (glob) de chemins à exclure, ex. '/panier/*'. Répétable.")
    var exclude: [String] = []

    @Flag(help: "Suivre aussi les sous-domaines du site.")
    var subdomains = false

    @Flag(help: "Ignorer robots.txt (audit de son propre site de recette ; signalé dans le rapport).")
    var ignoreRobots = false

    @Flag(help: "Vérifier aussi que les liens externes répondent.")
    var checkExternal = false

    @Option(help: "User-Agent envoyé.")
    var userAgent: String?

    @Option(help: "Authentification HTTP basique 'utilisateur:motdepasse' (envoyée au seul schéma, hôte et port de départ).")
    var auth: String?

    @Option(name: .customLong("header"), help: "En-tête HTTP supplémentaire 'Nom: valeur' (schéma, hôte et port de départ seulement). Répétable.")
    var headers: [String] = []

    @Flag(help: "Ne pas vérifier les certificats TLS (sites de recette).")
    var insecure = false

    @Option(help: "Délai maximal d'un transfert, en secondes (défaut : 30).")
    var timeout: Double?

    @Option(help: "Taille maximale d'une page, en octets décodés (défaut : 10 Mio).")
    var maxBodyBytes: Int?

    /// The flags given, as settings to lay over `.vigie.yml`'s `crawl:` (a flag not given is nil).
    var settings: CrawlSettings {
        CrawlSettings(
            maxPages: maxPages, maxDepth: maxDepth, timeLimit: timeLimit, concurrency: concurrency, delay: delay,
            include: include.isEmpty ? nil : include, exclude: exclude.isEmpty ? nil : exclude,
            subdomains: subdomains ? true : nil, ignoreRobots: ignoreRobots ? true : nil, checkExternal: checkExternal ? true : nil,
            userAgent: userAgent, auth: auth, headers: headers.isEmpty ? nil : headers, insecure: insecure ? true : nil,
            timeout: timeout, maxBodyBytes: maxBodyBytes)
    }

    /// The same validation as `.vigie.yml`'s (`CrawlSettings.validate`): a value out of range is exit code 2.
    func validate() throws {
        do {
            try settings.validate()
        } catch let problem as SettingProblem {
            throw ValidationError(problem.description)
        }
    }
}
