import VigieCheckKit
import VigieCore

/// Helpers of the checks that read the crawl's `Set-Cookie` headers.
enum CookieFacts {
    /// `na` for a directory audit (no HTTP responses), nil otherwise.
    static func directoryResult(_ meta: CheckMeta, _ context: AuditContext) -> CheckResult? {
        guard context.snapshot.mode == .directory else { return nil }
        return meta.result(.na, Localized(
            fr: "Audit d'un dossier : pas de réponse HTTP, donc pas de cookie à lire.",
            en: "Directory audit: no HTTP response, so no cookie to read."))
    }

    /// Lifetime in days, as text ("session" when none).
    static func days(_ cookie: CookieFact) -> Localized {
        guard let seconds = cookie.lifetimeSeconds else { return Localized(fr: "session", en: "session") }
        return Plural.count(Int((seconds / 86_400).rounded()), fr: ("jour", "jours"), en: ("day", "days"))
    }

    static func evidence(_ cookie: CookieFact, _ note: Localized) -> Evidence {
        Evidence(url: cookie.setBy, excerpt: "Set-Cookie: \(cookie.raw)", selector: "Set-Cookie: \(cookie.name)", note: note)
    }

    /// Cookies deduplicated by name, domain and path (the same cookie is set by every page).
    static func distinct(_ cookies: [CookieFact]) -> [CookieFact] {
        var seen = Set<String>()
        return cookies.filter { seen.insert("\($0.name)|\($0.domain)|\($0.path)").inserted }
    }
}
