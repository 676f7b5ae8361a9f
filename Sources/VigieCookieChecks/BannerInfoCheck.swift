import VigieCheckKit
import VigieCore

/// `cookies.banner-info`: the banner written in the HTML names the purposes.
enum BannerInfoCheck {
    static let meta = CheckMeta(
        id: "cookies.banner-info", module: .cookies,
        title: Localized(fr: "Finalités annoncées dans le bandeau", en: "Purposes stated in the banner"),
        passTitle: Localized(fr: "Finalités annoncées dans le bandeau", en: "Purposes stated in the banner"),
        failTitle: Localized(fr: "Bandeau sans finalités", en: "Banner without purposes"),
        explanation: Localized(
            fr: "Dès le premier niveau, le bandeau dit à quoi servent les traceurs (mesure d'audience, publicité personnalisée, réseaux sociaux…) ; une formule vague comme « améliorer votre expérience » ne suffit pas.",
            en: "From the first layer the banner says what the trackers are for (audience measurement, personalised advertising, social networks…); a vague \"improve your experience\" is not enough."),
        remedy: Localized(
            fr: "Nommer chaque finalité dans le bandeau, avec un lien vers le détail.",
            en: "Name each purpose in the banner, with a link to the details."),
        reference: CookieReference.consent, severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("purposes named", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("improve your experience", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag, body: CookieExamples.bannerAcceptOnly)),
            CheckExample("banner injected by tarteaucitron", expect: .unknown, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("banner drawn by Cookiebot's hosted uc.js", expect: .unknown, html: CookieExamples.page(head: CookieExamples.hostedLoaders[2].html)),
            CheckExample("banner drawn by a self-hosted script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("German bar after </body> with implied consent", expect: .fail, html: CookieExamples.germanPage),
            CheckExample("no banner, no tracker", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        let analysis = CookieAnalysis.of(context)
        guard let banner = analysis.banner else { return BannerContext.withoutBanner(meta, analysis) }
        if let purpose = CookieWords.first(words.purposes, in: banner.text) {
            return meta.result(.pass, Localized(fr: "Le bandeau nomme une finalité : « \(purpose) ».", en: "The banner names a purpose: \"\(purpose)\"."),
                               evidence: BannerContext.evidence(banner))
        }
        return meta.result(.fail, Localized(fr: "Le bandeau ne nomme aucune finalité précise.", en: "The banner names no precise purpose."),
                           evidence: BannerContext.evidence(banner))
    }
}
