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

    static func evidence(_ banner: CookieBanner, _ detail: String? = nil) -> [Evidence] {
        [Evidence(url: banner.url, excerpt: detail.map { "\($0) — \(banner.excerpt)" } ?? banner.excerpt, selector: "bandeau cookies")]
    }
}
