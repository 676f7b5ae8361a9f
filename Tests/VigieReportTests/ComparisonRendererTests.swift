import Foundation
import Testing
import VigieCore
@testable import VigieReport

@Suite struct ComparisonRendererTests {
    static func twoSites(profile: String = "default") -> AuditReport {
        var rival = ReportFixtures.audit(host: "concurrent.example", profile: profile)
        rival.results = rival.results.map { result in
            var changed = result
            if result.id == "legal.host.phone" { changed.status = .pass }
            return changed
        }.filter { $0.id != "body.testimonials" }
        rival.scores.overall = 80
        return ReportFixtures.report(sites: [ReportFixtures.audit(profile: profile), rival])
    }

    @Test(.enabled(if: Tools.cmarkAvailable, "cmark-gfm is not installed (apt-get install cmark-gfm)"))
    func oneColumnPerSiteAndWellFormedTables() throws {
        let markdown = ComparisonRenderer.render(Self.twoSites())
        try MarkdownRendererTests.expectWellFormedTables(markdown, minimum: 4)
        #expect(markdown.contains("| Score | www.atelier-dupont.fr | concurrent.example |"))
        #expect(markdown.contains("| Score global | **61/100** | **80/100** |"))
        #expect(markdown.contains("| Téléphone de l'hébergeur (legal.host.phone) | ❌ non conforme | ✅ conforme |"))
        #expect(markdown.contains("| Témoignages clients (body.testimonials) | ✅ conforme |   |"))
        #expect(markdown.contains("| Conditions générales de vente (legal.terms-of-sale) | — sans objet | — sans objet |"))
        #expect(markdown.contains("| Erreurs | 7 | 6 |"))
        #expect(markdown.contains("| Pied de page | ✅ Lien vers les mentions légales · ❌ Pas de lien vers la politique de confidentialité | ✅ Lien vers les mentions légales · ❌ Pas de lien vers la politique de confidentialité |"))
    }

    @Test func examProfilePutsTheExamItemsFirst() throws {
        let markdown = ComparisonRenderer.render(Self.twoSites(profile: "bts-ndrc"))
        let name = try #require(markdown.range(of: "| Dénomination sociale — Dénomination sociale (legal.publisher.name) | ✅ conforme | ✅ conforme |"))
        let notice = try #require(markdown.range(of: "| Page de mentions légales (legal.notice-page)"))
        let phone = try #require(markdown.range(of: "| Hébergeur (nom, adresse, téléphone) — Téléphone de l'hébergeur (legal.host.phone) | ❌ non conforme | ✅ conforme |"))
        #expect(name.lowerBound < phone.lowerBound && phone.lowerBound < notice.lowerBound)
        #expect(ComparisonRenderer.render(ReportFixtures.report(sites: [])) == "")
    }
}
