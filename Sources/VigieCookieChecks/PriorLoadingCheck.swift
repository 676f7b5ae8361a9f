import VigieCheckKit
import VigieCore

/// `cookies.prior-loading`: no tracker that needs consent runs before consent.
enum PriorLoadingCheck {
    static let meta = CheckMeta(
        id: "cookies.prior-loading", module: .cookies,
        title: Localized(fr: "Aucun traceur avant le consentement", en: "No tracker before consent"),
        passTitle: Localized(fr: "Aucun traceur avant le consentement", en: "No tracker before consent"),
        failTitle: Localized(fr: "Traceurs chargés avant le consentement ({pages})", en: "Trackers loaded before consent ({pages})"),
        explanation: Localized(
            fr: "Un traceur soumis au consentement ne doit pas s'exécuter avant que l'internaute ait accepté : un <script src>, un extrait en ligne, une iframe ou un pixel inclus sans condition s'exécute dès l'arrivée sur la page.",
            en: "A tracker that needs consent must not run before the visitor accepts: a <script src>, an inline snippet, an iframe or a pixel included unconditionally runs on arrival."),
        remedy: Localized(
            fr: "Charger ces traceurs par l'outil de consentement (tarteaucitron.job.push, type=\"text/plain\" avec data-category, iframe en data-src, Consent Mode à « denied » par défaut).",
            en: "Load these trackers through the consent tool (tarteaucitron.job.push, type=\"text/plain\" with data-category, iframe data-src, Consent Mode 'denied' by default)."),
        reference: CookieReference.consent, severity: .error, section: .cookiesTrackers, cause: CookiesChecks.consentCause)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("Google Analytics through tarteaucitron", expect: .pass, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("script held back with type text/plain", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("YouTube iframe with data-src only", expect: .pass, html: CookieExamples.page(
                head: CookieExamples.tarteaucitron, body: #"<iframe data-src="https://www.youtube.com/embed/abc" title="Vidéo"></iframe>"#)),
            CheckExample("Consent Mode denied by default", expect: .pass, html: CookieExamples.page(
                head: #"<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("consent", "default", {"ad_storage": "denied", "analytics_storage": "denied"});</script>"# + CookieExamples.gtag)),
            CheckExample("Google Analytics loaded plainly", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag)),
            CheckExample("Meta pixel image", expect: .fail, html: CookieExamples.page(body: #"<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1" alt="">"#)),
            CheckExample("Matomo loaded plainly", expect: .warn, html: CookieExamples.page(
                head: "<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>")),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let analysis = CookieAnalysis.of(context)
        var level = PageLevel()
        var gatedCount = 0
        for page in analysis.pages {
            for detection in page.detections where !detection.signature.isConsentTool && detection.signature.needsConsent != .no {
                let name = detection.signature.name
                if detection.loadsBeforeConsent {
                    let status: CheckStatus = detection.signature.needsConsent == .yes ? .fail : .warn
                    let note = status == .warn
                        ? Localized(fr: "\(name) chargé sans condition (exemption possible si configuré selon la CNIL)", en: "\(name) loaded unconditionally (may be exempt if set up as the CNIL says)")
                        : Localized(fr: "\(name) chargé sans condition", en: "\(name) loaded unconditionally")
                    level.add(status, Evidence(url: page.url, excerpt: detection.excerpt, selector: detection.selector, note: note))
                } else if detection.gated {
                    gatedCount += 1
                    level.add(.pass, Evidence(url: page.url, excerpt: detection.gatingReason ?? detection.excerpt, selector: detection.selector,
                                              note: Localized(fr: "\(name) retenu", en: "\(name) held back")))
                }
            }
        }
        if level.outcomes.isEmpty {
            return meta.result(.pass, Localized(fr: "Aucun traceur soumis au consentement dans le HTML des pages.", en: "No tracker that needs consent in the pages' HTML."))
        }
        var result = level.result(meta) { failing, _ in
            failing == 0
                ? Localized(fr: gatedCount == 1 ? "Le traceur trouvé attend le consentement." : "Les \(gatedCount) traceurs trouvés attendent le consentement.", en: gatedCount == 1 ? "The tracker found waits for consent." : "The \(gatedCount) trackers found wait for consent.")
                : Localized(fr: "\(Plural.nfr(failing, "chargement de traceur", "chargements de traceur")) avant tout consentement.", en: "\(Plural.nen(failing, "tracker load", "tracker loads")) before any consent.")
        }
        let failingPages = Set(level.outcomes.filter { $0.status == .fail || $0.status == .warn }.map(\.evidence.url))
        result.data["pages_total"] = .number(Double(analysis.pages.count))
        result.data["pages_failing"] = .number(Double(failingPages.count))
        return result
    }
}
