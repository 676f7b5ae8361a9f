import ArgumentParser
import VigieCrawl

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

    @Option(help: "Authentification HTTP basique 'utilisateur:motdepasse' (envoyée au seul hôte de départ).")
    var auth: String?

    @Option(name: .customLong("header"), help: "En-tête HTTP supplémentaire 'Nom: valeur' (hôte de départ seulement). Répétable.")
    var headers: [String] = []

    @Flag(help: "Ne pas vérifier les certificats TLS (sites de recette).")
    var insecure = false

    @Option(help: "Délai maximal d'un transfert, en secondes (défaut : 30).")
    var timeout: Double?

    @Option(help: "Taille maximale d'une page, en octets décodés (défaut : 10 Mio).")
    var maxBodyBytes: Int?

    /// Applies the flags given over `options`.
    func apply(to options: inout CrawlOptions) {
        if let maxPages { options.maxPages = maxPages }
        if let maxDepth { options.maxDepth = maxDepth }
        if let timeLimit { options.timeLimit = timeLimit }
        if let concurrency { options.concurrency = concurrency }
        if let delay { options.delay = delay }
        if !include.isEmpty { options.include = include }
        if !exclude.isEmpty { options.exclude = exclude }
        if subdomains { options.subdomains = true }
        if ignoreRobots { options.ignoreRobots = true }
        if checkExternal { options.checkExternal = true }
        if let userAgent { options.userAgent = userAgent }
        if let auth { options.basicAuth = auth }
        if !headers.isEmpty { options.extraHeaders = headers }
        if insecure { options.insecure = true }
        if let timeout { options.timeout = timeout }
        if let maxBodyBytes { options.maxBodyBytes = maxBodyBytes }
    }

    func validate() throws {
        if let maxPages, maxPages < 1 { throw ValidationError("--max-pages doit être ≥ 1") }
        if let concurrency, !(1...64).contains(concurrency) { throw ValidationError("--concurrency doit être entre 1 et 64") }
        if let auth, !auth.contains(":") { throw ValidationError("--auth attend 'utilisateur:motdepasse'") }
        for header in headers where !header.contains(":") { throw ValidationError("--header attend 'Nom: valeur' (reçu « \(header) »)") }
    }
}
