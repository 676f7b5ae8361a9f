import VigieCheckKit
import VigieCore

/// `cookies.implied-consent`: no "by continuing to browse you accept" wording.
enum ImpliedConsentCheck {
    static let meta = CheckMeta(
        id: "cookies.implied-consent", module: .cookies,
        title: Localized(fr: "Pas de consentement implicite", en: "No implied consent"),
        passTitle: Localized(fr: "Pas de consentement implicite", en: "No implied consent"),
        failTitle: Localized(fr: "Consentement déduit de la navigation", en: "Consent implied from browsing"),
        explanation: Localized(
            fr: "Le silence, le défilement ou la poursuite de la navigation valent refus : « en poursuivant votre navigation, vous acceptez les cookies » n'est pas un consentement valable.",
            en: "Silence, scrolling or continuing to browse count as refusal: \"by continuing to browse you accept cookies\" is not valid consent."),
        remedy: Localized(
            fr: "Retirer cette formule et demander un clic sur « Accepter » ou « Refuser » (tarteaucitron : \"highPrivacy\": true).",
            en: "Remove this wording and ask for a click on \"Accept\" or \"Refuse\" (tarteaucitron: \"highPrivacy\": true)."),
        reference: CookieReference.consent + " (recommandation, art. 2)", severity: .error, cause: CookiesChecks.consentCause)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("banner asking for a click", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("continuing to browse means accepting", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag, body: CookieExamples.bannerAcceptOnly)),
            CheckExample("tarteaucitron with highPrivacy false", expect: .warn, html: CookieExamples.page(
                head: #"<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"highPrivacy": false});</script>"#)),
            CheckExample("banner injected by Didomi", expect: .unknown, html: CookieExamples.page(head: #"<script src="https://sdk.privacy-center.org/loader.js"></script>"#)),
            CheckExample("banner drawn by Cookiebot's hosted uc.js", expect: .unknown, html: CookieExamples.page(head: CookieExamples.hostedLoaders[2].html)),
            CheckExample("banner drawn by a self-hosted script", expect: .unknown, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("German bar after </body> with implied consent", expect: .fail, html: CookieExamples.germanPage),
            CheckExample("Google Analytics and no banner at all", expect: .na, html: CookieExamples.page(head: CookieExamples.gtag)),
            CheckExample("implied consent in the legal text, tarteaucitron configured", expect: .fail, pages: [
                .init("/", CookieExamples.page(head: CookieExamples.tarteaucitron, body: #"<a href="/cgv.html">cgv</a>"#)),
                .init("/cgv.html", CookieExamples.page(body: "<h2>Cookies et outils de suivi</h2><p>En utilisant ce site, vous consentez à la collecte et au traitement de vos données par les outils de suivi mentionnés ci-dessus.</p>")),
            ]),
            CheckExample("no banner, no tracker", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        // The implied-consent phrase of a block that also names cookies. Banners, headers and footers
        // repeat on every page: in the template's zones, each distinct block is read once.
        let impliedPhrase = { (block: String) -> String? in
            let text = LabelText.normalize(block)
            // Banner words first: most blocks have none, and the implied phrases are more and longer.
            guard CookieWords.first(words.bannerWords, in: text) != nil else { return nil }
            return CookieWords.first(words.implied, in: text)
        }
        var repeatedPhrase = Memo(impliedPhrase)
        for (record, facts) in context.snapshot.htmlPages {
            for block in facts.textBlocks {
                guard let phrase = block.zone.isTemplate ? repeatedPhrase(block.text) : impliedPhrase(block.text) else { continue }
                return meta.result(.fail, Localized(
                    fr: "Formule de consentement implicite : « \(phrase) ».", en: "Implied-consent wording: \"\(phrase)\"."),
                    evidence: [Evidence(url: record.url, excerpt: block.text, selector: block.tag)])
            }
        }
        let analysis = CookieAnalysis.of(context)
        if let config = analysis.tarteaucitron, let page = analysis.tarteaucitronPage {
            if config.highPrivacy == false {
                return meta.result(.warn, Localized(
                    fr: "tarteaucitron est réglé avec \"highPrivacy\": false (consentement implicite dans les anciennes versions).",
                    en: "tarteaucitron is set with \"highPrivacy\": false (implied consent in older versions)."),
                    evidence: [Evidence(url: page, excerpt: config.excerpt, selector: "script")])
            }
            return meta.result(.pass, Localized(fr: "tarteaucitron demande un choix explicite.", en: "tarteaucitron asks for an explicit choice."),
                               evidence: [Evidence(url: page, excerpt: config.excerpt, selector: "script")])
        }
        if let banner = analysis.banner {
            return meta.result(.pass, Localized(fr: "Le bandeau ne présente pas la navigation comme un accord.", en: "The banner does not treat browsing as consent."),
                               evidence: BannerContext.evidence(banner))
        }
        return BannerContext.withoutAnyBanner(meta, analysis) ?? BannerContext.withoutBanner(meta, analysis)
    }
}
