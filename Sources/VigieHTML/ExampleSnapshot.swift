import VigieCore

/// Turns a CheckExample into the SiteSnapshot a crawl of that tiny site would give, parsing its
/// pages with real libxml2 (the same HTMLParser the crawler uses).
public enum ExampleSnapshot {
    /// The origin every example site lives at.
    public static let origin = "https://www.example.fr"

    /// The page's bytes: ISO-8859-1 when its declared charset says so (to test real Latin-1 pages),
    /// UTF-8 otherwise.
    static func encode(_ html: String, contentType: String?) -> [UInt8] {
        let type = (contentType ?? "").lowercased()
        guard type.contains("iso-8859-1") || type.contains("latin1") || type.contains("windows-1252") else { return Array(html.utf8) }
        return html.unicodeScalars.map { $0.value <= 0xFF ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    /// Builds the snapshot of a CheckExample: each page parsed with real libxml2 at
    /// `https://www.example.fr<path>`, depth 0 for the first page and 1 for the others (links in
    /// the pages are not followed: the example lists its pages); status and headers from the
    /// example page; stylesheets mapped to absolute URLs; startURL = homeURL = the first page's
    /// URL; mode `.http`; crawl stats filled.
    ///
    /// Pages with a 2xx status are parsed; `referrers` and `foundInLinks` come from the links of
    /// the parsed pages (the first page counts as found). `example.sitemap` becomes the sitemap facts of
    /// `/sitemap.xml`. The pages' `Set-Cookie` headers fill `cookies`. Second addresses of a page are marked
    /// as the crawler marks them (`SiteSnapshot.markDuplicates`). Every parsed page goes through
    /// `postProcessing`, as a crawled page does (the first page is the start page).
    public static func build(_ example: CheckExample, parser: HTMLParser, postProcessing: CrawlPostProcessing) -> SiteSnapshot {
        var records: [PageRecord] = []
        var cookies: [CookieFact] = []
        for (index, page) in example.pages.enumerated() {
            let url = absolute(page.path)
            let contentType = page.headers.last { $0.name.lowercased() == "content-type" }?.value
            let bytes = encode(page.html, contentType: contentType)
            var record = PageRecord(
                url: url, depth: index == 0 ? 0 : 1, status: page.status, contentType: contentType ?? "text/html",
                headers: page.headers, bodyBytes: bytes.count)
            if (200..<300).contains(page.status) {
                var facts = parser.parse(bytes, url: url, contentType: contentType)
                postProcessing.apply(&facts, url: url, isStart: index == 0)
                record.facts = facts
            }
            if (300..<400).contains(page.status), let location = page.headers.last(where: { $0.name.lowercased() == "location" })?.value {
                record.redirects = [RedirectHop(url: url, status: page.status, location: location)]
            }
            let date = page.headers.last { $0.name.lowercased() == "date" }?.value
            for header in page.headers where header.name.lowercased() == "set-cookie" {
                if let cookie = CookieFact.parse(setCookie: header.value, responseURL: url, responseDate: date) { cookies.append(cookie) }
            }
            records.append(record)
        }
        linkPages(&records)
        var sitemaps = SitemapFacts()
        if let listed = example.sitemap {
            sitemaps = SitemapFacts(files: [absolute("/sitemap.xml"): 200], urls: listed.map(absolute))
            for index in records.indices where sitemaps.urls.contains(records[index].url) { records[index].inSitemap = true }
        }
        let home = records.first?.url ?? absolute("/")
        let parsed = records.filter { $0.facts != nil }.count
        let errors = records.filter { $0.status >= 400 || $0.status == 0 }.count
        var stylesheets: [String: String] = [:]
        for (path, css) in example.stylesheets { stylesheets[absolute(path)] = css }
        var snapshot = SiteSnapshot(
            startURL: home, homeURL: home, mode: .http, pages: records, sitemaps: sitemaps,
            crawl: CrawlStats(pagesFetched: records.count, htmlPages: parsed, errors: errors, startedAt: "2026-01-01T00:00:00Z"),
            cookies: cookies, stylesheets: stylesheets)
        snapshot.markDuplicates()
        return snapshot
    }

    /// The absolute URL of an example path (paths that are already URLs are kept).
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("http://") || path.hasPrefix("https://") { return path }
        return origin + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// Fills `referrers` and `foundInLinks` from the pages' links (fragments ignored).
    private static func linkPages(_ records: inout [PageRecord]) {
        var indexByURL: [String: Int] = [:]
        for (index, record) in records.enumerated() { indexByURL[record.url] = index }
        for (from, record) in records.enumerated() {
            guard let facts = record.facts else { continue }
            for link in facts.links {
                guard let url = link.url, let target = indexByURL[withoutFragment(url)], target != from else { continue }
                if !records[target].referrers.contains(record.url) { records[target].referrers.append(record.url) }
            }
        }
        for index in records.indices {
            records[index].foundInLinks = index == 0 || !records[index].referrers.isEmpty
        }
    }

    private static func withoutFragment(_ url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return url }
        return String(url[..<hash])
    }
}
