import VigieCheckKit
import VigieCore

/// `cookies.prior-cookies`: the crawl's HTTP responses set no tracking cookie before any consent.
enum PriorCookiesCheck {
    static let meta = CheckMeta(
        id: "cookies.prior-cookies", module: .cookies,
        title: Localized(fr: "Aucun cookie traceur déposé à l'arrivée", en: "No tracking cookie set on arrival"),
        passTitle: Localized(fr: "Aucun cookie traceur déposé à l'arrivée", en: "No tracking cookie set on arrival"),
        failTitle: Localized(fr: "Cookies traceurs déposés à l'arrivée ({pages})", en: "Tracking cookies set on arrival ({pages})"),
        explanation: Localized(
            fr: "Le robot n'accepte jamais rien : tout cookie de mesure d'audience, de publicité ou de réseau social que les réponses du serveur déposent l'est donc sans consentement (CNIL, sanctions Google et Amazon 2020, Shein 2025).",
            en: "The crawler never accepts anything: any audience, advertising or social cookie the server's responses set is therefore set without consent (CNIL fines on Google and Amazon 2020, Shein 2025)."),
        remedy: Localized(
            fr: "Ne déposer ces cookies qu'après l'accord de l'internaute, via l'outil de consentement.",
            en: "Set these cookies only after the visitor agrees, through the consent tool."),
        reference: CookieReference.consent, severity: .error, section: .cookiesStored, cause: CookiesChecks.consentCause)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("only a session cookie", expect: .pass, html: CookieExamples.page(),
                         headers: CookieExamples.setCookie("PHPSESSID=abc; Path=/; Secure; HttpOnly; SameSite=Lax")),
            CheckExample("_ga set by the server", expect: .fail, html: CookieExamples.page(),
                         headers: CookieExamples.setCookie("_ga=GA1.1.123.456; Max-Age=63072000; Path=/; Domain=example.fr")),
            CheckExample("Matomo cookie", expect: .warn, html: CookieExamples.page(),
                         headers: CookieExamples.setCookie("_pk_id.1.abcd=1234; Max-Age=33696000; Path=/")),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        if let result = CookieFacts.directoryResult(meta, context) { return result }
        let matcher = context.rules.pack(CookieSignatures.self).matcher
        var level = PageLevel()
        for cookie in CookieFacts.distinct(context.snapshot.cookies) {
            let signature = matcher.signature(forCookie: cookie.name)
            switch signature?.needsConsent {
            case .yes?:
                level.add(.fail, CookieFacts.evidence(cookie, Localized(fr: "cookie \(signature!.name) déposé sans consentement", en: "\(signature!.name) cookie set without consent")))
            case .review?:
                level.add(.warn, CookieFacts.evidence(cookie, Localized(fr: "cookie \(signature!.name) : exempté seulement s'il respecte les conditions de la CNIL", en: "\(signature!.name) cookie: exempt only if it meets the CNIL's conditions")))
            default:
                level.add(cookie.thirdParty ? .fail : .pass, CookieFacts.evidence(cookie, cookie.thirdParty ? Localized(fr: "cookie tiers déposé sans consentement", en: "third-party cookie set without consent") : Localized(fr: "cookie technique", en: "technical cookie")))
            }
        }
        if level.outcomes.isEmpty {
            return meta.result(.pass, Localized(
                fr: "Aucune réponse HTTP ne dépose de cookie (ceux que déposent les scripts ne se voient pas sans navigateur).",
                en: "No HTTP response sets a cookie (those set by scripts cannot be seen without a browser)."))
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: total == 1 ? "Le cookie déposé à l'arrivée n'est pas un traceur connu." : "Les \(total) cookies déposés à l'arrivée ne sont pas des traceurs connus.", en: total == 1 ? "The cookie set on arrival is not a known tracker." : "The \(total) cookies set on arrival are not known trackers.")
                : Localized(fr: "\(Plural.nfr(failing, "cookie traceur", "cookies traceurs")) sur \(total) \(Plural.fr(failing, "déposé", "déposés")) avant tout consentement.", en: "\(failing) of \(total) \(Plural.en(total, "cookie", "cookies")) are trackers set before any consent.")
        }
        result.data["cookies_total"] = result.data.removeValue(forKey: "pages_total")
        result.data["cookies_failing"] = result.data.removeValue(forKey: "pages_failing")
        return result
    }
}
