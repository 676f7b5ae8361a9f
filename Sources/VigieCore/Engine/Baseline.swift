import Foundation

/// Findings accepted for now (`--write-baseline FILE`, then `--baseline FILE`): they stay in the report but do not
/// fail the gate, so a CI job fails only on what is new. A finding is a (site host, check id, status) triple:
/// if a check's status changes (from `warn` to `fail`), it is new again.
public struct Baseline: Sendable, Hashable, Codable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Codable, Comparable {
        public var site: String
        public var check: String
        public var status: CheckStatus

        public init(site: String, check: String, status: CheckStatus) {
            self.site = site
            self.check = check
            self.status = status
        }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.site, a.check, a.status.rawValue) < (b.site, b.check, b.status.rawValue)
        }
    }

    /// The file format's version.
    public var version: Int
    public var findings: Set<Entry>

    public init(findings: Set<Entry> = []) {
        version = 1
        self.findings = findings
    }

    /// The findings (`fail` and `warn` results) of `audits`.
    public init(audits: [SiteAudit]) {
        var findings = Set<Entry>()
        for audit in audits {
            let site = Self.site(of: audit)
            for result in audit.results where Self.isFinding(result) {
                findings.insert(Entry(site: site, check: result.id, status: result.status))
            }
        }
        self.init(findings: findings)
    }

    /// Whether `result` of the site audited in `audit` is accepted by this baseline.
    public func contains(_ result: CheckResult, in audit: SiteAudit) -> Bool {
        findings.contains(Entry(site: Self.site(of: audit), check: result.id, status: result.status))
    }

    /// Results that are findings: `fail` and `warn`.
    public static func isFinding(_ result: CheckResult) -> Bool { result.status == .fail || result.status == .warn }

    /// How a site is named in a baseline: its host, lower-case (the start path for a folder audit).
    public static func site(of audit: SiteAudit) -> String {
        let start = audit.snapshot.startURL
        if audit.snapshot.mode == .http, let host = URLComponents(string: start)?.host, !host.isEmpty { return host.lowercased() }
        return start
    }

    /// Writes the baseline as JSON (findings sorted, so the file diffs well).
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(File(version: version, findings: findings.sorted())).write(to: URL(fileURLWithPath: path))
    }

    /// Reads a baseline written by `write(to:)`; a missing or malformed file is a ConfigurationError.
    public static func read(from path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, line: nil, key: nil, reason: "baseline file cannot be read")
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.version == 1 else {
                throw ConfigurationError(file: path, line: nil, key: "version", reason: "unsupported baseline version \(file.version)")
            }
            return Baseline(findings: Set(file.findings))
        } catch let error as DecodingError {
            let (keys, reason) = YAMLLocation.describe(error)
            throw ConfigurationError(file: path, line: nil, key: YAMLLocation.keyPath(keys), reason: "not a Vigie baseline: \(reason)")
        }
    }

    /// The JSON shape: `{"version": 1, "findings": [{"site", "check", "status"}…]}`.
    private struct File: Codable {
        var version: Int
        var findings: [Entry]
    }
}
