import VigieFetch

/// Small URL helpers the crawl needs, on top of VigieFetch's normaliser.
enum VigieFetchBridge {
    /// `/path?query` of an absolute URL, as robots.txt rules see it.
    static func pathAndQuery(_ url: String) -> String? {
        guard let parts = URLNormalizer.components(of: url) else { return nil }
        return parts.query.map { parts.path + "?" + $0 } ?? parts.path
    }
}
