import VigieCore

/// Tells a redirect stub from a content page, from the facts of one page: a `<meta http-equiv="refresh">`
/// that sends elsewhere within `maxDelay` seconds (static-site generators' aliases, HTTrack's « Page has
/// moved »), or a script that sets `location` on a page with next to no text (then the canonical link or
/// the only link names the target).
enum RedirectStub {
    /// A refresh later than this is a page the visitor reads first (a news page reloading itself).
    static let maxDelay = 10.0
    /// Words of text at most, and links at most, on a page a script sends on.
    static let stubWords = 30
    static let stubLinks = 2

    /// The absolute URL the page sends to, nil for a content page.
    static func target(of facts: PageFacts, resolve: (String) -> String?) -> String? {
        for meta in facts.metas where meta.httpEquiv?.lowercased() == "refresh" {
            if let reference = refreshURL(meta.content ?? ""), let url = resolve(reference), !same(url, facts.url) { return url }
        }
        let words = facts.textBlocks.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        guard words <= stubWords, facts.links.count <= stubLinks,
              facts.scripts.contains(where: { $0.src == nil && setsLocation($0.inlineText) }) else { return nil }
        let candidates = [facts.canonical] + facts.links.map(\.url)
        return candidates.lazy.compactMap { $0 }.first { !same($0, facts.url) && $0.hasPrefix("http") }
    }

    /// The URL of a refresh's `content` (`0; url=/new/`, `0;URL='new.html'`), when the delay is short.
    static func refreshURL(_ content: String) -> String? {
        let parts = content.split(separator: ";", maxSplits: 1).map { $0.trimmingWhitespace() }
        guard let first = parts.first, let delay = Double(first.isEmpty ? "0" : String(first)), delay <= maxDelay,
              parts.count == 2 else { return nil }
        var rest = Substring(parts[1])
        if rest.lowercased().hasPrefix("url") {
            rest = rest.dropFirst(3).drop { $0 == " " }
            guard rest.first == "=" else { return nil }
            rest = rest.dropFirst().drop { $0 == " " }
        }
        let url = rest.trimmingCharacters(in: ["'", "\"", " "])
        return url.isEmpty ? nil : url
    }

    /// Whether a script assigns the page's location (`location.href = …`, `location.replace(…)`, `window.location = …`).
    static func setsLocation(_ script: String) -> Bool {
        // Comparisons (`location.href == x`) are not assignments.
        let squeezed = String(script.lowercased().filter { !$0.isWhitespace }).replacing("==", with: "~")
        return ["location.replace(", "location.assign(", "location.href=", "window.location=", "document.location=", "location=\"", "location='"]
            .contains { squeezed.contains($0) }
    }

    /// Two URLs for the same page (fragment and trailing `index.html` aside).
    static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

    private static func key(_ url: String) -> String {
        var key = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
        for name in ["index.html", "index.htm"] where key.hasSuffix("/" + name) { key.removeLast(name.count) }
        return key
    }
}
