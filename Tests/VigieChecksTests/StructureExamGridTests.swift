import Foundation
import Testing
import VigieChecks
import VigieStructureChecks
import VigieCore
import VigieHTML

/// End to end on the exam case (Tests/Fixtures/exam-site, modelled on the BTS NDRC case): the fixture pages are
/// parsed by libxml2, put in a snapshot as the crawler would, every structure check runs, and the home page's grid
/// must list the strengths and weaknesses the exam expects, zone by zone.
@Suite struct StructureExamGridTests {
    static let base = "https://www.cuisines-moreau.test/"
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/exam-site")

    static func snapshot() throws -> SiteSnapshot {
        let files = ["index.html", "cuisines.html", "actualites.html", "contact.html", "devis.html", "cgv.html"]
        var pages: [PageRecord] = []
        for file in files {
            let html = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let url = file == "index.html" ? base : base + file
            let facts = StructureTestSupport.parse(html, url: url)
            pages.append(PageRecord(url: url, depth: file == "index.html" ? 0 : 1, status: 200, contentType: "text/html; charset=utf-8",
                                    referrers: file == "index.html" ? [] : [base], facts: facts))
        }
        return SiteSnapshot(startURL: base, homeURL: base, mode: .http, pages: pages)
    }

    @Test func homeGridMatchesTheExamCase() throws {
        let rules = try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)
        let context = AuditContext(snapshot: try Self.snapshot(), rules: rules)
        let results = StructureChecks.all.map { $0.run(context) }
        let grid = StructureChecks.grid(home: true, results: results)
        let ids = { (items: [GridItem]) in items.map(\.checkId) }

        #expect(ids(grid.row(.header).strengths) == ["header.logo", "header.navigation", "header.social", "header.cta"])
        #expect(ids(grid.row(.header).weaknesses) == ["header.search", "header.phone", "header.baseline"])
        #expect(ids(grid.row(.body).strengths) == ["body.h1", "body.media", "body.news", "body.testimonials"])
        #expect(ids(grid.row(.body).weaknesses) == ["body.chat", "body.newsletter"])
        #expect(ids(grid.row(.footer).strengths) == ["header.social", "footer.legal-links", "footer.contact"])
        #expect(ids(grid.row(.footer).weaknesses) == ["footer.legal-links", "footer.legal-links", "footer.sitemap"])
        #expect(ids(grid.row(.navigation).strengths) == ["nav.broken-links", "nav.https"])
        #expect(grid.row(.navigation).weaknesses.isEmpty)

        // The wording answers the exam question.
        let header = grid.row(.header)
        #expect(header.strengths.first?.text.fr == "Logo visible, lien vers l'accueil")
        #expect(header.weaknesses.first?.text.fr == "Pas de moteur de recherche interne")
        #expect(header.weaknesses.contains { $0.text.fr.hasPrefix("Téléphone peu visible") })
        #expect(grid.row(.footer).weaknesses.contains { $0.text.fr.contains("mentions légales") })

        // Zones of a div layout are found by id, and the evidence says so.
        let logo = try #require(results.first { $0.id == "header.logo" })
        #expect(logo.evidence.first?.selector?.contains("entete") == true)
        #expect(logo.data["zone_method"] == "id-class")
    }

    @Test func siteGridHasTheSiteWideItems() throws {
        let rules = try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)
        let results = StructureChecks.all.map { $0.run(AuditContext(snapshot: try! Self.snapshot(), rules: rules)) }
        let grid = StructureChecks.grid(home: false, results: results)
        #expect(grid.scope == .site)
        #expect(grid.row(.navigation).weaknesses.map(\.checkId).contains("nav.sitemap-xml"))
        #expect(grid.row(.navigation).strengths.map(\.checkId).contains("nav.depth"))
        #expect(grid.row(.body).strengths.map(\.checkId).contains("body.news"))
    }
}
