import Foundation
import Testing
import VigieCore
@testable import VigieReport

@Suite struct MarkdownRendererTests {
    static let cmark = Testing.ConditionTrait.enabled(if: Tools.cmarkAvailable, "cmark-gfm is not installed (apt-get install cmark-gfm)")

    /// Every table of `markdown` has as many cells in each row as in its header, and GFM renders each as a table.
    static func expectWellFormedTables(_ markdown: String, minimum: Int) throws {
        let tables = MarkdownTables.tables(in: markdown)
        #expect(tables.count >= minimum)
        for table in tables {
            for (row, count) in table.rows.enumerated() {
                #expect(count == table.header, "row \(row + 1) of \(table.lines[0]): \(table.lines[row + 1])")
            }
        }
        let html = try Tools.gfm(markdown)
        #expect(html.components(separatedBy: "<table>").count - 1 == tables.count)
        #expect(HTMLSafety.problems(html).isEmpty, "\(HTMLSafety.problems(html))")
        // each rendered row has the header's number of cells
        for (table, source) in zip(html.components(separatedBy: "<table>").dropFirst(), tables) {
            let rows = table.components(separatedBy: "</table>")[0].components(separatedBy: "<tr>").dropFirst()
            for row in rows {
                let cells = row.components(separatedBy: "<th").count - 1 + row.components(separatedBy: "<td").count - 1
                #expect(cells == source.header)
            }
        }
    }

