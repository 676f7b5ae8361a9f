import VigieCheckKit
import VigieCore

/// `cookies.lifetime`: no cookie set by the site lives more than 13 months.
enum CookieLifetimeCheck {
    static let meta = CheckMeta(
        id: "cookies.lifetime", module: .cookies,
        title: Localized(fr: "Durée de vie des cookies (13 mois au plus)", en: "Cookie lifetime (13 months at most)"),
        passTitle: Localized(fr: "Cookies de 13 mois au plus", en: "Cookies kept 13 months at most"),
        failTitle: Localized(fr: "Cookies de plus de 13 mois", en: "Cookies kept over 13 months"),
        explanation: Localized(
            fr: "Un cookie ne devrait pas vivre plus de 13 mois (condition posée par la CNIL pour les cookies de mesure d'audience exemptés, et bonne pratique générale).",
            en: "A cookie should not live more than 13 months (a CNIL condition for exempt audience cookies, and general good practice)."),
        remedy: Localized(fr: "Ramener Expires / Max-Age à 13 mois (395 jours) au plus.", en: "Bring Expires / Max-Age down to 13 months (395 days) at most."),
        reference: CookieReference.consent + " ; CNIL, mesure d'audience (2025)", severity: .warning, section: .cookiesStored)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("one year", expect: .pass, html: CookieExamples.page(),
                         headers: CookieExamples.setCookie("lang=fr; Max-Age=31536000; Path=/; Secure; SameSite=Lax")),
            CheckExample("two years", expect: .fail, html: CookieExamples.page(),
                         headers: CookieExamples.setCookie("visitor=1; Max-Age=63072000; Path=/; Secure; SameSite=Lax")),
            CheckExample("no cookie", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        if let result = CookieFacts.directoryResult(meta, context) { return result }
        let limit = context.rules.pack(CookieWords.self).maxCookieDays * 86_400
        let cookies = CookieFacts.distinct(context.snapshot.cookies)
        guard !cookies.isEmpty else {
            return meta.result(.na, Localized(fr: "Aucun cookie déposé par les réponses HTTP.", en: "No cookie set by the HTTP responses."))
        }
        var level = PageLevel()
        for cookie in cookies {
            let tooLong = (cookie.lifetimeSeconds ?? 0) > limit
            level.add(tooLong ? .fail : .pass, CookieFacts.evidence(cookie, CookieFacts.days(cookie)))
        }
        return level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: total == 1 ? "Le cookie vit 13 mois au plus." : "Les \(total) cookies vivent 13 mois au plus.", en: total == 1 ? "The cookie lives 13 months at most." : "All \(total) cookies live 13 months at most.")
                : Localized(fr: "\(Plural.nfr(failing, "cookie", "cookies")) sur \(total) \(Plural.fr(failing, "vit", "vivent")) plus de 13 mois.", en: "\(failing) of \(total) \(Plural.en(total, "cookie", "cookies")) live more than 13 months.")
        }
    }
}
