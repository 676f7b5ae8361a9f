import Foundation
import Testing
import TestServer

/// Baselines per finding, `vigie diff` and `--compare-to`, on real crawls of a loopback site before and after a fix.
@Suite(.serialized, .timeLimit(.minutes(2))) struct BaselineDiffTests {
    /// A small site with a broken link from the home page (`/ancienne-page`); `extra` adds links to the contact page.
    private func site(in folder: URL, brokenFromHome: Bool, contactLinks: [String] = []) throws {
        let head = "<head><title>Atelier</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
        let home = "<a href=\"/contact.html\">Contact</a>" + (brokenFromHome ? " <a href=\"/ancienne-page\">Promo</a>" : "")
        try write("<!doctype html><html lang=\"fr\">\(head)<body><h1>Atelier</h1>\(home)</body></html>", to: "site/index.html", in: folder)
        let links = contactLinks.map { "<a href=\"\($0)\">lien</a>" }.joined(separator: " ")
        try write("<!doctype html><html lang=\"fr\">\(head)<body><h1>Contact</h1><a href=\"/\">Accueil</a> \(links)</body></html>",
                  to: "site/contact.html", in: folder)
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func findingsAreFollowedFromOneCrawlToTheNext() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try site(in: folder, brokenFromHome: true)
        let staging = try TestHTTPServer(directory: folder.appendingPathComponent("site").path)
        defer { staging.stop() }
        let audit = ["audit", "--quiet", "--checks", "nav.*,page.*", "--fail-on", "error"]

        // Before: the broken link fails the gate; its finding goes into the baseline, with no host in it.
        let before = try vigie(audit + [staging.baseURL + "/", "--format", "json", "--output", "before.json", "--write-baseline", "baseline.json"], in: folder)
        #expect(before.status == 1, "\(before.stderr)")
        let file = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(file.contains(#""page" : "/ancienne-page""#), "\(file)")
        #expect(!file.contains("127.0.0.1"), "a baseline names paths, not hosts")
        #expect(file.contains(#""version" : 2"#))

        // Another origin (production) serving the same site: the known broken link does not fail the gate.
        let production = try TestHTTPServer(directory: folder.appendingPathComponent("site").path)
        defer { production.stop() }
        let known = try vigie(audit + [production.baseURL + "/", "--output", "known.md", "--baseline", "baseline.json"], in: folder)
        #expect(known.status == 0, "\(known.stderr)")
        #expect(known.stderr.contains("0 nouveau, 0 corrigé"), "\(known.stderr)")

        // A new broken link, on a page of a check that already failed: it fails the gate, and is named.
        try site(in: folder, brokenFromHome: true, contactLinks: ["/page-disparue"])
        let worse = try vigie(audit + [production.baseURL + "/", "--output", "worse.md", "--baseline", "baseline.json", "--lang", "en"], in: folder)
        #expect(worse.status == 1, "\(worse.stderr)")
        #expect(worse.stderr.contains("+ nav.broken-links /page-disparue"), "\(worse.stderr)")

        // After the fix: the old finding is reported as fixed, by the gate and by the report's new section.
        try site(in: folder, brokenFromHome: false)
        let after = try vigie(audit + [production.baseURL + "/", "--format", "markdown", "--format", "json", "--format", "html", "--output", "after.md",
                                       "--baseline", "baseline.json", "--compare-to", "before.json"], in: folder)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stderr.contains("1 corrigé") && after.stderr.contains("− nav.broken-links /ancienne-page"), "\(after.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("after.md"), encoding: .utf8)
        let section = try #require(report.range(of: "## Depuis le dernier audit"), "\(report)")
        let since = String(report[section.lowerBound...].prefix(1500))
        #expect(since.contains("1 constat corrigé"), "\(since)")
        #expect(since.contains("Pas de lien interne cassé") && since.contains("/ancienne-page"), "\(since)")
        #expect(since.contains("| **Score global** |"), "\(since)")
        let html = try String(contentsOf: folder.appendingPathComponent("after.html"), encoding: .utf8)
        let sheet = try #require(html.range(of: "<section class=\"sheet module\" id=\"since-last\">"), "no section in the HTML report")
        let htmlSince = String(html[sheet.lowerBound...].prefix(3000))
        #expect(htmlSince.contains("<h3>1 constat corrigé</h3>") && htmlSince.contains("/ancienne-page"), "\(htmlSince)")

        let afterSite = try #require((try json(folder.appendingPathComponent("after.json"))["sites"] as? [[String: Any]])?.first)
        let sinceLast = try #require(afterSite["since_last"] as? [String: Any], "the JSON report carries the comparison")
        #expect((sinceLast["fixed"] as? [[String: Any]])?.map { $0["page"] as? String } == ["/ancienne-page"])

        // vigie diff: Markdown, then JSON with the score change per module.
        let markdown = try vigie(["diff", "before.json", "after.json", "--lang", "en"], in: folder)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("# Audit changes"))
        #expect(markdown.stdout.contains("## 1 finding fixed"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("No broken internal link"))
        let diffRun = try vigie(["diff", "before.json", "after.json", "--format", "json", "--output", "diff.json"], in: folder)
        #expect(diffRun.status == 0, "\(diffRun.stderr)")
        let diff = try #require((try json(folder.appendingPathComponent("diff.json"))["sites"] as? [[String: Any]])?.first)
        let fixed = try #require(diff["fixed"] as? [[String: Any]])
        #expect(fixed.map { $0["check"] as? String } == ["nav.broken-links"])
        #expect(fixed.first?["page"] as? String == "/ancienne-page")
        #expect((diff["new"] as? [Any])?.isEmpty == true)
        let structure = try #require((diff["modules"] as? [String: Any])?["structure"] as? [String: Any])
        #expect((structure["change"] as? Double ?? 0) > 0, "\(structure)")
    }

    @Test func baselineAndDiffErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try site(in: folder, brokenFromHome: true)
        let unwritable = try vigie(["audit", "site", "--quiet", "--checks", "nav.*", "--output", "r.md", "--write-baseline", "/proc/vigie/b.json"], in: folder)
        #expect(unwritable.status == 4)
        #expect(unwritable.stderr.split(separator: "\n").count == 1 && unwritable.stderr.contains("cannot write the baseline to /proc/vigie/b.json"),
                "\(unwritable.stderr)")
        try write(#"{"version": 7, "findings": []}"#, to: "future.json", in: folder)
        let future = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--baseline", "future.json"], in: folder)
        #expect(future.status == 2 && future.stderr.contains("--write-baseline"), "\(future.stderr)")
        let notAReport = try vigie(["diff", "future.json", "future.json"], in: folder)
        #expect(notAReport.status == 2 && notAReport.stderr.contains("not a Vigie JSON report"), "\(notAReport.stderr)")
        let missing = try vigie(["audit", "site", "--quiet", "--output", "r.md", "--compare-to", "none.json"], in: folder)
        #expect(missing.status == 2, "\(missing.stderr)")
    }
}
