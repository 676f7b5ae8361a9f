import VigieCheckKit
import VigieCore

/// `cookies.cookie-wall`: no overlay that makes access conditional on accepting, without a refuse choice.
enum CookieWallCheck {
    static let meta = CheckMeta(
        id: "cookies.cookie-wall", module: .cookies,
        title: Localized(fr: "Pas de mur de cookies", en: "No cookie wall"),
        passTitle: Localized(fr: "Pas de mur de cookies", en: "No cookie wall"),
        failTitle: Localized(fr: "Mur de cookies", en: "Cookie wall"),
        explanation: Localized(
            fr: "Conditionner l'accès au site à l'acceptation des cookies, sans autre choix, n'est admis qu'au cas par cas (Conseil d'État, 19 juin 2020) : le consentement doit rester libre.",
            en: "Making access conditional on accepting cookies, with no other choice, is only allowed case by case (Conseil d'État, 19 June 2020): consent must stay free."),
        remedy: Localized(
            fr: "Laisser accéder au site sans accepter, ou proposer une alternative réelle et équitable.",
            en: "Let visitors use the site without accepting, or offer a real and fair alternative."),
        reference: CookieReference.consent + " ; Conseil d'État, 19 juin 2020, n° 434684", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("refuse choice", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("accept to access", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag, body:
                #"<div class="cookie-wall"><p>Pour accéder au site, vous devez accepter les cookies de mesure d'audience et de publicité.</p><button>Accepter</button></div>"#)),
            CheckExample("banner injected by tarteaucitron", expect: .unknown, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("banner drawn by Cookiebot's hosted uc.js", expect: .unknown, html: CookieExamples.page(head: CookieExamples.hostedLoaders[2].html)),
            CheckExample("banner drawn by a self-hosted script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("German bar after </body> with implied consent", expect: .pass, html: CookieExamples.germanPage),
            CheckExample("Google Analytics and no banner at all", expect: .na, html: CookieExamples.page(head: CookieExamples.gtag)),
            CheckExample("no banner, no tracker", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        let analysis = CookieAnalysis.of(context)
        guard let banner = analysis.banner else {
            return BannerContext.withoutAnyBanner(meta, analysis) ?? BannerContext.withoutBanner(meta, analysis)
        }
        let refuse = banner.control(words.refuse)
        if let wall = CookieWords.first(words.wall, in: banner.text), refuse == nil {
            return meta.result(.fail, Localized(fr: "Accès conditionné à l'acceptation : « \(wall) ».", en: "Access conditional on accepting: \"\(wall)\"."),
                               evidence: BannerContext.evidence(banner))
        }
        if refuse == nil, let implied = CookieWords.first(words.implied, in: banner.text) {
            return meta.result(.pass, Localized(
                fr: "Le bandeau laisse naviguer sans choisir (« \(implied) » : voir cookies.implied-consent) : pas de mur.",
                en: "The banner lets visitors browse without choosing (\"\(implied)\": see cookies.implied-consent): no wall."),
                evidence: BannerContext.evidence(banner))
        }
        if refuse == nil {
            return meta.result(.warn, Localized(
                fr: "Le bandeau n'offre pas de refus : vérifier qu'il ne bloque pas l'accès au site.",
                en: "The banner offers no refusal: check that it does not block access to the site."), evidence: BannerContext.evidence(banner))
        }
        return meta.result(.pass, Localized(fr: "Le bandeau permet de refuser et de continuer.", en: "The banner lets visitors refuse and go on."),
                           evidence: BannerContext.evidence(banner))
    }
}
