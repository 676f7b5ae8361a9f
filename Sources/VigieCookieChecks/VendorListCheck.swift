import VigieCheckKit
import VigieCore

/// `cookies.vendor-list`: the banner written in the HTML links to the list of third parties.
enum VendorListCheck {
    static let meta = CheckMeta(
        id: "cookies.vendor-list", module: .cookies,
        title: Localized(fr: "Liste des partenaires accessible", en: "List of third parties available"),
        passTitle: Localized(fr: "Liste des partenaires accessible", en: "Vendor list available"),
        failTitle: Localized(fr: "Liste des partenaires introuvable", en: "Vendor list not found"),
        explanation: Localized(
            fr: "Avant de consentir, l'internaute doit pouvoir connaître la liste exhaustive des sociétés qui déposent des traceurs (CNIL, sanction Shein 2025).",
            en: "Before consenting, visitors must be able to see the full list of companies that set trackers (CNIL fine on Shein, 2025)."),
        remedy: Localized(fr: "Ajouter au bandeau un lien « Voir nos partenaires » vers la liste des tiers.", en: "Add a \"See our partners\" link to the banner, leading to the list of third parties."),
        reference: CookieReference.consent, severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("link to partners", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood)),
            CheckExample("no list of third parties", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag, body: CookieExamples.bannerAcceptOnly)),
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
        if let link = banner.links.first(where: { CookieWords.first(words.vendors, in: $0.label) != nil }) {
            return meta.result(.pass, Localized(fr: "Lien vers les partenaires : « \(link.label) ».", en: "Link to the partners: \"\(link.label)\"."),
                               evidence: BannerContext.evidence(banner, "<a href=\"\(link.href)\">\(link.label)</a>"))
        }
        if let control = banner.control(words.vendors) {
            return meta.result(.pass, Localized(fr: "Bouton vers les partenaires : « \(control) ».", en: "Button to the partners: \"\(control)\"."),
                               evidence: BannerContext.evidence(banner, control))
        }
        return meta.result(.fail, Localized(fr: "Le bandeau ne mène pas à la liste des partenaires.", en: "The banner does not lead to the list of partners."),
                           evidence: BannerContext.evidence(banner))
    }
}
