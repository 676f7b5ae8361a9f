/// Everything one crawl of one site gathered. Checks read it; nothing in it points back to C.
public struct SiteSnapshot: Sendable, Codable {
    /// How the site was read.
    public enum Mode: String, Sendable, Codable {
        /// Over HTTP(S) with libcurl.
        case http
        /// From a folder on disk (a built static site): HTTP-only facts are absent.
        case directory
    }

    public var startURL: String
    /// The home page's URL after redirects.
    public var homeURL: String
    public var mode: Mode
    public var pages: [PageRecord]

    /// Whether any page of the site answered (a site that never did cannot be audited: no score, exit code 3).
    public var wasReached: Bool { pages.contains { $0.status > 0 && !$0.external } }

    /// Why the site could not be read at all (its first page's failure), when it was not reached.
    public var unreachableReason: String? {
        guard !wasReached else { return nil }
        return pages.first { !$0.external && $0.error != nil }?.error ?? "no-answer"
    }
    public var robots: RobotsFacts?
    public var sitemaps: SitemapFacts
    public var crawl: CrawlStats
    /// Every `Set-Cookie` seen during the crawl (no consent was ever given).
    public var cookies: [CookieFact]
    /// Stylesheets fetched for the responsive checks: absolute URL → CSS text (capped).
    public var stylesheets: [String: String]
    /// Other hosts that served the same site (`www.` / bare host, `http` / `https`), as seen.
    public var hostVariants: [String]
    /// The site's registrable domain ("eTLD+1" from the public suffix list: `exemple.co.uk`), when the
    /// crawler could tell; nil for example snapshots.
    public var registrableDomain: String?
    /// What headless Chromium saw (`--render`): the consent journey, screenshots; nil in a static audit.
    public var render: RenderFacts?

    public init(
        startURL: String, homeURL: String, mode: Mode = .http, pages: [PageRecord] = [], robots: RobotsFacts? = nil,
        sitemaps: SitemapFacts = SitemapFacts(), crawl: CrawlStats = CrawlStats(), cookies: [CookieFact] = [],
        stylesheets: [String: String] = [:], hostVariants: [String] = [], registrableDomain: String? = nil,
        render: RenderFacts? = nil
    ) {
        self.startURL = startURL
        self.homeURL = homeURL
        self.mode = mode
        self.pages = pages
        self.robots = robots
        self.sitemaps = sitemaps
        self.crawl = crawl
        self.cookies = cookies
        self.stylesheets = stylesheets
        self.hostVariants = hostVariants
        self.registrableDomain = registrableDomain
        self.render = render
    }

    /// The site's pages: those parsed as HTML that are pages of their own, in crawl order. Redirect stubs
    /// (`PageFacts.redirectTarget`) and second addresses of a page (`PageRecord.duplicateOf`) are left out, so that
    /// no page-level check counts them as pages missing a title, a viewport or a footer.
    public var htmlPages: [(record: PageRecord, facts: PageFacts)] {
        pages.compactMap { record in
            guard let facts = record.facts, facts.redirectTarget == nil, record.duplicateOf == nil else { return nil }
            return (record, facts)
        }
    }

    /// Every page parsed as HTML, stubs and second addresses included (for checks on links, which stubs hold too).
    public var parsedPages: [(record: PageRecord, facts: PageFacts)] {
        pages.compactMap { record in record.facts.map { (record, $0) } }
    }

    /// The URL of the page `url` stands for: itself, or, for a redirect stub or a second address, the page it
    /// leads to (followed at most 5 times).
    public func contentURL(of url: String) -> String {
        var current = url
        for _ in 0..<5 {
            guard let record = pages.first(where: { $0.url == current || $0.finalURL == current }),
                  let next = record.duplicateOf ?? record.facts?.redirectTarget, next != current else { break }
            current = next
        }
        return current
    }

