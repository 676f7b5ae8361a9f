import Foundation
import Testing
@testable import VigieCore

@Suite struct ConfigurationTests {
    static let catalog = ["page.title", "page.lang", "legal.host.name"].map { id in
        CheckMeta(id: id, module: CheckModule.of(id: id)!, title: .init(fr: id, en: id), explanation: .init(fr: "", en: ""),
                  remedy: .init(fr: "", en: ""), reference: "", severity: .warning)
    }

    static let full = """
    # Vigie
    sites:
      - https://www.example.fr
      - ./public
    crawl:
      max_pages: 200
      max_depth: 4
      time_limit: 10m
      concurrency: 4
      delay: 0.5
      include: ["/shop/*"]
      exclude: ["/cart*"]
      subdomains: true
      ignore_robots: false
      check_external: true
      user_agent: "Vigie test"
    profile: ci
    checks:
      disable: [legal.*, page.lang]
      severity:
        page.title: error
    site:
      kind: sole-trader
      sells: true
      size: micro
    report:
      lang: en
      formats: [markdown, junit]
      output: reports/
    gate:
      fail_on: warning
      min_score: 75
    baseline: .vigie-baseline.json
    """

    @Test func parsesEverySetting() throws {
        let c = try Configuration.parse(Self.full, file: ".vigie.yml", catalog: Self.catalog, profiles: ["default", "ci"])
        #expect(c.sites == ["https://www.example.fr", "./public"])
        #expect(c.crawl == CrawlSettings(
            maxPages: 200, maxDepth: 4, timeLimit: 600, concurrency: 4, delay: 0.5, include: ["/shop/*"], exclude: ["/cart*"],
            subdomains: true, ignoreRobots: false, checkExternal: true, userAgent: "Vigie test"))
        #expect(c.profile == "ci")
        #expect(c.checks == CheckSettings(disable: ["legal.*", "page.lang"], severity: ["page.title": .error]))
        #expect(c.site == SiteProfile(kind: .soleTrader, sells: true, size: .micro))
        #expect(c.report == ReportSettings(lang: .en, formats: [.markdown, .junit], output: "reports/"))
        #expect(c.gate == GateSettings(failOn: .warning, minScore: 75))
        #expect(c.baseline == ".vigie-baseline.json")
    }

    @Test func emptyFileIsEmptyConfiguration() throws {
        #expect(try Configuration.parse("", file: ".vigie.yml") == Configuration())
        #expect(try Configuration.parse("# nothing yet\n", file: ".vigie.yml") == Configuration())
        #expect(try Configuration.parse("sites: https://a.fr\n", file: ".vigie.yml").sites == ["https://a.fr"])
    }

    @Test func unknownKeySuggestsTheClosestWithItsLine() {
        let text = "sites: [https://a.fr]\ncrawl:\n  max_depth: 3\n  max_page: 50\n"
        let error = #expect(throws: ConfigurationError.self) { try Configuration.parse(text, file: ".vigie.yml") }
        #expect(error?.description == ".vigie.yml:4 (crawl.max_page): unknown key 'max_page' — did you mean 'max_pages'?")
    }

    @Test func unknownTopLevelKeyWithoutCloseMatchListsKeys() {
        let error = #expect(throws: ConfigurationError.self) { try Configuration.parse("sites: []\nzzzzzz: 1\n", file: "c.yml") }
        #expect(error?.line == 2)
        #expect(error?.reason.hasPrefix("unknown key 'zzzzzz' (known keys: sites, crawl") == true)
    }

    @Test(arguments: [
        ("site:\n  kind: sole_trader\n", 2, "site.kind", "did you mean 'sole-trader'?"),
        ("report:\n  lang: de\n", 2, "report.lang", "expected one of fr, en"),
        ("report:\n  formats: [markdown, jsn]\n", 2, "report.formats[1]", "did you mean 'json'?"),
        ("gate:\n  fail_on: eror\n", 2, "gate.fail_on", "did you mean 'error'?"),
        ("gate:\n  min_score: 120\n", 2, "gate.min_score", "expected a value from 0 to 100 (points)"),
        ("crawl:\n\n  max_pages: lots\n", 3, "crawl.max_pages", "expected a whole number, found 'lots'"),
        ("crawl:\n  time_limit: soon\n", 2, "crawl.time_limit", "expected seconds (600) or a duration"),
        ("crawl:\n  subdomains: maybe\n", 2, "crawl.subdomains", "expected true or false"),
        ("checks:\n  severity:\n    page.title: high\n", 3, "checks.severity.page.title", "expected one of error, warning, notice"),
        ("checks:\n  disable:\n    - page.lang\n    - page.titel\n", 4, "checks.disable[1]", "unknown check 'page.titel' — did you mean 'page.title'?"),
        ("profile: bts-ndcr\n", 1, "profile", "did you mean 'bts-ndrc'?"),
    ])
    func badValuesNameLineKeyAndReason(text: String, line: Int, key: String, reason: String) {
        let error = #expect(throws: ConfigurationError.self) {
            try Configuration.parse(text, file: ".vigie.yml", catalog: Self.catalog, profiles: ["default", "bts-ndrc", "ci"])
        }
        #expect(error?.line == line)
        #expect(error?.key == key)
        #expect(error?.reason.contains(reason) == true, "\(error?.reason ?? "no error")")
        #expect(error?.description.contains("\n") == false)
    }

    @Test func badYAMLNamesLine() {
        let error = #expect(throws: ConfigurationError.self) { try Configuration.parse("sites:\n  - a\n - b\n", file: ".vigie.yml") }
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix(".vigie.yml:3: ") == true)
    }

    @Test func notAMappingIsAnError() {
        #expect(throws: ConfigurationError.self) { try Configuration.parse("- https://a.fr\n", file: ".vigie.yml") }
    }

    @Test func commandLineWins() throws {
        let file = try Configuration.parse(Self.full, file: ".vigie.yml")
        var cli = Configuration()
        cli.sites = ["https://other.fr"]
        cli.crawl.maxPages = 10
        cli.checks = CheckSettings(disable: ["page.title"], severity: ["page.title": .notice])
        cli.site.sells = false
        cli.report.lang = .fr
        cli.gate.minScore = 90
        let merged = file.merged(with: cli)
        #expect(merged.sites == ["https://other.fr"])
        #expect(merged.crawl.maxPages == 10)
        #expect(merged.crawl.maxDepth == 4, "unset options keep the file's value")
        #expect(merged.checks.disable == ["legal.*", "page.lang", "page.title"])
        #expect(merged.checks.severity == ["page.title": .notice])
        #expect(merged.site == SiteProfile(kind: .soleTrader, sells: false, size: .micro))
        #expect(merged.report == ReportSettings(lang: .fr, formats: [.markdown, .junit], output: "reports/"))
        #expect(merged.gate == GateSettings(failOn: .warning, minScore: 90))
        #expect(merged.profile == "ci")
        #expect(Configuration().merged(with: Configuration()) == Configuration())
    }

    @Test func starterFileParsesAsIsAndUncommented() throws {
        let asIs = try Configuration.parse(StarterConfiguration.text(), file: ".vigie.yml", catalog: Self.catalog, profiles: ["default", "bts-ndrc", "ci"])
        #expect(asIs.profile == "default")
        #expect(asIs.report.lang == .fr)
        #expect(asIs.sites == nil)
        // Every `#key: value` example, uncommented, must parse too (ids of the example come from the real catalogue).
        let uncommented = StarterConfiguration.text().split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let hash = line.firstIndex(of: "#") else { return String(line) }
            let after = line[line.index(after: hash)...]
            guard line[..<hash].allSatisfy({ $0 == " " }), let first = after.first, first != " ", first != "#" else { return String(line) }
            return String(line[..<hash]) + after
        }.joined(separator: "\n")
        #expect(uncommented != StarterConfiguration.text())
        let all = try Configuration.parse(uncommented, file: ".vigie.yml")
        #expect(all.sites == ["./public"])
        #expect(all.crawl.timeout == 30)
        #expect(all.crawl.headers == ["X-Env: recette"])
        #expect(try Configuration.parse(StarterConfiguration.text(sites: ["https://a.fr/x?\"y\""]), file: ".vigie.yml").sites == ["https://a.fr/x?\"y\""])
        #expect(all.crawl.maxPages == 500)
        #expect(all.crawl.timeLimit == 600)
        #expect(all.checks.severity == ["page.description": .warning])
        #expect(all.site == SiteProfile(kind: .company, sells: true, size: .small))
        #expect(all.report.formats == [.markdown, .html, .pdf, .json, .junit])
        #expect(all.report.client == "Boulangerie Dupont" && all.report.logo == "logo.png")
        #expect(all.gate == GateSettings(failOn: .error, minScore: 80))
        #expect(all.baseline == ".vigie-baseline.json")
    }

    @Test func findPrefersExplicitPathThenCurrentFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Configuration.find(explicit: nil, in: folder.path) == nil)
        try write("profile: ci\n", to: ".vigie.yml", in: folder)
        #expect(try Configuration.find(explicit: nil, in: folder.path) == folder.appendingPathComponent(".vigie.yml").path)
        #expect(throws: ConfigurationError.self) { try Configuration.find(explicit: folder.appendingPathComponent("none.yml").path, in: folder.path) }
        let loaded = try Configuration.load(path: folder.appendingPathComponent(".vigie.yml").path)
        #expect(loaded.profile == "ci")
    }
}

