/// The rule modules of CHECKS.md.
public enum CheckModule: String, Sendable, Hashable, Codable, CaseIterable {
    case legal, cookies, cta, responsive, structure, page
}

/// What a check is, for people: shown by `vigie explain`, by the reports and by the JSON. Renderers know a
/// check only through this: its module, where it goes in a report (section, order, grid zone), how its
/// finding is headed (pass and fail titles), how much it weighs for the reader (impact, cause) and how to
/// verify by hand what a crawl could not decide.
public struct CheckMeta: Sendable, Hashable, Codable {
    /// The stable id from CHECKS.md (`legal.publisher.siren`). Never renamed.
    public var id: String
    public var module: CheckModule
    /// The goal the check verifies, neutral (« Traceurs avant le consentement »): lists and `vigie explain`.
    public var title: Localized
    /// The heading of a passing result, stating what was found (« Aucun traceur avant le consentement »).
    public var passTitle: Localized
    /// The heading of a failing (or partly failing) result, stating the finding; `{pages}` stands for the
    /// number of pages concerned (« Traceurs chargés avant le consentement ({pages}) » → « … (7 pages) »).
    public var failTitle: Localized
    /// One paragraph: what is checked and why it matters.
    public var explanation: Localized
    /// How to fix a failure, in one line (the "top actions" of the report use it).
    public var remedy: Localized
    /// The legal or UX reference (`LCEN art. 1-1`, `Code de commerce R123-237`, `WCAG 1.1.1`…).
    public var reference: String
    public var severity: Severity
    /// The part of the report that shows the check.
    public var section: ReportSection
    /// The check's rank inside its section (smaller first); the registry numbers every check in its module's order.
    public var order: Int
    /// The zone of the strengths-and-weaknesses grid the check speaks of, if any.
    public var gridZone: GridZone?
    /// How much a failure exposes the site's owner (ranks the priority actions).
    public var impact: Impact
    /// The cause several checks share: their failures make one priority action (the host's name, address and phone).
    public var cause: ActionCause?
    /// How to verify by hand what the crawl could not decide (the « À vérifier » list).
    public var verify: Localized?

    public init(
        id: String, module: CheckModule, title: Localized, passTitle: Localized? = nil, failTitle: Localized? = nil,
        explanation: Localized, remedy: Localized, reference: String, severity: Severity,
        section: ReportSection? = nil, order: Int = 0, gridZone: GridZone? = nil, impact: Impact? = nil,
        cause: ActionCause? = nil, verify: Localized? = nil
    ) {
        self.id = id
        self.module = module
        self.title = title
        self.passTitle = passTitle ?? title
        self.failTitle = failTitle ?? title
        self.explanation = explanation
        self.remedy = remedy
        self.reference = reference
        self.severity = severity
        self.section = section ?? ReportSection.main(of: module)
        self.order = order
        self.gridZone = gridZone
        self.impact = impact ?? Impact.default(module: module, severity: severity)
        self.cause = cause
        self.verify = verify
    }

    /// The same metadata with the titles of a pass and of a failure.
    public func titled(pass: Localized, fail: Localized) -> CheckMeta {
        var meta = self
        meta.passTitle = pass
        meta.failTitle = fail
        return meta
    }

    /// The same metadata placed in `section` (and in the grid's `zone`).
    public func placed(_ section: ReportSection, zone: GridZone? = nil) -> CheckMeta {
        var meta = self
        meta.section = section
        if let zone { meta.gridZone = zone }
        return meta
    }

    /// The same metadata with its impact, the cause it shares, and how to verify it by hand.
    public func weighed(_ impact: Impact? = nil, cause: ActionCause? = nil, verify: Localized? = nil) -> CheckMeta {
        var meta = self
        if let impact { meta.impact = impact }
        if let cause { meta.cause = cause }
        if let verify { meta.verify = verify }
        return meta
    }

    /// The heading of `result`: the fail title for `fail` and `warn` (with its page count), the pass title for
    /// `pass`, the neutral title otherwise (not applicable, undecided, information).
    public func heading(for result: CheckResult) -> Localized {
        switch result.status {
        case .pass: return passTitle
        case .fail, .warn: return Plural.fill(failTitle, pages: result.pagesAffected)
        case .na, .unknown, .info: return title
        }
    }
}

/// How much a failed check exposes the site's owner: ranks the priority actions before severity does.
public enum Impact: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A whole obligation missing (no legal notice, no privacy policy, no terms of sale): before anything else.
    case keystone
    /// A legal obligation with a penalty (fine, administrative sanction).
    case sanctioned
    /// Good practice, usability, reach.
    case advice

    private var rank: Int {
        switch self {
        case .keystone: 0
        case .sanctioned: 1
        case .advice: 2
        }
    }

    public static func < (a: Impact, b: Impact) -> Bool { a.rank < b.rank }

    /// The legal module's errors and warnings and the cookie module's errors are sanctioned obligations (its
    /// notices are recommendations); everything else is advice.
    public static func `default`(module: CheckModule, severity: Severity) -> Impact {
        switch module {
        case .legal: severity == .notice ? .advice : .sanctioned
        case .cookies: severity == .error ? .sanctioned : .advice
        case .cta, .responsive, .structure, .page: .advice
        }
    }
}

/// A cause several checks share: one priority action when any of them fails.
public struct ActionCause: Sendable, Hashable, Codable {
    /// A stable key (`legal.host`): the checks that share it make one action.
    public var key: String
    /// The action, worded for the site's owner (« Identifier l'hébergeur : nom, adresse, téléphone »).
    public var action: Localized

    public init(_ key: String, _ action: Localized) {
        self.key = key
        self.action = action
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
