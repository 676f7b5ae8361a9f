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
        explanation: Localized(
            fr: "Après « Tout refuser » (ou un retrait du consentement), aucun traceur soumis au consentement ne doit être lu ni déposé (CNIL, sanctions Google 2020 et Shein 2025).",
            en: "After \"Reject all\" (or withdrawal of consent), no tracker that needs consent may be read or set (CNIL fines on Google 2020 and Shein 2025)."),
        remedy: Localized(
            fr: "Tester dans un navigateur : refuser, recharger, et vérifier les cookies et requêtes dans les outils de développement.",
            en: "Test in a browser: refuse, reload, and check cookies and requests in the developer tools."),
        reference: CookieReference.consent, severity: .error)

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
                evidence: [Evidence(url: context.snapshot.homeURL, excerpt: "aucun traceur connu dans le HTML ni dans les cookies")])
        }
        let list = trackers.isEmpty ? "" : " (" + trackers.prefix(8).map(\.signature.name).joined(separator: ", ") + ")"
        return meta.result(.unknown, Localized(
            fr: "Un audit statique ne clique pas sur « Tout refuser » : à vérifier dans un navigateur\(list).",
            en: "A static audit does not click \"Reject all\": check in a browser\(list)."),
            evidence: [Evidence(url: context.snapshot.homeURL, excerpt: "vérification manuelle nécessaire\(list)")])
    }
}
