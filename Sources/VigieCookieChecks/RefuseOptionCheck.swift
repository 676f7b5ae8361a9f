import VigieCheckKit
import VigieCore

/// `cookies.refuse-option`: the banner offers a refuse choice at the same level as "accept".
enum RefuseOptionCheck {
    static let meta = CheckMeta(
        id: "cookies.refuse-option", module: .cookies,
        title: Localized(fr: "Refuser aussi simplement qu'accepter", en: "Refusing as easy as accepting"),
        passTitle: Localized(fr: "Refuser est aussi simple qu'accepter", en: "Refusing is as easy as accepting"),
        failTitle: Localized(fr: "Refuser est plus difficile qu'accepter", en: "Refusing is harder than accepting"),
        explanation: Localized(
            fr: "Le bandeau doit proposer de refuser au même niveau et avec la même facilité qu'accepter : « Tout refuser », « Continuer sans accepter », « Interdire » (CNIL, sanctions Google et Facebook 2021).",
            en: "The banner must offer to refuse at the same level and as easily as accepting: \"Reject all\", \"Continue without accepting\", \"Deny\" (CNIL fines on Google and Facebook 2021)."),
        remedy: Localized(
            fr: "Ajouter un bouton « Tout refuser » à côté de « Tout accepter », de même taille et de même style (tarteaucitron : \"DenyAllCta\": true).",
            en: "Add a \"Reject all\" button next to \"Accept all\", same size and style (tarteaucitron: \"DenyAllCta\": true)."),
        reference: CookieReference.consent, severity: .error)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("accept and refuse buttons", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("tarteaucitron with DenyAllCta", expect: .pass, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("accept only", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag, body: CookieExamples.bannerAcceptOnly)),
            CheckExample("tarteaucitron without DenyAllCta", expect: .fail, html: CookieExamples.page(
                head: #"<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"DenyAllCta": false});</script>"#)),
            CheckExample("banner injected by Axeptio", expect: .unknown, html: CookieExamples.page(
                head: #"<script>window.axeptioSettings={clientId:"abc"};</script><script async src="https://static.axept.io/sdk.js"></script>"#)),
            CheckExample("banner drawn by a self-hosted script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("banner drawn by an inline script", expect: .unknown, html: CookieExamples.page(body: CookieExamples.inlineBannerScript)),
            CheckExample("German bar after </body> with implied consent", expect: .fail, html: CookieExamples.germanPage),
            CheckExample("no banner, no tracker", expect: .na, html: CookieExamples.page()),
        ] + CookieExamples.hostedLoaders.map { loader in
            CheckExample("banner drawn by \(loader.name)", expect: .unknown, html: CookieExamples.page(head: loader.html))
        },
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        let analysis = CookieAnalysis.of(context)
        if let banner = analysis.banner {
            if let refuse = banner.control(words.refuse) {
                return meta.result(.pass, Localized(fr: "Choix de refus dans le bandeau : « \(refuse) ».", en: "Refuse choice in the banner: \"\(refuse)\"."),
                                   evidence: BannerContext.evidence(banner, refuse))
            }
            if let accept = banner.control(words.accept) {
                return meta.result(.fail, Localized(
                    fr: "Le bandeau propose « \(accept) » sans bouton de refus au même niveau.", en: "The banner offers \"\(accept)\" with no refuse button at the same level."),
                    evidence: BannerContext.evidence(banner, accept))
            }
            return meta.result(.unknown, Localized(
                fr: "Bandeau trouvé, mais ni bouton d'acceptation ni de refus reconnu : à vérifier dans un navigateur.",
                en: "Banner found but no accept or refuse button recognised: check in a browser."), evidence: BannerContext.evidence(banner))
        }
        if let config = analysis.tarteaucitron, let denyAll = config.denyAllCta,
           let page = analysis.tarteaucitronPage {
            return meta.result(denyAll ? .pass : .fail, denyAll
                ? Localized(fr: "tarteaucitron affiche « Tout refuser » (\"DenyAllCta\": true).", en: "tarteaucitron shows \"Deny all\" (\"DenyAllCta\": true).")
                : Localized(fr: "tarteaucitron est réglé sans bouton « Tout refuser » (\"DenyAllCta\": false).", en: "tarteaucitron is set without a \"Deny all\" button (\"DenyAllCta\": false)."),
                evidence: [Evidence(url: page, excerpt: config.excerpt, selector: "script")])
        }
        return BannerContext.withoutBanner(meta, analysis)
    }
}
