/// The rule modules of CHECKS.md.
public enum CheckModule: String, Sendable, Hashable, Codable, CaseIterable {
    case legal, cookies, cta, responsive, structure, page
}

/// What a check is, for people: shown by `vigie explain`, by the reports and by the JSON.
public struct CheckMeta: Sendable, Hashable, Codable {
    /// The stable id from CHECKS.md (`legal.publisher.siren`). Never renamed.
    public var id: String
    public var module: CheckModule
    public var title: Localized
    /// One paragraph: what is checked and why it matters.
    public var explanation: Localized
    /// How to fix a failure, in one line (the "top actions" of the report use it).
    public var remedy: Localized
    /// The legal or UX reference (`LCEN art. 1-1`, `Code de commerce R123-237`, `WCAG 1.1.1`…).
    public var reference: String
    public var severity: Severity

    public init(id: String, module: CheckModule, title: Localized, explanation: Localized, remedy: Localized, reference: String, severity: Severity) {
        self.id = id
        self.module = module
        self.title = title
        self.explanation = explanation
        self.remedy = remedy
        self.reference = reference
        self.severity = severity
    }
}

/// A declared check: its metadata, its logic (a pure function of the snapshot) and the examples that prove it.
public struct CheckDefinition: Sendable {
    public var meta: CheckMeta
    /// Small sites with the status each must produce; one test runs them all.
    public var examples: [CheckExample]
    /// The logic: reads the context, returns exactly one result for the site. No I/O.
    public var run: @Sendable (AuditContext) -> CheckResult

    public init(meta: CheckMeta, examples: [CheckExample], run: @escaping @Sendable (AuditContext) -> CheckResult) {
        self.meta = meta
        self.examples = examples
        self.run = run
    }

    public var id: String { meta.id }
}

/// A tiny site (one or more pages of HTML, with optional HTTP facts) and the status a check must give it.
public struct CheckExample: Sendable {
    /// One page of the example site. The first page is the home page.
    public struct Page: Sendable {
        /// A path on the example site (`/`, `/mentions-legales`).
        public var path: String
        public var html: String
        public var status: Int
        /// Response headers (`Set-Cookie`, `Content-Type`…).
        public var headers: [HTTPHeader]

        public init(_ path: String, _ html: String, status: Int = 200, headers: [HTTPHeader] = []) {
            self.path = path
            self.html = html
            self.status = status
            self.headers = headers
        }
    }

    public var name: String
    public var pages: [Page]
    /// Stylesheets of the site, path → CSS.
    public var stylesheets: [String: String]
    public var profile: SiteProfile
    public var expected: CheckStatus
    /// Paths listed in the site's `/sitemap.xml`; nil when the site has no sitemap.
    public var sitemap: [String]?

    public init(
        _ name: String, expect expected: CheckStatus, pages: [Page], stylesheets: [String: String] = [:], profile: SiteProfile = SiteProfile(),
        sitemap: [String]? = nil
    ) {
        self.name = name
        self.pages = pages
        self.stylesheets = stylesheets
        self.profile = profile
        self.expected = expected
        self.sitemap = sitemap
    }

    /// A one-page example.
    public init(_ name: String, expect expected: CheckStatus, html: String, headers: [HTTPHeader] = [], profile: SiteProfile = SiteProfile()) {
        self.init(name, expect: expected, pages: [Page("/", html, headers: headers)], profile: profile)
    }
}

/// What a check reads: the snapshot, the rule packs and what the user said about the site.
public struct AuditContext: Sendable {
    public var snapshot: SiteSnapshot
    public var rules: RuleSet
    public var profile: SiteProfile
    /// Analyses shared by several checks of this audit, computed once.
    public let cache: AnalysisCache

    public init(snapshot: SiteSnapshot, rules: RuleSet, profile: SiteProfile = SiteProfile()) {
        self.snapshot = snapshot
        self.rules = rules
        self.profile = profile
        cache = AnalysisCache()
    }
}

/// What the user says about the site (`.vigie.yml` `site:`); nil means "decide from the facts".
public struct SiteProfile: Sendable, Hashable, Codable {
    /// The publisher's kind.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case company, soleTrader = "sole-trader", association, individual, publicBody = "public-body"

        /// The kind in words, for reports.
        public var label: Localized {
            switch self {
            case .company: Localized(fr: "société", en: "company")
            case .soleTrader: Localized(fr: "entrepreneur individuel", en: "sole trader")
            case .association: Localized(fr: "association", en: "association")
            case .individual: Localized(fr: "particulier", en: "private individual")
            case .publicBody: Localized(fr: "organisme public", en: "public body")
            }
        }
    }

    /// The publisher's size (for the accessibility obligations).
    public enum Size: String, Sendable, Hashable, Codable, CaseIterable {
        case micro, small, large
    }

    public var kind: Kind?
    public var sells: Bool?
    public var size: Size?

    public init(kind: Kind? = nil, sells: Bool? = nil, size: Size? = nil) {
        self.kind = kind
        self.sells = sells
        self.size = size
    }
}
