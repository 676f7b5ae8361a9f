import Foundation
import Testing
import VigieCore

/// `vigie checks`, `vigie explain`, `vigie init`, and the one-line errors of broken rules and configuration.
@Suite final class EngineCommandsTests {
    /// Each test runs in its own empty folder (a `.vigie.yml` there is the current folder's).
    let folder: URL

    init() throws {
        folder = try temporaryFolder()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func checksListsTheCatalogue() throws {
        let run = try vigie(["checks"], in: folder)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["ID", "MODULE", "GRAVITÉ", "TITRE"])
        let title = try #require(lines.first { $0.hasPrefix("page.title ") })
        #expect(title.split(separator: " ", omittingEmptySubsequences: true).prefix(3) == ["page.title", "page", "warning"])
        #expect(title.hasSuffix("Titre de page unique"))

        let english = try vigie(["checks", "--lang", "en", "--module", "page"], in: folder)
        #expect(english.status == 0)
        #expect(english.stdout.contains("Unique page title"))
        #expect(english.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains(" page ") || $0.hasSuffix(" checks") })

        let bts = try vigie(["checks", "--profile", "bts-ndrc"], in: folder)
        #expect(bts.status == 0)
        #expect(bts.stdout.contains("page.title"))
        #expect(bts.stdout.hasSuffix("Profil bts-ndrc : Grille BTS NDRC — audit de site marchand/vitrine\n"))
    }

    @Test func checksAsJSON() throws {
        let run = try vigie(["checks", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let title = try #require(entries.first { $0["id"] as? String == "page.title" })
        #expect(title["severity"] as? String == "warning")
        #expect((title["title"] as? [String: String])?["en"] == "Unique page title")
        #expect((title["examples"] as? [[String: String]])?.contains { $0["expected"] == "fail" } == true)
    }

    @Test func explainInEnglish() throws {
        let run = try vigie(["explain", "page.title", "--lang", "en"], in: folder)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "page.title — Unique page title")
        #expect(lines.dropFirst().first == "Module: page · Severity: warning · Reference: WCAG 2.2 SC 2.4.2 (RGAA 8.5, 8.6)")
        #expect(run.stdout.contains("Remedy: Give every page its own <title>"))
        #expect(run.stdout.contains("  pass  distinct titles"))
        #expect(run.stdout.contains("  fail  duplicated title"))

        let french = try vigie(["explain", "page.title"], in: folder)
        #expect(french.stdout.contains("Correction : Donner à chaque page un <title> propre"))
    }

    @Test func explainLegalSirenInEnglish() throws {
        let run = try vigie(["explain", "legal.publisher.siren", "--lang", "en"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("legal.publisher.siren — Valid SIREN / SIRET\n"))
        #expect(run.stdout.contains("Module: legal · Severity: error · Reference: LCEN art. 1-1 ; Code de commerce R123-237"))
        #expect(run.stdout.contains("must pass its checksum (Luhn)"))
        #expect(run.stdout.contains("  pass  valid SIREN with spaces"))
        #expect(run.stdout.contains("  fail  invalid SIREN"))
    }

    @Test func explainUnknownIdSuggestsAndExits2() throws {
        let run = try vigie(["explain", "page.titel"], in: folder)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "vigie: vérification inconnue « page.titel » — vouliez-vous dire « page.title » ? (`vigie checks` les liste)\n")
        let english = try vigie(["explain", "page.titel", "--lang", "en"], in: folder)
        #expect(english.stderr == "vigie: unknown check 'page.titel' — did you mean 'page.title'? (`vigie checks` lists them)\n")
    }

    @Test func initWritesAStarterThatLoadsAndRefusesToOverwrite() throws {
        let first = try vigie(["init"], in: folder)
        #expect(first.status == 0)
        let file = folder.appendingPathComponent(".vigie.yml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == StarterConfiguration.text())

        // The written file is read back by the commands (it is `.vigie.yml` in the current folder).
        #expect(try vigie(["checks"], in: folder).status == 0)

        let again = try vigie(["init"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr == "vigie: .vigie.yml already exists — use --force to overwrite it\n")

        try Data("profile: ci\n".utf8).write(to: file)
        #expect(try vigie(["init", "--force"], in: folder).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == StarterConfiguration.text())
    }

    @Test func initWithASiteWritesAFileThatAuditsAsIs() throws {
        let demo = AuditCommandTests.demo
        #expect(try vigie(["init", demo], in: folder).status == 0)
        let run = try vigie(["audit", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path)
        #expect(reports.contains { $0.hasSuffix(".md") })
    }

    @Test func brokenConfigurationGivesOneLineWithFileLineAndExit2() throws {
        try write("sites: [https://www.example.fr]\ncrawl:\n  max_depth: 3\n  max_page: 50\n", to: ".vigie.yml", in: folder)
        let run = try vigie(["checks"], in: folder)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "vigie: .vigie.yml:4 (crawl.max_page): unknown key 'max_page' — did you mean 'max_pages'?\n")

        try write("site:\n  kind: sole_trader\n", to: "other.yml", in: folder)
        let explicit = try vigie(["explain", "page.title", "--config", "other.yml"], in: folder)
        #expect(explicit.status == 2)
        #expect(explicit.stderr.hasPrefix("vigie: other.yml:2 (site.kind): bad value 'sole_trader'"))
        #expect(explicit.stderr.split(separator: "\n").count == 1)
    }

    @Test func brokenRulesGiveOneLineWithFileLineAndExit2() throws {
        try write("# zones\nheader: [a]\nnav: [b]\nmain: [c]\nfooter: oops\naside: []\n", to: "myrules/zones.yml", in: folder)
        let wrongType = try vigie(["checks", "--rules", "myrules"], in: folder)
        #expect(wrongType.status == 2)
        #expect(wrongType.stderr == "vigie: myrules/zones.yml:5 (footer): expected a list, found 'oops'\n")

        try write("header: [a\n", to: "myrules/zones.yml", in: folder)
        let badYAML = try vigie(["explain", "page.title", "--rules", "myrules"], in: folder)
        #expect(badYAML.status == 2)
        #expect(badYAML.stderr.hasPrefix("vigie: myrules/zones.yml:2: "))
        #expect(badYAML.stderr.split(separator: "\n").count == 1)
    }

    @Test func rulesFolderAddsAProfile() throws {
        try write("title: {fr: Titres, en: Titles}\nchecks: [page.title]\nseverity:\n  page.*: error\n", to: "myrules/profiles/titles.yml", in: folder)
        let run = try vigie(["checks", "--rules", "myrules", "--profile", "titles"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("page.title"))
        #expect(!run.stdout.contains("page.lang"))
        #expect(run.stdout.split(separator: "\n").first { $0.hasPrefix("page.title") }?.contains(" error ") == true)
    }

    @Test func usageErrorsExit2() throws {
        let run = try vigie(["checks", "--module", "lgal"], in: folder)
        #expect(run.status == 2)
        let profile = try vigie(["checks", "--profile", "bts-ndcr"], in: folder)
        #expect(profile.status == 2)
        #expect(profile.stderr.contains("did you mean 'bts-ndrc'?"))
    }
}
