import Foundation

/// Findings accepted for now (`--write-baseline FILE`, then `--baseline FILE`): they stay in the report but do not
/// fail the gate, so that a CI job fails only on what is new. Each entry is one finding (`Finding.Key`: check id, page
/// path, normalised quote) with its status: a new broken link on a page is new even when the check already failed,
/// a finding whose status changed (`warn` to `fail`) is new again, and a baseline written on staging applies to
/// production (no host in it).
public struct Baseline: Sendable, Hashable {
    /// One accepted finding, as the file lists it.
    public struct Entry: Sendable, Hashable, Codable, Comparable {
        public var check: String
        public var page: String
        public var evidence: String
        public var status: CheckStatus

        public init(_ key: Finding.Key, status: CheckStatus) {
            check = key.check
            page = key.page
            evidence = key.evidence
            self.status = status
        }

        public var key: Finding.Key { Finding.Key(check: check, page: page, evidence: evidence) }

        public static func < (a: Entry, b: Entry) -> Bool { (a.key, a.status.rawValue) < (b.key, b.status.rawValue) }
    }

    /// An entry of a version 1 file: a check's status on a host, whatever its pages and quotes.
    public struct LegacyEntry: Sendable, Hashable, Codable {
        public var site: String
        public var check: String
        public var status: CheckStatus
    }

    /// The file format's version (2: one entry per finding; 1: one per check and host, still read).
    public static let version = 2
    public var findings: Set<Entry>
    /// Entries read from a version 1 file (never written).
    public var legacy: Set<LegacyEntry>

    public init(findings: Set<Entry> = [], legacy: Set<LegacyEntry> = []) {
        self.findings = findings
        self.legacy = legacy
    }

    /// The findings of `audits`.
    public init(audits: [SiteAudit]) {
        self.init(findings: Set(audits.flatMap(Finding.all).map { Entry($0.key, status: $0.status) }))
    }

    /// Whether the baseline knows `finding`, with the same status.
    public func knows(_ finding: Finding) -> Bool { findings.contains(Entry(finding.key, status: finding.status)) }

    /// Whether `result` of `audit` is accepted: each of its findings is known (a version 1 file: the check had
    /// the same status on the same host).
    public func contains(_ result: CheckResult, in audit: SiteAudit) -> Bool {
        if legacy.contains(LegacyEntry(site: Self.site(of: audit), check: result.id, status: result.status)) { return true }
        let found = Finding.of(result, in: audit)
        return !found.isEmpty && found.allSatisfy(knows)
    }

    /// The findings of `audits` that the baseline does not know.
    public func unknown(in audits: [SiteAudit]) -> [Finding] {
        audits.flatMap { audit in
            audit.results.filter { !contains($0, in: audit) }.flatMap { Finding.of($0, in: audit) }.filter { !knows($0) }
        }
    }

    /// Entries that no audit of `audits` found any more: the findings fixed since the baseline was written.
    public func fixed(in audits: [SiteAudit]) -> [Entry] {
        let found = Set(audits.flatMap(Finding.all).map { Entry($0.key, status: $0.status) })
        return findings.subtracting(found).sorted()
    }

    /// How a site is named in a version 1 baseline: its host, lower-case (the start path for a folder audit).
    public static func site(of audit: SiteAudit) -> String {
        let start = audit.snapshot.startURL
        if audit.snapshot.mode == .http, let host = URLComponents(string: start)?.host, !host.isEmpty { return host.lowercased() }
        return start
    }

    /// The file: pretty JSON, keys and findings sorted, so that it diffs well under version control.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, an integer and enums only: encoding cannot fail.
        return (try? encoder.encode(File(version: Self.version, findings: findings.sorted()))).map { $0 + Data("\n".utf8) } ?? Data()
    }

    /// Reads a baseline file (version 2, or 1); a missing or malformed file is a ConfigurationError.
    public static func read(from path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, line: nil, key: nil, reason: "baseline file cannot be read")
        }
        do {
            let version = try JSONDecoder().decode(Version.self, from: data).version
            switch version {
            case 2: return Baseline(findings: Set(try JSONDecoder().decode(File.self, from: data).findings))
            case 1: return Baseline(legacy: Set(try JSONDecoder().decode(LegacyFile.self, from: data).findings))
            default:
                throw ConfigurationError(
                    file: path, line: nil, key: "version",
                    reason: "unsupported baseline version \(version): write a new one with `vigie audit … --write-baseline \(path)`")
            }
        } catch let error as DecodingError {
            let (keys, reason) = YAMLLocation.describe(error)
            throw ConfigurationError(file: path, line: nil, key: YAMLLocation.keyPath(keys), reason: "not a Vigie baseline: \(reason)")
        }
    }

    /// `{"version": 2, "findings": [{"check", "page", "evidence", "status"}…]}`.
    private struct File: Codable {
        var version: Int
        var findings: [Entry]
    }

    /// `{"version": 1, "findings": [{"site", "check", "status"}…]}`.
    private struct LegacyFile: Codable {
        var findings: [LegacyEntry]
    }

    private struct Version: Codable {
        var version: Int
    }
}
