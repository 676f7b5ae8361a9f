import VigieCheckKit
import VigieCore

/// What the banner checks decide from when the banner is not in the HTML: a script draws it (a
/// consent tool, a banner script: `unknown`, decide with a browser), or there is no banner at all (`na`).
enum BannerContext {
    /// The result when no banner is written in the HTML.
    static func withoutBanner(_ meta: CheckMeta, _ analysis: CookieAnalysis) -> CheckResult {
        if let shown = analysis.scriptBanner { return shown.result(meta) }
        if let tracker = analysis.trackers([.yes]).first, let seen = tracker.detections.first {
            return meta.result(.unknown, Localized(
                fr: "Aucun bandeau cookies dans le HTML alors que \(tracker.signature.name) est chargé (voir cookies.consent-tool).",
                en: "No cookie banner in the HTML although \(tracker.signature.name) is loaded (see cookies.consent-tool)."),
                evidence: [Evidence(url: seen.url, excerpt: seen.detection.excerpt, selector: seen.detection.selector)])
        }
        return meta.result(.na, Localized(fr: "Aucun bandeau cookies ni traceur soumis au consentement.", en: "No cookie banner and no tracker that needs consent."))
    }

    /// For the checks about what a banner does wrong (a wall, browsing read as consent): `na` when trackers are
    /// loaded but no banner is written in the HTML and none is drawn by a script — there is no banner to judge, and
    /// the missing banner is cookies.consent-tool's fail; nil otherwise.
    static func withoutAnyBanner(_ meta: CheckMeta, _ analysis: CookieAnalysis) -> CheckResult? {
        guard analysis.banner == nil, analysis.scriptBanner == nil, !analysis.trackers([.yes]).isEmpty else { return nil }
        return meta.result(.na, Localized(
            fr: "Aucun bandeau cookies, ni dans le HTML ni affiché par un script connu : rien à juger ici (l'absence de bandeau relève de cookies.consent-tool).",
            en: "No cookie banner, neither in the HTML nor shown by a known script: nothing to judge here (the missing banner is cookies.consent-tool's finding)."))
    }

    static func evidence(_ banner: CookieBanner, _ detail: String? = nil) -> [Evidence] {
        [Evidence(url: banner.url, excerpt: detail.map { "\($0) — \(banner.excerpt)" } ?? banner.excerpt, note: Localized(fr: "bandeau cookies", en: "cookie banner"))]
    }
}
