import VigieFetch

/// Where a link leads, decided once per distinct URL of the crawl: menu and footer links repeat on
/// every page, and normalising them through `curl_url` each time was a sixth of the crawl's CPU.
struct LinkTarget: Sendable {
    enum Kind: Sendable {
        /// A page of the audited site (in scope): crawled.
        case site
        /// Another site: recorded, checked with `--check-external`.
        case external
        /// The site's host but outside the include/exclude rules: ignored.
        case outOfScope
    }

    var url: String
    var key: String
    var kind: Kind
    /// The URL names a page every audit needs (`PriorityMatcher`), tested once per distinct URL.
    var namesPriorityPage = false
}

extension Crawler {
    /// Distinct URLs remembered at most (beyond, they are classified each time).
    static let linkCacheLimit = 200_000

    /// The normalised target of `raw` (an absolute http(s) URL from the parser), nil when unusable.
    func classify(_ raw: String) -> LinkTarget? {
        if let cached = linkCache.withLock({ $0[raw] }) { return cached }
        var target: LinkTarget?
        if let url = URLNormalizer.normalize(raw) {
            let kind: LinkTarget.Kind
            if scope.contains(url) {
                kind = .site
            } else if URLNormalizer.host(of: url).map(scope.isSiteHost) ?? false {
                kind = .outOfScope
            } else {
                kind = .external
            }
            let shared = interner.intern(url)
            target = LinkTarget(url: shared, key: siteKey(shared), kind: kind, namesPriorityPage: kind == .site && priority.names(shared))
        }
        linkCache.withLock { cache in
            if cache.count < Self.linkCacheLimit { cache[raw] = .some(target) }
        }
        return target
    }
}