    /// The home page's facts, when it was fetched and parsed (the page a stub at the root leads to).
    public var home: PageFacts? {
        let url = contentURL(of: homeURL)
        let pages = htmlPages
        return pages.first { $0.record.url == url || $0.record.finalURL == url }?.facts
            ?? pages.first { $0.record.depth == 0 }?.facts
            ?? self.pages.first { ($0.url == homeURL || $0.finalURL == homeURL) && $0.facts != nil }?.facts
    }

    /// Marks second addresses of one page, so that checks see one page: a record at `…/index.html` (or `.htm`)
    /// whose document is the one of the record at `…/` (same size and title), and a record whose URL differs from
    /// another's by its query only (`/devis/?occasion=evjf`) with the same title and a canonical link naming that
    /// other one, get `duplicateOf` that record's URL. The crawler calls it on its snapshot and ExampleSnapshot on
    /// the examples'.
    public mutating func markDuplicates() {
        var byURL: [String: Int] = [:]
        for (index, record) in pages.enumerated() where record.facts != nil { byURL[record.finalURL ?? record.url] = index }
        for index in pages.indices {
            guard let facts = pages[index].facts, pages[index].duplicateOf == nil else { continue }
            let url = pages[index].finalURL ?? pages[index].url
            if let name = ["/index.html", "/index.htm"].first(where: url.hasSuffix),
               let other = byURL[String(url.dropLast(name.count - 1))], other != index, let twin = pages[other].facts,
               twin.htmlBytes == facts.htmlBytes, twin.title == facts.title {
                pages[index].duplicateOf = pages[other].url
            } else if let query = url.firstIndex(of: "?"), let canonical = facts.canonical,
                      Self.path(of: canonical) == Self.path(of: String(url[..<query])),
                      let other = byURL[String(url[..<query])], other != index, pages[other].facts?.title == facts.title {
                pages[index].duplicateOf = pages[other].url
            }
        }
    }

    /// The record of `url`, when it was crawled.
    public func page(_ url: String) -> PageRecord? { pages.first { $0.url == url } }

    /// The path of an absolute URL (a canonical link may name the production host of a copy of the site).
    private static func path(of url: String) -> Substring {
        guard let scheme = url.range(of: "://") else { return url[...] }
        let rest = url[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
    }
}

/// One URL of the crawl: fetched (HTML or not), failed, redirected or excluded. Held in one
/// copy-on-write reference (`CopyOnWriteValue`).
public struct PageRecord: CopyOnWriteValue {
    /// The record's fields; see `PageRecord`.
    public struct Fields: Sendable, Codable {
        /// The normalised URL that was requested first.
        public var url: String
        /// Clicks from the home page (0 for the start page): the shortest path over the crawled links. Pages no
        /// link leads to (found in a sitemap only) get one more than the deepest linked page.
        public var depth: Int
        /// Final HTTP status (0 when no response).
        public var status: Int
        public var contentType: String?
        /// The redirect hops followed from `url`, in order (empty when none).
        public var redirects: [RedirectHop]
        /// The URL finally reached, when different from `url`.
        public var finalURL: String?
        /// A crawl error: `timeout`, `refused`, `dns`, `tls`, `too-large`, `redirect-loop`, `too-many-redirects`…, with its detail.
        public var error: String?
        /// Not fetched because robots.txt disallows it.
        public var excludedByRobots: Bool
        /// Found in a sitemap; `foundInLinks` when some page links to it.
        public var inSitemap: Bool
        public var foundInLinks: Bool
        /// The final response's headers.
        public var headers: [HTTPHeader]
        public var timing: TransferTiming?
        public var bodyBytes: Int
        /// The body was cut at the size limit.
        public var truncated: Bool
        /// Pages that link here (normalised URLs), capped.
        public var referrers: [String]
        /// A link to another site, checked (not crawled) with `--check-external`.
        public var external: Bool = false
        /// The parsed facts, for HTML pages.
        public var facts: PageFacts?
        /// Another address of a page already in the snapshot (`/x/index.html` of `/x/`, same document): the URL
        /// of that page. Such a record is not a page of its own (`SiteSnapshot.htmlPages`).
        public var duplicateOf: String?
    }

