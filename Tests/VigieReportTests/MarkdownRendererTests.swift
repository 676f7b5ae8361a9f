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

    /// `text` with the French no-break space before « : » (as the report writes it).
    static func nb(_ text: String) -> String { text.replacingOccurrences(of: " : ", with: "\u{00A0}: ").replacingOccurrences(of: " ; ", with: "\u{00A0}; ") }

    @Test func headerSaysWhatWasReadAndWhatLimitedIt() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.hasPrefix("# Audit du site www.atelier-dupont.fr\n"))
        #expect(markdown.contains(Self.nb("- **Pages explorées** : 7 (dont 5 pages HTML, 1 erreur de transfert)")))
        #expect(markdown.contains(Self.nb("- **Durée** : 3,2 s")))
        #expect(markdown.contains("limite du nombre de pages atteinte"))
        #expect(markdown.contains("--max-pages 7"))
        #expect(markdown.contains("robots.txt ignoré à la demande (--ignore-robots)"))
        #expect(markdown.contains(Self.nb("- **Version de Vigie** : 0.1.0")))
    }

    @Test func summaryComesFirstAndApplicabilityGoesToTheAppendix() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        let order = ["## Synthèse", "### Les cinq actions prioritaires", "## Mentions légales — 60/100", "## Cookies et traceurs",
                     "## À vérifier", "## Plan d'action complet", "## Annexe A — Ce qui s'applique à ce site", "## Annexe B — Tous les contrôles",
                     "## Annexe C — Pages explorées"]
        let positions = try order.map { try #require(markdown.range(of: $0), "\($0)").lowerBound }
        #expect(positions == positions.sorted())
        let appendix = try #require(markdown.components(separatedBy: "## Annexe A — Ce qui s'applique à ce site\n\n").last)
        #expect(appendix.hasPrefix(Self.nb("- CGV non requises : aucun signe de vente en ligne.")))
        // the summary says how many points are left to verify, and the section lists them with how to verify
        #expect(markdown.contains(Self.nb("**À vérifier : 1 point que l'audit n'a pas pu décider (section « À vérifier »)**").replacingOccurrences(of: "« ", with: "«\u{00A0}").replacingOccurrences(of: " »", with: "\u{00A0}»")))
        #expect(markdown.contains("1. **Langue déclarée** — Langue non décidée.\n   - Comment vérifier\u{00A0}: Lire l'attribut lang de la balise \\<html\\>."))
        #expect(markdown.contains("| Bases des pages | 50/100 | 1 | 1 |"))
    }

    @Test func topActionsAreOnePerCauseAndAMissingObligationComesFirst() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        let section = try #require(markdown.components(separatedBy: "### Les cinq actions prioritaires\n\n").last?
            .components(separatedBy: "\n\n").first)
        let actions = section.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(actions.count == 5)
        #expect(actions[0].hasPrefix("1. ❌ **Pas de politique de confidentialité** (erreur, obligation absente) — Corriger"))
        // three failing consent checks are one action, their pages listed once
        #expect(actions[1].hasPrefix("2. ❌ **Soumettre les traceurs au consentement** (erreur, obligation sanctionnée, 5 pages) — Outil de consentement\u{00A0}; Traceurs chargés avant le consentement (5 pages)\u{00A0}; Aucun cookie avant consentement"))
        #expect(section.contains("   - Pages\u{00A0}: https://www.atelier-dupont.fr/"))
        #expect(actions[2].hasPrefix("3. ❌ **Téléphone de l'hébergeur introuvable** (erreur, obligation sanctionnée)"))
        #expect(markdown.components(separatedBy: "**Soumettre les traceurs au consentement**").count - 1 == 2)   // summary and plan
        // the plan goes on where the summary stops, and never lists a passing check
        let plan = try #require(markdown.components(separatedBy: "## Plan d'action complet\n\n").last?.components(separatedBy: "\n\n").first)
        #expect(plan.split(separator: "\n").filter { $0.first?.isNumber == true }.count == 9)
        #expect(plan.contains("❌ **Zoom autorisé** (avertissement, 6 pages)"))
        #expect(!plan.contains("Logo lié à l'accueil"))
    }

    @Test func summaryAloneStopsAfterTheTopActions() {
        let summary = MarkdownRenderer.renderSummary(ReportFixtures.report())
        #expect(summary.hasPrefix("# Audit du site www.atelier-dupont.fr\n"))
        #expect(summary.contains("### Les cinq actions prioritaires"))
        #expect(!summary.contains("## Mentions légales"))
        #expect(MarkdownRenderer.renderSummary(ReportFixtures.report(), site: 1) == "")
    }

    @Test func resultsAreHeadedByWhatWasFound() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.contains("| Numéro SIREN valide | ✅ conforme | «\u{00A0}732829320\u{00A0}» | https://www.atelier-dupont.fr/mentions-legales | Code de commerce R123-237 |"))
        #expect(markdown.contains("| Téléphone de l'hébergeur introuvable | ❌ non conforme | Téléphone de l'hébergeur absent. | https://www.atelier-dupont.fr/mentions-legales | LCEN art. 1-1 |"))
        #expect(markdown.contains("- ❌ non conforme — **Traceurs chargés avant le consentement (5 pages)** — Google Analytics est chargé avant tout consentement."))
        // a check that does not apply is left to the appendix
        #expect(!markdown.contains("| Conditions générales de vente | — sans objet |"))
    }

    @Test func cookiesSectionShowsTheTrackersTableAndTheCookies() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.contains("| Google Analytics | Google | https://www.atelier-dupont.fr/, https://www.atelier-dupont.fr/services, https://www.atelier-dupont.fr/contact et 2 autres |"))
        #expect(markdown.contains("| \\_ga | .atelier-dupont.fr | 13 mois | non | https://www.atelier-dupont.fr/ |"))
        #expect(markdown.contains("- ❌ non conforme — **Outil de consentement** — Aucun outil de consentement alors que Google Analytics est chargé."))
    }

    @Test func callsToActionAreListedWithTheirLabelQuoted() {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        #expect(markdown.contains("| Page | Libellé | Cible |\n"))
        #expect(markdown.contains("| https://www.atelier-dupont.fr/ | «\u{00A0}Demander un devis\u{00A0}» | /contact |\n"))
        #expect(MarkdownRenderer.render(ReportFixtures.report(.en)).contains("| https://www.atelier-dupont.fr/ | “Demander un devis” | /contact |\n"))
        // listed by two checks, shown once
        var audit = ReportFixtures.audit()
        audit.results.append(ReportFixtures.result("cta.vague-labels", .pass, "Couverture.").with(
            ReportFixtures.ctaTable([["https://www.atelier-dupont.fr/", "Demander un devis", "/contact"]])))
        let merged = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(merged.components(separatedBy: "Demander un devis\u{00A0}» | /contact |").count - 1 == 1)
    }

    @Test func absentDataIsTolerated() {
        var audit = ReportFixtures.audit()
        audit.results = [ReportFixtures.result("cookies.trackers", .info, "Rien."), ReportFixtures.result("cta.home", .fail, "Aucun appel.")]
        audit.snapshot.cookies = []
        audit.snapshot.pages = Array(audit.snapshot.pages.prefix(1))   // reached, nothing else
        let markdown = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(markdown.contains("- ℹ️ information — **Traceurs chargés** — Rien."))
        #expect(markdown.contains("1. ❌ **Appel à l'action en page d'accueil** (erreur)"))
        #expect(MarkdownRenderer.render(ReportFixtures.report(sites: [audit]), site: 3) == "")
        audit.snapshot.mode = .directory
        audit.results.append(ReportFixtures.result("cookies.prior-cookies", .na, "Dossier."))
        let folder = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(folder.contains(Self.nb("- **Dossier** : http://www.atelier-dupont.fr\n")))
        #expect(!folder.contains("Adresse après redirection"))
        #expect(folder.contains(Self.nb("Audit d'un dossier : pas de réponse HTTP, donc pas de cookie à examiner.")))
        #expect(folder.contains("lecture d'un dossier local\u{00A0}: les faits HTTP (en-têtes, cookies, redirections) sont absents"))
    }

    @Test func gridSeparatesHomePageFromSite() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report())
        let home = try #require(markdown.components(separatedBy: "#### Page d'accueil\n").last?.components(separatedBy: "#### Ensemble du site").first)
        let site = try #require(markdown.components(separatedBy: "#### Ensemble du site\n").last?.components(separatedBy: "### En-tête").first)
        #expect(home.contains("| En-tête | Logo visible, lien vers l'accueil · Téléphone cliquable en haut de page | — |"))
        #expect(home.contains("| Corps de page | Un seul titre h1 · Témoignages clients | — |"))
        #expect(home.contains("| Pied de page | Lien vers les mentions légales | Pas de lien vers la politique de confidentialité |"))
        #expect(home.contains("| Navigation | — | Lien cassé vers le plan du site \\| \\!\\[x\\](http://evil) |"))
        #expect(site.contains("| Corps de page | Témoignages clients | 1 page sans titre h1 |"))
        #expect(site.contains("| Pied de page | — | Pas de lien vers la politique de confidentialité |"))
    }

    @Test func aCheckWithAGridZoneButNoItemsIsInTheGridByItsHeading() throws {
        var audit = ReportFixtures.audit()
        audit.results.append(ReportFixtures.result("nav.depth", .pass, "Profondeur 2."))
        var catalog = ReportFixtures.catalog
        catalog["nav.depth"] = ReportFixtures.meta("nav.depth", .structure, .warning, "Pages à 3 clics", "Within 3 clicks")
            .titled(pass: .init(fr: "Pages à 3 clics au plus", en: "Pages within 3 clicks"), fail: .init(fr: "Pages trop profondes", en: "Pages too deep"))
            .placed(.navigation, zone: .navigation)
        let report = AuditReport(toolVersion: "0.1.0", generatedAt: "2026-11-22T18:00:05Z", language: .fr, sites: [audit], catalog: catalog)
        #expect(MarkdownRenderer.render(report).contains("| Navigation | Pages à 3 clics au plus | Lien cassé vers le plan du site"))
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
        for french in ["Synthèse", "Points forts", "Annexe", "Mentions légales —", "Durée", "non conforme", "Liens cassés", "Comment vérifier", "\u{00A0}"] {
            #expect(!markdown.contains(french), "\(french)")
        }
        #expect(markdown.contains("- **Duration**: 3.2 s"))
        #expect(markdown.contains("EN Téléphone de l'hébergeur absent."))
        #expect(markdown.contains("| Zone | Strengths | Weaknesses |"))
        #expect(markdown.contains("| Header | EN Logo visible, lien vers l'accueil · EN Téléphone cliquable en haut de page | — |"))
        #expect(markdown.contains("### The five top actions"))
    }

    @Test func examProfileFollowsTheAnswerKey() throws {
        let markdown = MarkdownRenderer.render(ReportFixtures.report(profile: "bts-ndrc"))
        #expect(markdown.hasPrefix("# Audit du site — grille BTS NDRC www.atelier-dupont.fr"))
        let summary = try #require(markdown.range(of: "## Synthèse"))
        let legal = try #require(markdown.range(of: "## Mentions légales et obligations"))
        let grid = try #require(markdown.range(of: "## Points forts et points faibles"))
        let progress = try #require(markdown.range(of: "## Axes de progression"))
        #expect(summary.lowerBound < legal.lowerBound && legal.lowerBound < grid.lowerBound && grid.lowerBound < progress.lowerBound)
        // the exam's items in its order
        let name = try #require(markdown.range(of: "| Dénomination sociale | Dénomination sociale | ✅ conforme |"))
        let host = try #require(markdown.range(of: "| Hébergeur (nom, adresse, téléphone) | Téléphone de l'hébergeur introuvable | ❌ non conforme |"))
        let rcs = try #require(markdown.range(of: "| Numéro RCS | Numéro SIREN valide | ✅ conforme |"))
        let cookies = try #require(markdown.range(of: "| Cookies\u{00A0}: information, consentement, refus | Outil de consentement | ❌ non conforme |"))
        #expect(name.lowerBound < host.lowerBound && host.lowerBound < rcs.lowerBound && rcs.lowerBound < cookies.lowerBound)
        #expect(markdown.contains("| Adresse du siège | non contrôlé | ? non décidé |   |   |   |"))
        #expect(markdown.contains("| Autres obligations | Page de mentions légales | ✅ conforme |"))
        // the axes are a list drawn from the failed checks, one per cause
        let axes = try #require(markdown.components(separatedBy: "## Axes de progression\n\n").last?.components(separatedBy: "\n\n").first)
        let lines = axes.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("- **") })
        #expect(lines.count == 9)
        #expect(axes.contains("- **Téléphone de l'hébergeur introuvable** — Corriger\u{00A0}: Téléphone de l'hébergeur avec \\<title\\> propre."))
        #expect(!markdown.contains("## Plan d'action complet"))
    }

    @Test func examProfileLeavesOutModulesThatDidNotRun() {
        var audit = ReportFixtures.audit(profile: "bts-ndrc")
        audit.results.removeAll { $0.id.hasPrefix("cookies.") || $0.id.hasPrefix("cta.") }
        let markdown = MarkdownRenderer.render(ReportFixtures.report(sites: [audit]))
        #expect(!markdown.contains("## Cookies et traceurs"))
        #expect(!markdown.contains("## Appels à l'action"))
        #expect(markdown.contains("## Mobile — 50/100"))
        #expect(markdown.contains("| Cookies\u{00A0}: information, consentement, refus | non contrôlé | ? non décidé |   |   |   |"))
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
