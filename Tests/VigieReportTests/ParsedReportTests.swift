import Foundation
import Testing
import VigieChecks
import VigieCore
import VigieHTML
@testable import VigieReport

/// Reports of sites parsed with real libxml2 (VigieHTML) and audited by every registered check: a hostile page,
/// and the bundled demo site.
@Suite struct ParsedReportTests {
    static let rules: Result<RuleSet, any Error> = Result {
        try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)
    }

    static let catalog = Dictionary(CheckRegistry.all.map { ($0.id, $0.meta) }, uniquingKeysWith: { first, _ in first })

    /// Parses the pages, runs every check, and wraps the audit in a report.
    static func audit(_ example: CheckExample, language: ReportLanguage = .fr, profile: String = "default") throws -> AuditReport {
        let rules = try Self.rules.get()
        let parser = HTMLParser(zoneWords: rules.pack(ZoneWords.self))
        let snapshot = ExampleSnapshot.build(example, parser: parser, postProcessing: CrawlPostProcessing(priorityWords: rules.pack(PriorityPageWords.self)))
        var audit = Auditor.run(checks: CheckRegistry.all, snapshot: snapshot, rules: rules, profile: .all, site: SiteProfile())
        audit.profileName = profile
        return AuditReport(generatedAt: "2026-11-22T18:00:00Z", language: language, sites: [audit], catalog: catalog)
    }

    static let hostileHTML = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
        <title>&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt; | [x](javascript:alert(1)) ![i](http://evil)</title>
        <meta name="description" content="`code` *gras* <img src=x onerror=alert(1)> | # titre">
        <meta name="viewport" content="width=device-width">
        </head><body>
        <header><a href="/"><img src="/logo.png" alt="](javascript:alert(1))"></a>
        <nav><a href="/page|2">Menu | [lien](javascript:alert(2))</a><a href="javascript:alert(3)">cliquez ici</a></nav></header>
        <main><h1>Titre <script>alert(4)</script> | ![img](http://evil/x.png)</h1>
        <p>Texte avec </td></tr></table><iframe src="http://evil"></iframe> et [a](b) et <b>gras</b></p>
        <form><input name="q" placeholder="</textarea><script>alert(5)</script>"><button>Envoyer | ok</button></form></main>
        <footer><a href="/mentions-legales">Mentions légales</a> SIREN 123 456 782 | Hébergeur : <em>&lt;svg onload=alert(6)&gt;</em></footer>
        </body></html>
        """

    @Test(.enabled(if: Tools.cmarkAvailable, "cmark-gfm is not installed (apt-get install cmark-gfm)"))
    func hostilePageCannotInjectMarkup() throws {
        let example = CheckExample("hostile", expect: .pass, pages: [
            .init("/", Self.hostileHTML),
            .init("/page%7C2", "<html><head><title>|</title></head><body><a href='/'>|</a></body></html>"),
            .init("/mentions-legales", "<html><head><title>Mentions</title></head><body>" + Self.hostileHTML + "</body></html>"),
            .init("/casse", "", status: 404),
        ])
        for language in ReportLanguage.allCases {
            for profile in ["default", "bts-ndrc"] {
                let report = try Self.audit(example, language: language, profile: profile)
                let markdown = MarkdownRenderer.render(report)
                try MarkdownRendererTests.expectWellFormedTables(markdown, minimum: 4)
                let html = try Tools.gfm(markdown)
                #expect(!html.contains("<iframe") && !html.contains("<b>gras") && !html.contains("<em>&lt;svg"))
            }
        }
        // the title really reached the report, as text
        let report = try Self.audit(example)
        #expect(report.sites[0].snapshot.home?.title?.contains("<script>alert(1)</script>") == true)
        if report.sites[0].result("page.title") != nil {
            let html = try Tools.gfm(MarkdownRenderer.render(report))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
        let junit = JUnitRenderer.render(report, failOn: .notice)
        #expect(!junit.contains("<script"))
        let comparison = ComparisonRenderer.render(AuditReport(generatedAt: report.generatedAt, language: .fr,
                                                               sites: report.sites + report.sites, catalog: report.catalog))
        try MarkdownRendererTests.expectWellFormedTables(comparison, minimum: 3)
    }

    /// The demo site's folder in the repository.
    static var demoFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("demo")
    }

    /// The demo site as an example: its HTML pages read from `demo/`, the missing site map as a 404.
    static func demoExample() throws -> CheckExample {
        let pages = ["index.html", "services.html", "realisations.html", "contact.html", "mentions-legales.html",
                     "blog/bien-choisir-son-bois.html"]
        var examplePages = try pages.map { path in
            CheckExample.Page("/" + path, try String(contentsOf: demoFolder.appendingPathComponent(path), encoding: .utf8),
                              headers: [HTTPHeader(name: "Content-Type", value: "text/html; charset=utf-8")])
        }
        examplePages.append(.init("/plan-du-site.html", "", status: 404))
        let css = try String(contentsOf: demoFolder.appendingPathComponent("style.css"), encoding: .utf8)
        return CheckExample("demo", expect: .pass, pages: examplePages, stylesheets: ["/style.css": css])
    }

    /// The faults and strengths the demo is built to show (demo/README.md), for the checks that are registered.
    static let demoExpectations: [String: Set<CheckStatus>] = [
        "legal.notice-page": [.pass], "legal.publisher.name": [.pass], "legal.publisher.siren": [.pass],
        "legal.publication-director": [.pass], "legal.host.name": [.pass],
        "legal.host.phone": [.fail, .warn], "legal.privacy-policy": [.fail, .warn], "legal.form-notice": [.fail, .warn],
        "cookies.consent-tool": [.fail], "cookies.prior-loading": [.fail],
        "cta.home": [.pass], "cta.vague-labels": [.fail, .warn], "cta.forms": [.fail, .warn],
        "responsive.viewport": [.pass], "responsive.viewport-zoom": [.fail, .warn], "responsive.media-queries": [.pass],
        "header.logo": [.pass], "header.navigation": [.pass], "header.phone": [.pass], "body.testimonials": [.pass],
        "body.news": [.pass], "footer.legal-links": [.fail, .warn], "nav.broken-links": [.fail],
        "page.title": [.pass], "page.lang": [.pass], "page.description": [.fail, .warn],
    ]

    @Test(.enabled(if: Tools.cmarkAvailable, "cmark-gfm is not installed (apt-get install cmark-gfm)"))
    func demoSiteShowsItsStrengthsAndFaults() throws {
        let report = try Self.audit(try Self.demoExample())
        let audit = report.sites[0]
        #expect(audit.snapshot.htmlPages.count == 6)
        for (id, expected) in Self.demoExpectations {
            guard let result = audit.result(id) else { continue }
            #expect(expected.contains(result.status), "\(id): \(result.status) — \(result.message.fr)")
        }
        let markdown = MarkdownRenderer.render(report)
        try MarkdownRendererTests.expectWellFormedTables(markdown, minimum: 4)
        #expect(markdown.contains("| https://www.example.fr/plan-du-site.html | 404 | https://www.example.fr/index.html"))
        try MarkdownRendererTests.expectWellFormedTables(MarkdownRenderer.render(try Self.audit(try Self.demoExample(), profile: "bts-ndrc")), minimum: 3)
    }
}

extension ParsedReportTests {
    /// The demo's and the hostile page's reports survive a write and a read (`VIGIE_DUMP=/tmp/x.md` keeps them).
    @Test func parsedReportsReadBackIdentical() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = ProcessInfo.processInfo.environment["VIGIE_DUMP"] ?? folder.appendingPathComponent("demo.md").path
        let hostile = CheckExample("hostile", expect: .pass, pages: [.init("/", Self.hostileHTML), .init("/casse", "", status: 404)])
        let reports = [
            path: MarkdownRenderer.render(try Self.audit(try Self.demoExample())),
            path + ".hostile.md": MarkdownRenderer.render(try Self.audit(hostile)),
        ]
        for (file, text) in reports {
            try ReportWriter.write(text, to: file)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        }
    }
}
