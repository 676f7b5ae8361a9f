import VigieCore

/// The strengths and weaknesses grid (Zone | Points forts | Points faibles) of the home page or of the whole site,
/// as the checks worded it (`AuditGrid` reads the `grid_home` / `grid_site` items of their results); texts escaped.
struct ZoneGrid {
    /// One zone's line; strengths and weaknesses are escaped texts in the report language.
    struct Row {
        var zone: GridZone
        var strengths: [String]
        var weaknesses: [String]
    }

    let rows: [Row]

    init(_ view: SiteView, homeOnly: Bool) {
        let grid = view.grid(home: homeOnly)
        rows = GridZone.allCases.map { zone in
            let row = grid.row(zone)
            return Row(zone: zone,
                       strengths: row.strengths.map { view.words($0.text) },
                       weaknesses: row.weaknesses.map { view.words($0.text) })
        }
    }

    /// No strength and no weakness in any zone (no structure check ran, or none decided).
    var isEmpty: Bool { rows.allSatisfy { $0.strengths.isEmpty && $0.weaknesses.isEmpty } }

    /// Markdown lines of the grid table.
    func table(_ view: SiteView) -> [String] {
        MarkdownTable.render(
            [view.t(ReportStrings.zone), view.t(ReportStrings.strengths), view.t(ReportStrings.weaknesses)],
            rows.map { row in
                [view.t(row.zone.title), Self.cell(row.strengths), Self.cell(row.weaknesses)]
            })
    }

    static func cell(_ items: [String]) -> String {
        items.isEmpty ? "—" : items.joined(separator: " · ")
    }
}
