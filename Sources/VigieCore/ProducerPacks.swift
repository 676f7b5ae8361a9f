/// Words that name page zones in ids and class names (`rules/zones.yml`), read by the HTML parser.
public struct ZoneWords: RulePack, Hashable {
    public static let packName = "zones"
    public var header: [String]
    public var nav: [String]
    public var main: [String]
    public var footer: [String]
    public var aside: [String]

    public init(header: [String], nav: [String], main: [String], footer: [String], aside: [String]) {
        self.header = header
        self.nav = nav
        self.main = main
        self.footer = footer
        self.aside = aside
    }
}

/// The pages every audit needs, whatever their depth (`rules/priority-pages.yml`): the crawler fetches them first.
public struct PriorityPageWords: RulePack, Hashable {
    public static let packName = "priority-pages"
    /// Kind of page (`legal-notice`, `cgv`, `cgu`, `privacy`, `cookies`, `contact`, `accessibility`, `about`, `sitemap`) → words
    /// found in link labels or URLs, lower-case, without accents.
    public var pages: [String: [String]]

    public init(pages: [String: [String]]) {
        self.pages = pages
    }
}