    public var storage: SharedStorage<Fields>

    public init(storage: SharedStorage<Fields>) { self.storage = storage }

    public init(
        url: String, depth: Int, status: Int = 0, contentType: String? = nil, redirects: [RedirectHop] = [],
        finalURL: String? = nil, error: String? = nil, excludedByRobots: Bool = false, inSitemap: Bool = false,
        foundInLinks: Bool = true, headers: [HTTPHeader] = [], timing: TransferTiming? = nil, bodyBytes: Int = 0,
        truncated: Bool = false, referrers: [String] = [], facts: PageFacts? = nil
    ) {
        storage = SharedStorage(Fields(
            url: url, depth: depth, status: status, contentType: contentType, redirects: redirects, finalURL: finalURL, error: error,
            excludedByRobots: excludedByRobots, inSitemap: inSitemap, foundInLinks: foundInLinks, headers: headers, timing: timing,
            bodyBytes: bodyBytes, truncated: truncated, referrers: referrers, external: false, facts: facts, duplicateOf: nil))
    }

    /// The values of the headers named `name` (case-insensitive).
    public func headerValues(_ name: String) -> [String] {
        let lower = name.lowercased()
        return self.headers.filter { $0.name.lowercased() == lower }.map(\.value)
    }
}

/// What robots.txt said.
public struct RobotsFacts: Sendable, Codable {
    public var url: String
    /// HTTP status of robots.txt (0 when unreachable).
    public var status: Int
    /// `Sitemap:` lines.
    public var sitemaps: [String]
    /// URLs the crawl did not fetch because of it.
    public var disallowedURLs: [String]
    public var crawlDelay: Double?
    /// The rules were ignored on request (`--ignore-robots`).
    public var ignored: Bool

    public init(url: String, status: Int, sitemaps: [String] = [], disallowedURLs: [String] = [], crawlDelay: Double? = nil, ignored: Bool = false) {
        self.url = url
        self.status = status
        self.sitemaps = sitemaps
        self.disallowedURLs = disallowedURLs
        self.crawlDelay = crawlDelay
        self.ignored = ignored
    }
}

/// What the sitemaps listed.
public struct SitemapFacts: Sendable, Codable {
    /// Sitemap files read (absolute URLs) and their HTTP statuses.
    public var files: [String: Int]
    /// Page URLs listed (normalised).
    public var urls: [String]
    /// Problems met (`not XML`, `too large`, `self-referencing index`…).
    public var errors: [String]

    public init(files: [String: Int] = [:], urls: [String] = [], errors: [String] = []) {
        self.files = files
        self.urls = urls
        self.errors = errors
    }
}

/// Why a crawl stopped.
public enum StopReason: String, Sendable, Codable {
    case complete, maxPages = "max-pages", maxDepth = "max-depth", timeLimit = "time-limit", interrupted
}

/// Counts and limits of the crawl.
public struct CrawlStats: Sendable, Codable {
    public var pagesFetched: Int
    public var htmlPages: Int
    public var errors: Int
    public var durationSeconds: Double
    public var stoppedBy: StopReason
    /// Options that change what the report means (`--ignore-robots`, `--max-pages 50`…).
    public var notes: [String]
    /// Start time (RFC 3339).
    public var startedAt: String

    public init(pagesFetched: Int = 0, htmlPages: Int = 0, errors: Int = 0, durationSeconds: Double = 0, stoppedBy: StopReason = .complete, notes: [String] = [], startedAt: String = "") {
        self.pagesFetched = pagesFetched
        self.htmlPages = htmlPages
        self.errors = errors
        self.durationSeconds = durationSeconds
        self.stoppedBy = stoppedBy
        self.notes = notes
        self.startedAt = startedAt
    }
}
