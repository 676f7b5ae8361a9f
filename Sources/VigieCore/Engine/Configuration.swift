import Foundation
import Yams

/// The settings of `.vigie.yml` (or `--config PATH`). Every field is optional: what is absent keeps the
/// built-in default. Command-line options are a second Configuration laid over this one (`merged(with:)`).
public struct Configuration: Sendable, Hashable, Decodable {
    /// Start URLs or folders to audit (`sites: https://…` alone is a list of one).
    public var sites: [String]?
    public var crawl: CrawlSettings
    /// The profile's name (`default`, `bts-ndrc`, `ci`).
    public var profile: String?
    public var checks: CheckSettings
    /// What the user says about the site (kind, sells, size).
    public var site: SiteProfile
    public var report: ReportSettings
    public var gate: GateSettings
    /// The baseline file: findings recorded there do not fail the gate.
    public var baseline: String?
    /// Where each run records today's findings as the next baseline (`--write-baseline`).
    public var writeBaseline: String?
    /// A previous JSON report the report is compared with (`--compare-to`).
    public var compareTo: String?

    public init(
        sites: [String]? = nil, crawl: CrawlSettings = CrawlSettings(), profile: String? = nil,
        checks: CheckSettings = CheckSettings(), site: SiteProfile = SiteProfile(), report: ReportSettings = ReportSettings(),
        gate: GateSettings = GateSettings(), baseline: String? = nil
    ) {
        self.sites = sites
        self.crawl = crawl
        self.profile = profile
        self.checks = checks
        self.site = site
        self.report = report
        self.gate = gate
        self.baseline = baseline
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sites, crawl, profile, checks, site, report, gate, baseline
        case writeBaseline = "write_baseline", compareTo = "compare_to"
    }
    enum SiteKeys: String, CodingKey, CaseIterable { case kind, sells, size }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let one = try? c.decodeIfPresent(String.self, forKey: .sites) {
            sites = [one]
        } else {
            sites = try c.decodeIfPresent([String].self, forKey: .sites)
        }
        crawl = try c.decodeIfPresent(CrawlSettings.self, forKey: .crawl) ?? CrawlSettings()
        profile = try c.decodeIfPresent(String.self, forKey: .profile)
        checks = try c.decodeIfPresent(CheckSettings.self, forKey: .checks) ?? CheckSettings()
        site = SiteProfile()
        if (try? c.decodeNil(forKey: .site)) == false {
            let siteDecoder = try c.superDecoder(forKey: .site)
            try siteDecoder.rejectUnknownKeys(SiteKeys.self)
            let s = try siteDecoder.container(keyedBy: SiteKeys.self)
            site = SiteProfile(
                kind: try s.decodeChoice(SiteProfile.Kind.self, forKey: .kind),
                sells: try s.decodeIfPresent(Bool.self, forKey: .sells),
                size: try s.decodeChoice(SiteProfile.Size.self, forKey: .size))
        }
        report = try c.decodeIfPresent(ReportSettings.self, forKey: .report) ?? ReportSettings()
        gate = try c.decodeIfPresent(GateSettings.self, forKey: .gate) ?? GateSettings()
        baseline = try c.decodeIfPresent(String.self, forKey: .baseline)
        writeBaseline = try c.decodeIfPresent(String.self, forKey: .writeBaseline)
        compareTo = try c.decodeIfPresent(String.self, forKey: .compareTo)
    }

    /// This configuration with `overrides` laid over it: every value set in `overrides` wins; the lists of
    /// disabled checks are joined and severity maps merged (the override's entry wins).
    public func merged(with overrides: Configuration) -> Configuration {
        var result = self
        result.sites = overrides.sites ?? sites
        result.crawl = crawl.merged(with: overrides.crawl)
        result.profile = overrides.profile ?? profile
        result.checks = checks.merged(with: overrides.checks)
        result.site = SiteProfile(
            kind: overrides.site.kind ?? site.kind, sells: overrides.site.sells ?? site.sells, size: overrides.site.size ?? site.size)
        result.report = ReportSettings(
            lang: overrides.report.lang ?? report.lang, formats: overrides.report.formats ?? report.formats,
            output: overrides.report.output ?? report.output, author: overrides.report.author ?? report.author,
            client: overrides.report.client ?? report.client, logo: overrides.report.logo ?? report.logo)
        result.gate = GateSettings(failOn: overrides.gate.failOn ?? gate.failOn, minScore: overrides.gate.minScore ?? gate.minScore)
        result.baseline = overrides.baseline ?? baseline
        result.writeBaseline = overrides.writeBaseline ?? writeBaseline
        result.compareTo = overrides.compareTo ?? compareTo
        return result
    }
}

