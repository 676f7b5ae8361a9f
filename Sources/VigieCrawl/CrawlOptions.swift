import VigieCore

/// What bounds and shapes a crawl. Every default is documented in the README's "Limits" table.
public struct CrawlOptions: Sendable {
    /// Pages fetched at most (HTML or not; stylesheets, robots.txt and sitemaps not counted).
    public var maxPages = 500
    /// Clicks from the start page beyond which links are not followed (nil: no limit).
    public var maxDepth: Int?
    /// Seconds after which the crawl stops and reports what it has.
    public var timeLimit: Double?
    /// Transfers in flight at once.
    public var concurrency = 8
    /// Seconds between two requests (politeness); robots.txt's Crawl-delay wins when larger.
    public var delay: Double = 0
    /// Glob patterns on the URL path (`/blog/*`): when any is given, only matching paths are crawled.
    public var include: [String] = []
    /// Glob patterns on the URL path excluded from the crawl.
    public var exclude: [String] = []
    /// Follow links to other subdomains of the site's registrable domain.
    public var subdomains = false
    /// Fetch what robots.txt disallows (for a site's own staging audits; said in the report).
    public var ignoreRobots = false
    /// Check that external links answer (HEAD, then GET when HEAD is refused), within a small budget.
    public var checkExternal = false
    public var maxExternalChecks = 100
    /// The product token matched against robots.txt groups.
    public var robotsAgent = "Vigie"
    public var userAgent = VigieVersion.userAgent
    /// Redirect hops followed per URL before giving up.
    public var maxRedirects = 10
    /// Retries of a 429/503 answer, and the longest Retry-After honoured (seconds).
    public var retries = 2
    public var maxRetryAfter: Double = 10
    /// Same-site stylesheets fetched for the responsive checks, and their size cap.
    public var maxStylesheets = 40
    public var maxStylesheetBytes = 1 << 20
    /// Sitemap files read at most (indexes included), and page URLs taken from them.
    public var maxSitemapFiles = 50
    public var maxSitemapURLs = 50_000
    /// Same-site URLs the crawl keeps a record of (fetched or waiting): beyond, new URLs are dropped and counted (a
    /// crawl limit in the report). Breadth-first, the pages fetched are the first `maxPages` of them either way; the
    /// cap keeps a site whose every page links to thousands of new URLs from filling the memory.
    public var discoveredURLLimit: Int { maxPages * 4 + 1_000 }
    /// Cookies kept from the responses of one site (the rest are counted).
    public var maxCookies = 5_000
    /// Links taken from one page, and URL length; beyond them links are dropped (and counted).
    public var maxLinksPerPage = 5_000
    public var maxURLLength = 2_048
    /// Transfer limits.
    public var connectTimeout: Double = 10
    public var timeout: Double = 30
    public var maxBodyBytes = 10 << 20
    public var insecure = false
    /// `user:password` for HTTP basic auth, sent to the start URL's host only.
    public var basicAuth: String?
    /// Extra request headers (`Name: value`), sent to the start URL's host only.
    public var extraHeaders: [String] = []
    /// Read robots.txt and the sitemaps before crawling (off for `vigie facts`, which reads one page).
    public var discover = true
    /// A live progress line on stderr (only when stderr is a terminal).
    public var progress = false
    /// The language of the progress line.
    public var language: ReportLanguage = .fr
    /// One stderr line per fetch.
    public var verbose = false

    public init() {}
}
