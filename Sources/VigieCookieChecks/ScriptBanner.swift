import VigieCheckKit
import VigieCore

/// A cookie banner that a script draws and the HTML does not hold. The crawl runs no script, so the
/// banner checks cannot read it: they are `unknown` ("shown by a script: decide with a browser"),
/// never `na`, and never `pass` or `fail` from markup that is not there.
struct ScriptBanner: Sendable {
    /// What draws it: the consent tools' names, a script's path, or an inline script (localised).
    var drawnBy: Localized
    var evidence: Evidence

    /// The result of a banner check that cannot read this banner.
    func result(_ meta: CheckMeta) -> CheckResult {
        meta.result(.unknown, Localized(
            fr: "Bandeau affiché par un script (\(drawnBy.fr)) : à décider dans un navigateur.",
            en: "Banner shown by a script (\(drawnBy.en)): decide with a browser."), evidence: [evidence])
    }

    /// Pages read for a banner script that no signature names: a banner belongs to the template, so the
    /// first pages show it (and inline scripts are long).
    static let pagesRead = 50

    /// The site's script-drawn banner: a known consent tool first, then a script whose path names a banner
    /// (`/js/cookie-banner.js`), then an inline script that writes a cookie and draws a banner.
    static func find(_ analysis: CookieAnalysis, words: CookieWords) -> ScriptBanner? {
        if let tool = analysis.consentTools.first, let seen = tool.detections.first {
            return ScriptBanner(drawnBy: Localized(fr: analysis.consentToolNames, en: analysis.consentToolNames),
                                evidence: Evidence(url: seen.url, excerpt: seen.detection.excerpt, selector: seen.detection.selector))
        }
        for page in analysis.pages.prefix(pagesRead) {
            for script in page.facts.scripts {
                if let src = script.src, let path = bannerPath(src, words: words) {
                    return ScriptBanner(drawnBy: Localized(fr: "le script « \(path) »", en: "the script \"\(path)\""), evidence: Evidence(url: page.url, excerpt: "<script src=\"\(src)\">", selector: "script[src]"))
                }
                if script.src == nil, drawsBanner(script.inlineText, words: words) {
                    return ScriptBanner(drawnBy: Localized(fr: "un script en ligne", en: "an inline script"), evidence: Evidence(
                        url: page.url, excerpt: Evidence.clip(script.inlineText, limit: 160), selector: "script"))
                }
            }
        }
        return nil
    }

    /// The path of `src` (after its host), when it names a banner script.
    static func bannerPath(_ src: String, words: CookieWords) -> String? {
        let afterScheme = src.range(of: "://").map { src[$0.upperBound...] } ?? src[...]
        let path = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? ""
        let lower = FoldedText.asciiLowercased(String(path.prefix { $0 != "?" && $0 != "#" }))
        return words.bannerScripts.contains { StructureText.containsBytes(lower, $0) } ? String(path) : nil
    }

    /// Whether an inline script writes a cookie, draws elements and speaks of accepting or consenting.
    static func drawsBanner(_ text: String, words: CookieWords) -> Bool {
        guard !text.isEmpty else { return false }
        let lower = FoldedText.asciiLowercased(text)
        return words.inlineBannerNeeds.allSatisfy { StructureText.containsBytes(lower, $0) }
            && words.inlineBannerDraws.contains { StructureText.containsBytes(lower, $0) }
            && words.inlineBannerWords.contains { StructureText.containsBytes(lower, $0) }
    }
}
