import VigieCore

/// What the cookies checks share: the products seen on each page, the consent tools, the banner
/// written in the HTML and tarteaucitron's options. Built from the context by each check.
struct CookieAnalysis {
    /// A product seen on the site, with the pages it appears on.
    struct Product {
        var signature: CookieSignatures.Signature
        var pages: [String]
        var detections: [(url: String, detection: TrackerDetection)]
        /// Loaded unconditionally on at least one page.
        var loadsBeforeConsent: Bool { detections.contains { $0.detection.loadsBeforeConsent } }
    }

    var products: [Product]
    /// Per page: URL and detections, in crawl order.
    var pages: [(url: String, facts: PageFacts, detections: [TrackerDetection])]
    /// The first banner written in the HTML (home page first).
    var banner: CookieBanner?
    var tarteaucitron: TarteaucitronConfig?
    /// A banner drawn by a script (a consent tool, a banner script), when the HTML holds none.
    var scriptBanner: ScriptBanner?
    /// The page tarteaucitron's options were read from.
    var tarteaucitronPage: String?
    /// Third-party script hosts no signature names, with the pages loading them.
    var unknownHosts: [(host: String, pages: [String])]

    init(_ context: AuditContext) {
        let matcher = context.rules.pack(CookieSignatures.self).matcher
        let words = context.rules.pack(CookieWords.self)
        let siteHost = TrackerMatcher.host(context.snapshot.homeURL)
        var products: [Product] = []
        var index: [String: Int] = [:]
        var pages: [(String, PageFacts, [TrackerDetection])] = []
        var unknown: [String: [String]] = [:]
        var unknownOrder: [String] = []
        var session = TrackerMatcher.Session(matcher)
        for (record, facts) in context.snapshot.htmlPages {
            let detections = session.detect(in: facts)
            pages.append((record.url, facts, detections))
            for detection in detections {
                let name = detection.signature.name
                if index[name] == nil {
                    index[name] = products.count
                    products.append(Product(signature: detection.signature, pages: [], detections: []))
                }
                let at = index[name]!
                if !products[at].pages.contains(record.url) { products[at].pages.append(record.url) }
                products[at].detections.append((record.url, detection))
            }
            for script in facts.scripts {
                guard let src = script.src, !session.isKnownScript(src) else { continue }
                let host = TrackerMatcher.host(src)
                guard !host.isEmpty, !Self.sameSite(host, siteHost, registrable: context.snapshot.registrableDomain) else { continue }
                if unknown[host] == nil { unknownOrder.append(host) }
                if !(unknown[host]?.contains(record.url) ?? false) { unknown[host, default: []].append(record.url) }
            }
        }
        self.products = products
        self.pages = pages
        unknownHosts = unknownOrder.map { ($0, unknown[$0] ?? []) }
        banner = pages.lazy.compactMap { CookieBanner($0.1, words: words) }.first
        let configured = pages.lazy.filter { $0.2.contains { $0.signature.name == "tarteaucitron.js" } }
            .compactMap { page in TarteaucitronConfig(page.1).map { (page.0, $0) } }.first
        tarteaucitron = configured?.1
        tarteaucitronPage = configured?.0
        scriptBanner = nil
        scriptBanner = ScriptBanner.find(self, words: words)
    }

    /// Consent tools seen.
    var consentTools: [Product] { products.filter(\.signature.isConsentTool) }

    /// Trackers and widgets (not consent tools, not plain libraries) that need consent, or may.
    func trackers(_ needs: Set<CookieSignatures.NeedsConsent>) -> [Product] {
        products.filter { !$0.signature.isConsentTool && needs.contains($0.signature.needsConsent) }
    }

    /// The names of the consent tools seen, joined.
    var consentToolNames: String { consentTools.map(\.signature.name).joined(separator: ", ") }

    /// Whether `host` belongs to the site whose host is `siteHost`: under the site's registrable domain
    /// (from the public suffix list, so `tracker.co.uk` is not `exemple.co.uk`'s), or, when that is not
    /// known (example snapshots), under the same last two labels.
    static func sameSite(_ host: String, _ siteHost: String, registrable: String?) -> Bool {
        if host == siteHost { return true }
        if let registrable, !registrable.isEmpty { return host == registrable || host.hasSuffix("." + registrable) }
        func base(_ host: String) -> String { host.split(separator: ".").suffix(2).joined(separator: ".") }
        return base(host) == base(siteHost)
    }
}
