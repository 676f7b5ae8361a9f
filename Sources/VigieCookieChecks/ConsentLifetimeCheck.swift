import VigieCheckKit
import VigieCore

/// `cookies.consent-lifetime`: the consent tool keeps the choice 13 months at most (6 months is the CNIL's good practice).
enum ConsentLifetimeCheck {
    static let meta = CheckMeta(
        id: "cookies.consent-lifetime", module: .cookies,
        title: Localized(fr: "Durée de conservation du choix", en: "How long the choice is kept"),
        passTitle: Localized(fr: "Choix conservé 13 mois au plus", en: "Choice kept 13 months at most"),
        failTitle: Localized(fr: "Choix conservé plus de 13 mois", en: "Choice kept over 13 months"),
        explanation: Localized(
            fr: "Le choix de l'internaute (accord comme refus) est conservé pour ne pas le redemander à chaque visite, mais pour une durée limitée : 6 mois est la bonne pratique de la CNIL, 13 mois un maximum.",
            en: "The visitor's choice (consent or refusal) is kept so as not to ask again on every visit, but for a limited time: 6 months is the CNIL's good practice, 13 months a maximum."),
        remedy: Localized(
            fr: "Régler la durée du cookie de consentement de l'outil à 6 mois (tarteaucitron : \"cookieExpire\": 182).",
            en: "Set the consent tool's cookie lifetime to 6 months (tarteaucitron: \"cookieExpire\": 182)."),
        reference: CookieReference.consent, severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("tarteaucitron kept 180 days", expect: .pass, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("tarteaucitron default of 365 days", expect: .warn, html: CookieExamples.page(
                head: #"<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"privacyUrl":"/cookies"});</script>"#)),
            CheckExample("Didomi cookie of 2 years", expect: .fail, html: CookieExamples.page(head: #"<script src="https://sdk.privacy-center.org/loader.js"></script>"#),
                         headers: CookieExamples.setCookie("didomi_token=abc; Max-Age=63072000; Path=/; Secure; SameSite=Lax")),
            CheckExample("Didomi, lifetime set by its script", expect: .unknown, html: CookieExamples.page(head: #"<script src="https://sdk.privacy-center.org/loader.js"></script>"#)),
            CheckExample("banner drawn by a self-hosted script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("no consent tool", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        let matcher = context.rules.pack(CookieSignatures.self).matcher
        func status(_ days: Double) -> CheckStatus {
            days > words.consentMaxDays ? .fail : days > words.consentWarnDays ? .warn : .pass
        }
        func message(_ days: Double, _ source: String) -> Localized {
            let count = Int(days.rounded())
            return Localized(fr: "Le choix est conservé \(count) jours (\(source)).", en: "The choice is kept \(count) days (\(source)).")
        }
        if let cookie = context.snapshot.cookies.first(where: { matcher.signature(forCookie: $0.name)?.isConsentTool == true }),
           let seconds = cookie.lifetimeSeconds {
            let days = seconds / 86_400
            return meta.result(status(days), message(days, "cookie \(cookie.name)"), evidence: [CookieFacts.evidence(cookie, CookieFacts.days(cookie))])
        }
        let analysis = CookieAnalysis.of(context)
        if let config = analysis.tarteaucitron, let page = analysis.tarteaucitronPage {
            let days = config.cookieExpireDays ?? 365
            let source = config.cookieExpireDays == nil ? "tarteaucitron, valeur par défaut" : "tarteaucitron cookieExpire"
            return meta.result(status(days), message(days, source), evidence: [Evidence(url: page, excerpt: config.excerpt, selector: "script")])
        }
        guard let tool = analysis.consentTools.first, let seen = tool.detections.first else {
            if let shown = analysis.scriptBanner {
                return meta.result(.unknown, Localized(
                    fr: "Durée fixée par le bandeau affiché par \(shown.drawnBy.fr) : à décider dans un navigateur.",
                    en: "Lifetime set by the banner shown by \(shown.drawnBy.en): decide with a browser."), evidence: [shown.evidence])
            }
            return meta.result(.na, Localized(fr: "Aucun outil de consentement reconnu.", en: "No known consent tool."))
        }
        return meta.result(.unknown, Localized(
            fr: "Durée fixée par \(tool.signature.name) : à vérifier dans un navigateur (cookie de consentement après un choix).",
            en: "Lifetime set by \(tool.signature.name): check in a browser (consent cookie after a choice)."),
            evidence: [Evidence(url: seen.url, excerpt: seen.detection.excerpt, selector: seen.detection.selector)])
    }
}
