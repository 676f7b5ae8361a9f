import Foundation

/// A JSON report (`--format json`, `report.schema.json`) read back, for `vigie diff` and `--compare-to`: each site
/// as a `SiteAudit` with its results, evidence and scores (no pages: the report keeps only their list).
public struct RecordedReport: Sendable {
    public var generatedAt: String
    public var sites: [SiteAudit]

    public init(generatedAt: String, sites: [SiteAudit]) {
        self.generatedAt = generatedAt
        self.sites = sites
    }

    /// Reads the JSON report at `path`; a missing file, or one that is not a Vigie JSON report of schema version 1,
    /// is a ConfigurationError.
    public static func read(from path: String) throws -> RecordedReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, line: nil, key: nil, reason: "report file cannot be read")
        }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            let (keys, reason) = YAMLLocation.describe(error)
            throw ConfigurationError(
                file: path, line: nil, key: YAMLLocation.keyPath(keys),
                reason: "not a Vigie JSON report (vigie audit --format json): \(reason)")
        }
        guard document.schemaVersion == 1 else {
            throw ConfigurationError(file: path, line: nil, key: "schema_version", reason: "unsupported report schema version \(document.schemaVersion)")
        }
        return RecordedReport(generatedAt: document.generatedAt ?? "", sites: document.sites.map(\.audit))
    }

    private struct Document: Decodable {
        var schemaVersion: Int
        var generatedAt: String?
        var sites: [Site]

        enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", generatedAt = "generated_at", sites }
    }

    private struct Site: Decodable {
        var startUrl: String
        var finalUrl: String?
        var profile: String?
        var crawl: Crawl
        var checks: [Check]
        var score: Score

        enum CodingKeys: String, CodingKey { case startUrl = "start_url", finalUrl = "final_url", profile, crawl, checks, score }

        var audit: SiteAudit {
            let mode = crawl.mode.flatMap(SiteSnapshot.Mode.init(rawValue:)) ?? .http
            let snapshot = SiteSnapshot(startURL: startUrl, homeURL: finalUrl ?? startUrl, mode: mode)
            let results = checks.map { check in
                CheckResult(
                    id: check.id, status: check.status, severity: check.severity, message: Localized(fr: check.message, en: check.message),
                    evidence: check.evidence.map { Evidence(url: $0.url, excerpt: $0.excerpt, selector: $0.selector) })
            }
            return SiteAudit(
                snapshot: snapshot, results: results,
                scores: Scores(overall: score.overall, modules: score.modules ?? [:], unknown: score.unknown ?? [:]),
                profileName: profile ?? "default")
        }
    }

    private struct Crawl: Decodable {
        var mode: String?
    }

    private struct Check: Decodable {
        var id: String
        var status: CheckStatus
        var severity: Severity
        var message: String
        var evidence: [EvidenceItem]
    }

    private struct EvidenceItem: Decodable {
        var url: String
        var excerpt: String?
        var selector: String?
    }

    private struct Score: Decodable {
        var overall: Double
        var modules: [String: Double]?
        var unknown: [String: Int]?
    }
}
