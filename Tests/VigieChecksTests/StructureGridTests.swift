import Testing
import VigieStructureChecks
import VigieCore

/// The grid builder of VigieCore reads the `grid_*` keys that the structure checks write.
@Suite struct StructureGridTests {
    private func result(_ id: String, home: [JSONValue], site: [JSONValue] = []) -> CheckResult {
        CheckResult(id: id, status: .pass, severity: .notice, message: Localized(fr: "x", en: "x"),
                    data: ["grid_zone": "header", "grid_home": .array(home), "grid_site": .array(site)])
    }

    @Test func buildsRowsPerZoneInResultOrder() {
        let results = [
            result("header.logo", home: [AuditGrid.item(.header, .strength, Localized(fr: "Logo visible, lien vers l'accueil", en: "Visible logo"))]),
            result("header.search", home: [AuditGrid.item(.header, .weakness, Localized(fr: "Pas de moteur de recherche interne", en: "No search"))]),
            result("footer.legal-links", home: [
                AuditGrid.item(.footer, .strength, Localized(fr: "Lien vers les CGV en pied de page", en: "CGV")),
                AuditGrid.item(.footer, .weakness, Localized(fr: "Pas de lien vers les mentions légales (obligatoires)", en: "No legal notice")),
            ], site: [AuditGrid.item(.footer, .weakness, Localized(fr: "site", en: "site"))]),
            CheckResult(id: "page.lang", status: .fail, severity: .warning, message: Localized(fr: "x", en: "x")),
        ]
        let home = AuditGrid.build(.home, results: results)
        #expect(home.rows.map(\.zone) == [.header, .body, .footer, .navigation])
        #expect(home.row(.header).strengths.map(\.checkId) == ["header.logo"])
        #expect(home.row(.header).weaknesses.map(\.text.fr) == ["Pas de moteur de recherche interne"])
        #expect(home.row(.footer).strengths.map(\.checkId) == ["footer.legal-links"])
        #expect(home.row(.footer).weaknesses.map(\.checkId) == ["footer.legal-links"])
        #expect(home.row(.body).strengths.isEmpty && home.row(.navigation).weaknesses.isEmpty)

        let site = StructureChecks.grid(home: false, results: results)
        #expect(site.scope == .site)
        #expect(site.row(.footer).weaknesses.map(\.text.en) == ["site"])
        #expect(site.row(.header).strengths.isEmpty)
    }

    @Test func skipsMalformedItems() {
        let results = [result("header.logo", home: [
            .object(["zone": "sidebar", "kind": "strength", "fr": "a", "en": "a"]),
            .object(["zone": "header", "kind": "maybe", "fr": "a", "en": "a"]),
            .object(["zone": "header", "kind": "strength", "fr": "a"]),
            "not an object",
            AuditGrid.item(.body, .weakness, Localized(fr: "ok", en: "ok")),
        ])]
        let grid = AuditGrid.build(.home, results: results)
        #expect(grid.rows.flatMap { $0.strengths + $0.weaknesses }.map(\.text.fr) == ["ok"])
    }
}