/// `crawl:` and the command line share one validation (`CrawlSettings.validate`): the same ranges, NaN and infinity
/// refused, headers without line breaks.
@Suite struct CrawlSettingsValidationTests {
    @Test(arguments: [
        ("crawl:\n  timeout: .inf\n", "crawl.timeout", "from 0.1 to 3600 (seconds)"),
        ("crawl:\n  timeout: .nan\n", "crawl.timeout", "bad value nan"),
        ("crawl:\n  delay: .inf\n", "crawl.delay", "from 0 to 60 (seconds)"),
        ("crawl:\n  max_depth: -5\n", "crawl.max_depth", "from 0 to 1000"),
        ("crawl:\n  max_body_bytes: -5\n", "crawl.max_body_bytes", "from 1024 to 1073741824 (bytes)"),
        ("crawl:\n  concurrency: 65\n", "crawl.concurrency", "from 1 to 64"),
        ("crawl:\n  time_limit: 0s\n", "crawl.time_limit", "from 1 to 604800 (seconds)"),
        ("crawl:\n  headers: [\"X-A: b\\r\\nEvil: 1\"]\n", "crawl.headers", "line break"),
        ("crawl:\n  auth: nobody\n", "crawl.auth", "expected 'user:password'"),
        ("gate:\n  min_score: .nan\n", "gate.min_score", "from 0 to 100"),
    ])
    func fileValuesOutOfRangeAreErrors(text: String, key: String, reason: String) {
        let error = #expect(throws: ConfigurationError.self) { try Configuration.parse(text, file: ".vigie.yml") }
        #expect(error?.key == key)
        #expect(error?.line == 2)
        #expect(error?.reason.contains(reason) == true, "\(error?.reason ?? "no error")")
    }

    @Test func everyCrawlFlagIsAFileSetting() throws {
        let text = """
        crawl:
          timeout: 12
          max_body_bytes: 2048
          auth: "me:secret"
          headers: ["X-Env: staging"]
          insecure: true
        """
        let crawl = try Configuration.parse(text, file: ".vigie.yml").crawl
        #expect(crawl == CrawlSettings(auth: "me:secret", headers: ["X-Env: staging"], insecure: true, timeout: 12, maxBodyBytes: 2048))
    }

    @Test func theSameProblemNamesTheFlagOnTheCommandLine() {
        let error = #expect(throws: SettingProblem.self) { try CrawlSettings(delay: .nan).validate() }
        #expect(error?.description == "--delay: bad value nan — expected a value from 0 to 60 (seconds)")
        #expect(CrawlSettings.CodingKeys.allCases.map(\.option).contains("--header"))
        #expect(throws: Never.self) { try CrawlSettings(maxDepth: 0, timeout: 0.1, maxBodyBytes: 1024).validate() }
    }
}