/// `checks:` — checks turned off and severities changed (patterns: ids, `legal.*`, module names).
public struct CheckSettings: Sendable, Hashable, Decodable {
    public var disable: [String]?
    public var severity: [String: Severity]?

    public init(disable: [String]? = nil, severity: [String: Severity]? = nil) {
        self.disable = disable
        self.severity = severity
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case disable, severity }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        disable = try c.decodeIfPresent([String].self, forKey: .disable)
        severity = try c.decodeChoiceMap(Severity.self, forKey: .severity)
    }

    func merged(with o: CheckSettings) -> CheckSettings {
        var disabled = disable ?? []
        for id in o.disable ?? [] where !disabled.contains(id) { disabled.append(id) }
        let levels = (severity ?? [:]).merging(o.severity ?? [:]) { _, override in override }
        return CheckSettings(
            disable: disable == nil && o.disable == nil ? nil : disabled,
            severity: severity == nil && o.severity == nil ? nil : levels)
    }
}

/// `report:` — language, formats, where the report goes, and who it is by and for (author, client, logo).
public struct ReportSettings: Sendable, Hashable, Decodable {
    /// The report formats.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        case markdown, json, junit, html, pdf
    }

    public var lang: ReportLanguage?
    public var formats: [Format]?
    /// A file or folder path.
    public var output: String?
    /// Who wrote the report (a consultant, an agency), on its first page.
    public var author: String?
    /// Who the report is for, on its first page.
    public var client: String?
    /// An image file (PNG, JPEG, GIF, WebP, SVG) shown on the first page of the HTML and PDF reports; a path
    /// relative to the configuration file's folder. `Configuration.load` checks it and makes it absolute.
    public var logo: String?

    public init(lang: ReportLanguage? = nil, formats: [Format]? = nil, output: String? = nil,
                author: String? = nil, client: String? = nil, logo: String? = nil) {
        self.lang = lang
        self.formats = formats
        self.output = output
        self.author = author
        self.client = client
        self.logo = logo
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case lang, formats, output, author, client, logo }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lang = try c.decodeChoice(ReportLanguage.self, forKey: .lang)
        if var list = try? c.nestedUnkeyedContainer(forKey: .formats) {
            var formats: [Format] = []
            while !list.isAtEnd {
                let index = list.currentIndex
                let word = try list.decode(String.self)
                guard let format = Format(rawValue: word) else {
                    let choices = Format.allCases.map(\.rawValue)
                    var reason = "bad value '\(word)' — expected one of \(choices.joined(separator: ", "))"
                    if let guess = Suggestion.closest(to: word, among: choices) { reason += "; did you mean '\(guess)'?" }
                    throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.formats, AnyCodingKey(intValue: index)!], debugDescription: reason))
                }
                formats.append(format)
            }
            self.formats = formats
        } else {
            formats = try c.decodeIfPresent([Format].self, forKey: .formats)
        }
        output = try c.decodeIfPresent(String.self, forKey: .output)
        author = try c.decodeIfPresent(String.self, forKey: .author)
        client = try c.decodeIfPresent(String.self, forKey: .client)
        logo = try c.decodeIfPresent(String.self, forKey: .logo)
    }
}

/// `gate:` — when a CI run fails.
public struct GateSettings: Sendable, Hashable, Decodable {
    /// Fail when a check fails at this severity or a more serious one.
    public var failOn: Severity?
    /// Fail when a site's overall score is below this (0–100).
    public var minScore: Double?

    public init(failOn: Severity? = nil, minScore: Double? = nil) {
        self.failOn = failOn
        self.minScore = minScore
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case failOn = "fail_on", minScore = "min_score" }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        failOn = try c.decodeChoice(Severity.self, forKey: .failOn)
        minScore = try c.decodeIfPresent(Double.self, forKey: .minScore)
        do {
            try validate()
        } catch let problem as SettingProblem {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [problem.key], debugDescription: problem.reason))
        }
    }

    /// `min_score` from 0 to 100 (NaN refused), for the file and `--min-score` alike.
    public func validate() throws {
        try SettingRange.minScore.check(minScore, CodingKeys.minScore)
    }
}