    @Test(cmark) func frenchReportRendersWithGFMWithoutLeakingPageMarkup() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        try Self.expectWellFormedTables(markdown, minimum: 10)
        let html = try Tools.gfm(markdown)
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<h1>titre"))
    }

    @Test(cmark) func examAndEnglishReportsRenderToo() throws {
        try Self.expectWellFormedTables(MarkdownRenderer.render(ReportFixtures.report(.en)), minimum: 10)
        try Self.expectWellFormedTables(MarkdownRenderer.render(ReportFixtures.report(profile: "bts-ndrc")), minimum: 8)
    }

    @Test func headerSaysWhatLimitedTheCrawl() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.hasPrefix("# Audit du site www.atelier-dupont.fr\n"))
        #expect(markdown.contains("- **Pages explorées** : 7 (dont 5 pages HTML, 1 erreur(s) de transfert)"))
        #expect(markdown.contains("- **Durée** : 3,2 s"))
        #expect(markdown.contains("limite du nombre de pages atteinte"))
        #expect(markdown.contains("--max-pages 7"))
        #expect(markdown.contains("robots.txt ignoré à la demande (--ignore-robots)"))
        #expect(markdown.contains("- **Version de Vigie** : 0.1.0"))
        #expect(markdown.contains("  - CGV non requises : aucun signe de vente en ligne."))
    }

    @Test func topActionsAreRankedBySeverityThenReach() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        let section = try #require(markdown.components(separatedBy: "### Les actions prioritaires\n\n").last?
            .components(separatedBy: "\n\n").first)
        let lines = section.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines[0].hasPrefix("1. ❌ **Aucun traceur avant consentement** (erreur, 5 page(s)) — Corriger"))
        #expect(lines[1].hasPrefix("2. ❌ **Aucun lien cassé** (erreur, 2 page(s))"))
        // all errors come before the first warning, fails before warns within a severity
        let severities = lines.map { $0.contains("(erreur") ? 0 : $0.contains("(avertissement") ? 1 : 2 }
        #expect(severities == severities.sorted())
        #expect(lines[7].contains("❌ **Zoom autorisé** (avertissement, 6 page(s))"))
        #expect(lines[8].contains("⚠️ **Un seul titre h1**"))
        #expect(markdown.contains("| Nombre | 7 | 2 | 2 |"))
    }

    @Test func summaryAloneStopsAfterTheTopActions() {
        let summary = MarkdownRenderer.renderSummary(ReportFixtures.report())
        #expect(summary.hasPrefix("# Audit du site www.atelier-dupont.fr\n"))
        #expect(summary.contains("### Les actions prioritaires"))
        #expect(!summary.contains("## Mentions légales et obligations"))
        #expect(MarkdownRenderer.renderSummary(ReportFixtures.report(), site: 1) == "")
    }

    @Test func legalChecklistShowsValuePageAndReference() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.contains("| Numéro SIREN valide | ✅ | 732829320 | https://www.atelier-dupont.fr/mentions-legales | Code de commerce R123-237 |"))
        #expect(markdown.contains("| Téléphone de l'hébergeur | ❌ | Téléphone de l'hébergeur absent. | https://www.atelier-dupont.fr/mentions-legales | LCEN art. 1-1 |"))
        #expect(markdown.contains("| Conditions générales de vente | — |"))
    }

    @Test func cookiesSectionListsTrackersAndCookies() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.contains("| Google Analytics | Google | analytics | oui | non | https://www.atelier-dupont.fr/, https://www.atelier-dupont.fr/services, https://www.atelier-dupont.fr/contact et 2 autre(s) |"))
        #expect(markdown.contains("| \\_ga | .atelier-dupont.fr | 13 mois | non | https://www.atelier-dupont.fr/ |"))
        #expect(markdown.contains("- ❌ Aucun outil de consentement alors que Google Analytics est chargé."))
    }

    @Test func callsToActionAreListedWithTheirZone() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.contains("| Page | Libellé | Cible | Zone |\n"))
        #expect(markdown.contains("| https://www.atelier-dupont.fr/ | Demander un devis | /contact | en-tête |\n"))
        #expect(markdown.contains("| javascript:alert(1) | contenu |\n"))
        #expect(MarkdownRenderer.render(ReportFixtures.report(.en)).contains("| https://www.atelier-dupont.fr/ | Demander un devis | /contact | header |\n"))
        // listed by two checks, shown once; the page count when a check gives it
        var audit = ReportFixtures.audit()
        let cta: JSONValue = ["page": "https://www.atelier-dupont.fr/", "label": "Demander un devis", "target": "/contact", "zone": "header", "pages": 6]
        audit.results.append(ReportFixtures.result("cta.coverage", .pass, "Couverture.", data: ["ctas": [cta]]))
        let counted = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(counted.components(separatedBy: "| Demander un devis | /contact |").count - 1 == 1)
        #expect(counted.contains("| Page | Libellé | Cible | Zone | Pages |"))
    }

    @Test func absentDataIsTolerated() {
        var audit = ReportFixtures.audit()
        audit.results = [ReportFixtures.result("cookies.trackers", .info, "Rien."), ReportFixtures.result("cta.home", .fail, "Aucun appel.")]
        audit.snapshot.cookies = []
        audit.snapshot.pages = []
        let markdown = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(markdown.contains("Aucun traceur tiers repéré dans les pages lues."))
        #expect(markdown.contains("Aucun cookie déposé par les réponses HTTP lues."))
        #expect(markdown.contains("Aucun lien cassé parmi les pages lues."))
        #expect(markdown.contains("Aucun contrôle de mentions légales n'a été exécuté."))
        #expect(markdown.contains("Aucun contrôle de l'en-tête, du corps, du pied de page ou de la navigation n'a donné de résultat."))
        #expect(MarkdownRenderer.render(ReportFixtures.report(sites: [audit]), site: 3) == "")
        audit.snapshot.mode = .directory
        let folder = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(folder.contains("- **Dossier** : http://www.atelier-dupont.fr\n"))
        #expect(!folder.contains("Adresse après redirection"))
        #expect(folder.contains("Audit d'un dossier : pas de réponse HTTP, donc pas de cookie à examiner."))
        #expect(folder.contains("lecture d'un dossier local : les faits HTTP (en-têtes, cookies, redirections) sont absents"))
    }

    @Test func gridSeparatesHomePageFromSite() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        let home = try #require(markdown.components(separatedBy: "### Page d'accueil\n").last?.components(separatedBy: "### Ensemble du site").first)
        let site = try #require(markdown.components(separatedBy: "### Ensemble du site\n").last?.components(separatedBy: "## Navigation").first)
        #expect(home.contains("| En-tête | Logo visible, lien vers l'accueil · Téléphone cliquable en haut de page | — |"))
        #expect(home.contains("| Corps de page | Un seul titre h1 · Témoignages clients | — |"))
        #expect(home.contains("| Pied de page | Lien vers les mentions légales | Pas de lien vers la politique de confidentialité |"))
        #expect(home.contains("| Navigation | — | Lien cassé vers le plan du site \\| \\!\\[x\\](http://evil) |"))
        #expect(site.contains("| Corps de page | Témoignages clients | 1 page sans titre h1 |"))
        #expect(site.contains("| Pied de page | — | Pas de lien vers la politique de confidentialité |"))
    }

    @Test func navigationShowsBrokenLinksWithReferrersRedirectsAndDeepPages() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.contains("| https://www.atelier-dupont.fr/plan-du-site | 404 | https://www.atelier-dupont.fr/, https://www.atelier-dupont.fr/services |"))
        #expect(markdown.contains("| https://www.atelier-dupont.fr/ancien | 2 (301 → 302) (chaîne) | https://www.atelier-dupont.fr/services |"))
        #expect(markdown.contains("| https://www.atelier-dupont.fr/a/b/c/d | 4 |"))
        #expect(markdown.contains("| https://www.atelier-dupont.fr/panne | — | 2 |"))
    }

    @Test func englishReportHasNoFrenchFixedWording() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report(.en))
        #expect(markdown.hasPrefix("# Website audit www.atelier-dupont.fr\n"))
        for french in ["Synthèse", "Points forts", "Annexe", "Mentions légales et", "Durée", "non conforme", "Liens cassés", "Légende"] {
            #expect(!markdown.contains(french), "\(french)")
        }
        #expect(markdown.contains("- **Duration**: 3.2 s"))
        #expect(markdown.contains("EN Téléphone de l'hébergeur absent."))
        #expect(markdown.contains("| Zone | Strengths | Weaknesses |"))
        #expect(markdown.contains("| Header | EN Logo visible, lien vers l'accueil · EN Téléphone cliquable en haut de page | — |"))
    }

    @Test func examProfileFollowsTheAnswerKey() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report(profile: "bts-ndrc"))
        #expect(markdown.hasPrefix("# Audit du site — grille BTS NDRC www.atelier-dupont.fr"))
        let legal = try #require(markdown.range(of: "## Mentions légales et obligations"))
        let grid = try #require(markdown.range(of: "## Points forts et points faibles"))
        let progress = try #require(markdown.range(of: "## Axes de progression"))
        #expect(legal.lowerBound < grid.lowerBound && grid.lowerBound < progress.lowerBound)
        #expect(!markdown.contains("### Les actions prioritaires"))
        // the exam's items in its order
        let name = try #require(markdown.range(of: "| Dénomination sociale | Dénomination sociale | ✅ |"))
        let host = try #require(markdown.range(of: "| Hébergeur (nom, adresse, téléphone) | Téléphone de l'hébergeur | ❌ |"))
        let rcs = try #require(markdown.range(of: "| Numéro RCS | Numéro SIREN valide | ✅ |"))
        let cookies = try #require(markdown.range(of: "| Cookies : information, consentement, refus | Outil de consentement | ❌ |"))
        #expect(name.lowerBound < host.lowerBound && host.lowerBound < rcs.lowerBound && rcs.lowerBound < cookies.lowerBound)
        #expect(markdown.contains("| Adresse du siège |   | ? | non contrôlé |   |   |"))
        #expect(markdown.contains("| Autres obligations | Page de mentions légales | ✅ |"))
        // every failing check is an axis, with its remedy
        let axes = try #require(markdown.components(separatedBy: "## Axes de progression\n\n").last?.components(separatedBy: "\n\n").first)
        #expect(axes.split(separator: "\n").count == 11)
        #expect(axes.contains("❌ **Téléphone de l'hébergeur** (erreur) — Corriger : Téléphone de l'hébergeur avec \\<title\\> propre."))
    }

    @Test func examProfileLeavesOutModulesThatDidNotRun() {
        var audit = ReportFixtures.audit(profile: "bts-ndrc")
        audit.results.removeAll { $0.id.hasPrefix("cookies.") || $0.id.hasPrefix("cta.") }
        let markdown = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(!markdown.contains("## Cookies et traceurs"))
        #expect(!markdown.contains("## Appels à l'action"))
        #expect(markdown.contains("## Affichage mobile (responsive)"))
        #expect(markdown.contains("| Cookies : information, consentement, refus |   | ? | non contrôlé |   |   |"))
    }

    /// Writes the fixture reports and reads them back (`VIGIE_DUMP=/tmp/x.md` keeps them there for a look by hand).
    @Test func writtenReportsReadBackIdentical() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = ProcessInfo.processInfo.environment["VIGIE_DUMP"] ?? folder.appendingPathComponent("fixture.md").path
        let reports = [
            path: MarkdownRenderer.render(ReportFixtures.report()),
            path + ".exam.md": MarkdownRenderer.render(ReportFixtures.report(.en, profile: "bts-ndrc")),
            path + ".cmp.md": ComparisonRenderer.render(ReportFixtures.report(sites: [ReportFixtures.audit(), ReportFixtures.audit(host: "concurrent.example")])),
        ]
        for (file, text) in reports {
            try ReportWriter.write(text, to: file)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        }
    }
}
