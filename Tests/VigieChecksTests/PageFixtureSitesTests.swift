import Foundation
import Testing
import VigieCore
import VigieHTML
@testable import VigieCTAChecks
@testable import VigieChecks
@testable import VigiePageChecks
@testable import VigieResponsiveChecks

/// The two fixture sites of `Tests/Fixtures/` — a mobile-ready one and a 2010-style fixed layout —
/// parsed with real libxml2, with the status every cta, responsive and page check must give each.
@Suite struct PageFixtureSitesTests {
    static let rules: Result<RuleSet, any Error> = Result { try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes) }

    static let expected: [String: [String: CheckStatus]] = [
        "mobile-site": [
            "cta.home": .pass, "cta.early": .pass, "cta.coverage": .pass, "cta.contact-path": .pass, "cta.vague-labels": .pass, "cta.forms": .pass,
            "responsive.viewport": .pass, "responsive.viewport-zoom": .pass, "responsive.viewport-syntax": .pass,
            "responsive.media-queries": .pass, "responsive.images": .pass, "responsive.fixed-layout": .pass, "responsive.touch-icons": .pass,
            "page.title": .pass, "page.description": .pass, "page.lang": .pass, "page.charset": .pass,
        ],
        "fixed-site": [
            "cta.home": .fail, "cta.early": .fail, "cta.coverage": .fail, "cta.contact-path": .fail, "cta.vague-labels": .warn, "cta.forms": .fail,
            "responsive.viewport": .fail, "responsive.viewport-zoom": .fail, "responsive.viewport-syntax": .warn,
            "responsive.media-queries": .fail, "responsive.images": .fail, "responsive.fixed-layout": .fail, "responsive.touch-icons": .fail,
            "page.title": .fail, "page.description": .fail, "page.lang": .fail, "page.charset": .fail,
        ],
    ]

    /// The fixture folder `name` as a CheckExample: `index.html` is `/`, other `.html` files keep their
    /// name, `.css` files are the stylesheets the crawler would have fetched.
    static func site(_ name: String) throws -> CheckExample {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted { a, b in
            a == "index.html" ? true : b == "index.html" ? false : a < b
        }
        var pages: [CheckExample.Page] = []
        var stylesheets: [String: String] = [:]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if file.hasSuffix(".html") { pages.append(.init(file == "index.html" ? "/" : "/" + file, text)) }
            if file.hasSuffix(".css") { stylesheets["/" + file] = text }
        }
        return CheckExample(name, expect: .info, pages: pages, stylesheets: stylesheets)
    }

    @Test("Fixture sites give the expected status for every cta, responsive and page check", arguments: ["mobile-site", "fixed-site"])
    func fixture(name: String) throws {
        let rules = try Self.rules.get()
        let parser = HTMLParser(zoneWords: rules.pack(ZoneWords.self))
        let snapshot = ExampleSnapshot.build(try Self.site(name), parser: parser, postProcessing: CrawlPostProcessing(priorityWords: rules.pack(PriorityPageWords.self)))
        #expect(snapshot.htmlPages.count == (name == "mobile-site" ? 4 : 2))
        let expected = try #require(Self.expected[name])
        let checks = CTAChecks.all + ResponsiveChecks.all + PageChecks.all
        #expect(Set(checks.map(\.id)) == Set(expected.keys))
        for check in checks {
            let result = check.run(AuditContext(snapshot: snapshot, rules: rules))
            let evidence = result.evidence.prefix(3).map { "\($0.url) «\($0.excerpt ?? "")»" }.joined(separator: " | ")
            #expect(result.status == expected[check.id], "\(name) / \(check.id): got \(result.status) — \(result.message.fr) — \(evidence)")
            #expect(result.evidence.allSatisfy { ($0.excerpt ?? "").count <= 200 })
        }
    }

    @Test func ctaListForTheReport() throws {
        let rules = try Self.rules.get()
        let snapshot = ExampleSnapshot.build(try Self.site("mobile-site"), parser: HTMLParser(zoneWords: rules.pack(ZoneWords.self)), postProcessing: CrawlPostProcessing(priorityWords: rules.pack(PriorityPageWords.self)))
        let result = CTAChecks.all[2].run(AuditContext(snapshot: snapshot, rules: rules))
        #expect(result.id == "cta.coverage")
        guard case .array(let ctas)? = result.data["ctas"] else {
            Issue.record("no ctas in data")
            return
        }
        let labels = ctas.compactMap { value -> String? in
            if case .object(let object) = value { return object["label"]?.stringValue }
            return nil
        }
        #expect(labels == ["Prendre rendez-vous", "Demander un devis"])
        if case .object(let first)? = ctas.first {
            #expect(first["zone"]?.stringValue == "header")
            #expect(first["target"]?.stringValue == "https://www.example.fr/contact.html#rdv")
            #expect(first["page"]?.stringValue == "https://www.example.fr/")
            #expect(first["pages"] == .number(1))
        }
    }

    @Test func fixedSiteFindings() throws {
        let rules = try Self.rules.get()
        let snapshot = ExampleSnapshot.build(try Self.site("fixed-site"), parser: HTMLParser(zoneWords: rules.pack(ZoneWords.self)), postProcessing: CrawlPostProcessing(priorityWords: rules.pack(PriorityPageWords.self)))
        let context = AuditContext(snapshot: snapshot, rules: rules)
        let fixed = FixedLayoutCheck.run(context)
        #expect(fixed.data["layout_tables"] == .number(1))
        #expect(fixed.data["fixed_wrappers"] == .array(["#wrapper"]))
        let vague = VagueLabelsCheck.run(context)
        #expect(vague.data["count"] == .number(2))
        let syntax = ViewportSyntaxCheck.run(context)
        #expect(syntax.evidence.first?.note?.fr.contains("séparateur") == true)
    }
}
