import VigieCheckKit
import VigieCore

/// `cookies.refusal-effective`: refusing stops the trackers. A static crawl cannot click "refuse", so it is
/// `unknown` whenever trackers wait for consent; it fails only when a tracker runs whatever the choice
/// (loaded unconditionally), and passes only when there is nothing a refusal would have to stop (no tracker,
/// no banner in the HTML or drawn by a script).
enum RefusalEffectiveCheck {
    static let meta = CheckMeta(
        id: "cookies.refusal-effective", module: .cookies,
        title: Localized(fr: "Le refus est respecté", en: "Refusal is honoured"),
        passTitle: Localized(fr: "Le refus est respecté", en: "Refusal is respected"),
        failTitle: Localized(fr: "Traceurs chargés malgré le refus", en: "Trackers loaded despite refusal"),
        explanation: Localized(
            fr: "Après « Tout refuser » (ou un retrait du consentement), aucun traceur soumis au consentement ne doit être lu ni déposé (CNIL, sanctions Google 2020 et Shein 2025).",
            en: "After \"Reject all\" (or withdrawal of consent), no tracker that needs consent may be read or set (CNIL fines on Google 2020 and Shein 2025)."),
        remedy: Localized(
            fr: "Ne charger chaque traceur qu'après l'accord du visiteur, par l'outil de consentement, pour qu'un refus l'arrête.",
            en: "Load each tracker only after the visitor agrees, through the consent tool, so that a refusal stops it."),
        reference: CookieReference.consent, severity: .error, cause: CookiesChecks.consentCause,
        verify: Localized(
            fr: "Dans un navigateur, cliquer « Tout refuser », recharger la page et vérifier dans les outils de développement (onglets Réseau et Stockage) qu'aucun traceur n'est chargé ni déposé.",
            en: "In a browser, click “Reject all”, reload the page and check in the developer tools (Network and Storage tabs) that no tracker is loaded or set."))

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("trackers wait for tarteaucitron", expect: .unknown, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("Google Analytics runs whatever the choice", expect: .fail, html: CookieExamples.page(head: CookieExamples.gtag)),
            CheckExample("banner drawn by a script, no tracker seen", expect: .unknown, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("hosted Didomi loader, no tracker seen", expect: .unknown, html: CookieExamples.page(head: CookieExamples.hostedLoaders[1].html)),
            CheckExample("nothing to refuse", expect: .pass, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let analysis = CookieAnalysis.of(context)
        let trackers = analysis.trackers([.yes, .review])
        if let forced = trackers.first(where: { $0.signature.needsConsent == .yes && $0.loadsBeforeConsent }),
           let seen = forced.detections.first(where: { $0.detection.loadsBeforeConsent }) {
            return meta.result(.fail, Localized(
                fr: "\(forced.signature.name) est chargé sans condition : un refus ne peut pas l'arrêter.",
                en: "\(forced.signature.name) is loaded unconditionally: a refusal cannot stop it."),
                evidence: [Evidence(url: seen.url, excerpt: seen.detection.excerpt, selector: seen.detection.selector)])
        }
        let matcher = context.rules.pack(CookieSignatures.self).matcher
        let trackingCookies = context.snapshot.cookies.contains { matcher.signature(forCookie: $0.name).map { !$0.isConsentTool } ?? $0.thirdParty }
        // A banner (in the HTML or drawn by a script) means there is a refusal whose effect a static crawl cannot see.
        if trackers.isEmpty, analysis.scriptBanner == nil, analysis.banner == nil, !trackingCookies {
            return meta.result(.pass, Localized(
                fr: "Aucun traceur, aucun bandeau ni outil de consentement : un refus n'a rien à arrêter.",
                en: "No tracker, no banner and no consent tool: a refusal has nothing to stop."),
                evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "aucun traceur connu dans le HTML ni dans les cookies", en: "no known tracker in the HTML or the cookies"))])
        }
        let list = trackers.isEmpty ? "" : " (" + trackers.prefix(8).map(\.signature.name).joined(separator: ", ") + ")"
        return meta.result(.unknown, Localized(
            fr: "Un audit statique ne clique pas sur « Tout refuser » : à vérifier dans un navigateur\(list).",
            en: "A static audit does not click \"Reject all\": check in a browser\(list)."),
            evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "vérification à la main nécessaire\(list)", en: "to verify by hand\(list)"))])
    }
}
