/// The audit of one site: its snapshot, the check results and the scores.
public struct SiteAudit: Sendable {
    public var snapshot: SiteSnapshot
    public var results: [CheckResult]
    public var scores: Scores
    /// The profile the audit ran with (`default`, `bts-ndrc`, `ci`).
    public var profileName: String
    /// How applicability was decided ("CGV not required: no sign of online sales…"), for the report header.
    public var applicability: [Localized]
    /// What changed since an earlier audit of the site (`--compare-to`), for the report's « Depuis le dernier audit ».
    public var sinceLast: AuditDiff?
    /// The profile's checklist (empty for most profiles): the report's legal table follows it when there is one.
    public var checklist: [ChecklistItem]

    public init(
        snapshot: SiteSnapshot, results: [CheckResult], scores: Scores, profileName: String = "default", applicability: [Localized] = [],
        checklist: [ChecklistItem] = []
    ) {
        self.snapshot = snapshot
        self.results = results
        self.scores = scores
        self.profileName = profileName
        self.applicability = applicability
        self.checklist = checklist
    }

    /// The result of check `id`, when it ran.
    public func result(_ id: String) -> CheckResult? { results.first { $0.id == id } }
}

/// Scores 0–100 per module and overall (`na` and `unknown` excluded; `unknown` counted so a score is never silently inflated).
public struct Scores: Sendable, Hashable, Codable {
    public var overall: Double
    public var modules: [String: Double]
    /// Results that could not be decided, per module.
    public var unknown: [String: Int]

    public init(overall: Double = 100, modules: [String: Double] = [:], unknown: [String: Int] = [:]) {
        self.overall = overall
        self.modules = modules
        self.unknown = unknown
    }
}

/// Everything a renderer needs: the audits and the catalogue of the checks that ran.
public struct AuditReport: Sendable {
    public var toolVersion: String
    /// RFC 3339.
    public var generatedAt: String
    public var language: ReportLanguage
    public var sites: [SiteAudit]
    /// Metadata of every check, by id.
    public var catalog: [String: CheckMeta]
    /// Who the report is by and for.
    public var cover: ReportCover

    public init(toolVersion: String = VigieVersion.current, generatedAt: String, language: ReportLanguage, sites: [SiteAudit],
                catalog: [String: CheckMeta], cover: ReportCover = ReportCover()) {
        self.toolVersion = toolVersion
        self.generatedAt = generatedAt
        self.language = language
        self.sites = sites
        self.catalog = catalog
        self.cover = cover
    }
}

/// Vigie's version, shown by `--version`, the User-Agent and the reports.
public enum VigieVersion {
    public static let current = "0.1.0"
    public static let userAgent = "Vigie/\(current) (+website audit; https://example.invalid/vigie)"
}
