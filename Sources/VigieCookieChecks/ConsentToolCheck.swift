import VigieCheckKit
import VigieCore

/// `cookies.consent-tool`: a consent mechanism is present when a tracker that needs consent is loaded.
enum ConsentToolCheck {
    static let meta = CheckMeta(
        id: "cookies.consent-tool", module: .cookies,
        title: Localized(fr: "Outil de recueil du consentement", en: "Consent tool"),
        passTitle: Localized(fr: "Outil de consentement en place", en: "Consent tool in place"),
        failTitle: Localized(fr: "Pas d'outil de consentement", en: "No consent tool"),
        explanation: Localized(
            fr: "Dès qu'un traceur soumis au consentement est utilisé (publicité, réseaux sociaux, Google Analytics…), le site doit demander l'accord de l'internaute par un bandeau qui permet d'accepter ou de refuser.",
            en: "As soon as a tracker that needs consent is used (advertising, social networks, Google Analytics…), the site must ask the visitor with a banner that lets them accept or refuse."),
        remedy: Localized(
            fr: "Installer un outil de gestion du consentement (tarteaucitron.js, Axeptio, Didomi…) et y déclarer chaque traceur.",
            en: "Install a consent management tool (tarteaucitron.js, Axeptio, Didomi…) and declare every tracker in it."),
        reference: CookieReference.consent, severity: .error, cause: CookiesChecks.consentCause)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("tarteaucitron with Google Analytics", expect: .pass, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("banner written in the page", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("German information bar with one accept link", expect: .warn, html: CookieExamples.germanPage),
            CheckExample("Google Analytics without any banner", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag)),
            CheckExample("Google Analytics and a js.cookie library, no banner", expect: .fail, html: CookieExamples.page(
                head: CookieExamples.gtag + #"<script src="/js/js.cookie.min.js"></script>"#)),
            CheckExample("banner drawn by a self-hosted script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.gtag + CookieExamples.bannerScript)),
            CheckExample("banner drawn by an inline script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.gtag, body: CookieExamples.inlineBannerScript)),
            CheckExample("Google Tag Manager may load the consent tool", expect: .unknown, html: CookieExamples.page(
                head: #"<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-ABC123');</script>"#)),
            CheckExample("no tracker", expect: .na, html: CookieExamples.page()),
        ] + CookieExamples.hostedLoaders.map { loader in
            CheckExample("\(loader.name) with Google Analytics", expect: .pass, html: CookieExamples.page(head: loader.html + CookieExamples.gtag))
        },
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let analysis = CookieAnalysis.of(context)
        let needing = analysis.trackers([.yes])
        guard let tracker = needing.first, let seen = tracker.detections.first else {
            return meta.result(.na, Localized(fr: "Aucun traceur soumis au consentement n'a été trouvé.", en: "No tracker that needs consent was found."))
        }
        if let tool = analysis.consentTools.first, let detection = tool.detections.first {
            return meta.result(.pass, Localized(fr: "Outil de consentement : \(analysis.consentToolNames).", en: "Consent tool: \(analysis.consentToolNames)."),
                               evidence: [Evidence(url: detection.url, excerpt: detection.detection.excerpt, selector: detection.detection.selector)])
        }
        let words = context.rules.pack(CookieWords.self)
        if let banner = analysis.banner, let accept = banner.control(words.accept),
           banner.control(words.refuse) == nil, banner.control(words.customize) == nil {
            return meta.result(.warn, Localized(
                fr: "Le bandeau n'offre que « \(accept) » : un bandeau d'information, pas un choix (voir cookies.refuse-option).",
                en: "The banner offers only \"\(accept)\": an information bar, not a choice (see cookies.refuse-option)."),
                evidence: BannerContext.evidence(banner, accept))
        }
        if let banner = analysis.banner, banner.control(words.accept) != nil {
            return meta.result(.pass, Localized(fr: "Bandeau cookies écrit dans la page.", en: "Cookie banner written in the page."),
                               evidence: [Evidence(url: banner.url, excerpt: banner.excerpt)])
        }
        if let shown = analysis.scriptBanner {
            return shown.result(meta)
        }
        if let manager = analysis.products.first(where: { $0.signature.category == "tag-manager" && $0.loadsBeforeConsent }),
           let seen = manager.detections.first {
            return meta.result(.unknown, Localized(
                fr: "Aucun outil de consentement dans le HTML, mais \(manager.signature.name) peut en charger un : à décider dans un navigateur.",
                en: "No consent tool in the HTML, but \(manager.signature.name) can load one: decide with a browser."),
                evidence: [Evidence(url: seen.url, excerpt: seen.detection.excerpt, selector: seen.detection.selector)])
        }
        let names = needing.map(\.signature.name).joined(separator: ", ")
        return meta.result(.fail, Localized(
            fr: "Traceurs soumis au consentement (\(names)) sans outil de consentement reconnu ni bandeau dans le HTML.",
            en: "Trackers that need consent (\(names)) without a known consent tool or a banner in the HTML."),
            evidence: [Evidence(url: seen.url, excerpt: seen.detection.excerpt, selector: seen.detection.selector, note: .verbatim(tracker.signature.name))])
    }
}
