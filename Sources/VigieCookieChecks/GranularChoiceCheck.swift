import VigieCheckKit
import VigieCore

/// `cookies.granular-choice`: the banner written in the HTML lets one choose purpose by purpose.
enum GranularChoiceCheck {
    static let meta = CheckMeta(
        id: "cookies.granular-choice", module: .cookies,
        title: Localized(fr: "Choix finalité par finalité", en: "Choice purpose by purpose"),
        passTitle: Localized(fr: "Choix finalité par finalité", en: "Choice purpose by purpose"),
        failTitle: Localized(fr: "Pas de choix finalité par finalité", en: "No choice purpose by purpose"),
        explanation: Localized(
            fr: "Un accord global n'est valable que si l'internaute peut aussi choisir finalité par finalité, par un bouton « Personnaliser » ou « Paramétrer ».",
            en: "Global consent is valid only if visitors can also choose purpose by purpose, through a \"Customise\" or \"Settings\" button."),
        remedy: Localized(fr: "Ajouter au bandeau un bouton « Personnaliser » qui ouvre le choix par finalité.", en: "Add a \"Customise\" button to the banner that opens a per-purpose choice."),
        reference: CookieReference.consent, severity: .notice)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("Personnaliser button", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("accept only", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag, body: CookieExamples.bannerAcceptOnly)),
            CheckExample("tarteaucitron's panel, per service", expect: .pass, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("banner injected by Didomi", expect: .unknown, html: CookieExamples.page(head: #"<script src="https://sdk.privacy-center.org/loader.js"></script>"#)),
            CheckExample("banner drawn by Cookiebot's hosted uc.js", expect: .unknown, html: CookieExamples.page(head: CookieExamples.hostedLoaders[2].html)),
            CheckExample("banner drawn by a self-hosted script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("German bar after </body> with implied consent", expect: .fail, html: CookieExamples.germanPage),
            CheckExample("no banner, no tracker", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        let analysis = CookieAnalysis.of(context)
        if let banner = analysis.banner {
            if let control = banner.control(words.customize) {
                return meta.result(.pass, Localized(fr: "Choix détaillé : « \(control) ».", en: "Detailed choice: \"\(control)\"."), evidence: BannerContext.evidence(banner, control))
            }
            return meta.result(.fail, Localized(fr: "Le bandeau n'offre pas de choix par finalité.", en: "The banner offers no per-purpose choice."), evidence: BannerContext.evidence(banner))
        }
        if let config = analysis.tarteaucitron, let page = analysis.tarteaucitronPage {
            return meta.result(.pass, Localized(
                fr: "tarteaucitron ouvre un panneau de choix service par service (« Personnaliser »).",
                en: "tarteaucitron opens a service-by-service panel (\"Customise\")."),
                evidence: [Evidence(url: page, excerpt: config.excerpt, selector: "script")])
        }
        return BannerContext.withoutBanner(meta, analysis)
    }
}
