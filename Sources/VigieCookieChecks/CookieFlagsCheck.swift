import VigieCheckKit
import VigieCore

/// `cookies.flags`: cookies carry `Secure` on HTTPS, `HttpOnly` for session cookies, and `SameSite`.
enum CookieFlagsCheck {
    static let meta = CheckMeta(
        id: "cookies.flags", module: .cookies,
        title: Localized(fr: "Attributs de sécurité des cookies", en: "Cookie security attributes"),
        passTitle: Localized(fr: "Cookies avec leurs attributs de sécurité", en: "Cookies with their security attributes"),
        failTitle: Localized(fr: "Cookies sans attributs de sécurité ({pages})", en: "Cookies without security attributes ({pages})"),
        explanation: Localized(
            fr: "Sur un site HTTPS, un cookie doit porter Secure ; un cookie de session, HttpOnly (illisible par les scripts) ; tous, SameSite, qui limite leur envoi depuis d'autres sites.",
            en: "On an HTTPS site a cookie should carry Secure; a session cookie, HttpOnly (unreadable by scripts); all of them, SameSite, which limits sending them from other sites."),
        remedy: Localized(
            fr: "Ajouter Secure, SameSite=Lax (ou Strict) et HttpOnly pour les cookies de session dans la configuration du serveur ou du CMS.",
            en: "Add Secure, SameSite=Lax (or Strict) and HttpOnly for session cookies in the server or CMS configuration."),
        reference: "RGPD art. 32 ; ANSSI, recommandations pour la sécurisation des sites web ; RFC 6265bis", severity: .notice, section: .cookiesStored)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("all flags", expect: .pass, html: CookieExamples.page(),
                         headers: CookieExamples.setCookie("PHPSESSID=abc; Path=/; Secure; HttpOnly; SameSite=Lax")),
            CheckExample("session cookie without flags", expect: .fail, html: CookieExamples.page(),
                         headers: CookieExamples.setCookie("PHPSESSID=abc; Path=/")),
            CheckExample("no cookie", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        if let result = CookieFacts.directoryResult(meta, context) { return result }
        let sessionNames = context.rules.pack(CookieWords.self).sessionNames
        let cookies = CookieFacts.distinct(context.snapshot.cookies)
        guard !cookies.isEmpty else {
            return meta.result(.na, Localized(fr: "Aucun cookie déposé par les réponses HTTP.", en: "No cookie set by the HTTP responses."))
        }
        var level = PageLevel()
        for cookie in cookies {
            var missing: [String] = []
            if cookie.setBy.lowercased().hasPrefix("https://"), !cookie.secure { missing.append("Secure") }
            let lower = cookie.name.lowercased()
            if !cookie.httpOnly, sessionNames.contains(where: { lower == $0 || lower.hasPrefix($0) }) { missing.append("HttpOnly") }
            if cookie.sameSite == nil { missing.append("SameSite") }
            level.add(missing.isEmpty ? .pass : .fail, CookieFacts.evidence(
                cookie, missing.isEmpty ? Localized(fr: "attributs présents", en: "attributes present")
                    : Localized(fr: "sans \(missing.joined(separator: ", "))", en: "without \(missing.joined(separator: ", "))")))
        }
        return level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: total == 1 ? "Le cookie porte les attributs attendus." : "Les \(total) cookies portent les attributs attendus.", en: total == 1 ? "The cookie carries the expected attributes." : "All \(total) cookies carry the expected attributes.")
                : Localized(fr: "\(failing) \(Plural.fr(failing, "cookie", "cookies")) sur \(total) sans Secure, HttpOnly ou SameSite.", en: "\(failing) of \(total) \(Plural.en(total, "cookie", "cookies")) without Secure, HttpOnly or SameSite.")
        }
    }
}
