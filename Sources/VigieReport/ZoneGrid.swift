import VigieCore

/// The strengths and weaknesses grid (Zone | Points forts | Points faibles) drawn from the structure results:
/// a `pass` of a `header.*`, `body.*`, `footer.*` or `nav.*` check is a strength of its zone, a `fail` or `warn`
/// a weakness, each named by the check's title.
struct ZoneGrid {
    /// One zone's line; strengths and weaknesses are escaped titles.
    struct Row {
        var zone: String
        var strengths: [String]
        var weaknesses: [String]
    }

    static let zones = ["header", "body", "footer", "nav"]

    let rows: [Row]

    /// The grid of the whole site, or of the home page only: a page-level check that fails elsewhere but whose
    /// evidence does not name the home page counts as a strength of the home page.
    init(_ view: SiteView, homeOnly: Bool) {
        let homeURLs: Set<String> = [view.snapshot.homeURL, view.snapshot.startURL]
        rows = Self.zones.map { zone in
            var row = Row(zone: zone, strengths: [], weaknesses: [])
            for result in view.results(prefix: zone + ".") {
                let name = view.title(result.id)
                switch result.status {
                case .pass:
                    row.strengths.append(name)
                case .fail, .warn:
                    let pageLevel = result.data["pages_total"] != nil
                    let namesHome = result.evidence.contains { homeURLs.contains($0.url) }
                    if homeOnly && pageLevel && !namesHome {
                        row.strengths.append(name)
                    } else if homeOnly || !pageLevel {
                        row.weaknesses.append(name)
                    } else {
                        row.weaknesses.append(name + " (" + view.t(ReportStrings.reach(SiteView.reach(result))) + ")")
                    }
                case .info, .na, .unknown:
                    break
                }
            }
            return row
        }
    }

    /// No strength and no weakness in any zone (no structure check ran, or none decided).
    var isEmpty: Bool { rows.allSatisfy { $0.strengths.isEmpty && $0.weaknesses.isEmpty } }

    /// Markdown lines of the grid table.
    func table(_ view: SiteView) -> [String] {
        MarkdownTable.render(
            [view.t(ReportStrings.zone), view.t(ReportStrings.strengths), view.t(ReportStrings.weaknesses)],
            rows.map { row in
                [view.t(ReportStrings.gridZone(row.zone)), Self.cell(row.strengths), Self.cell(row.weaknesses)]
            })
    }

    static func cell(_ items: [String]) -> String {
        items.isEmpty ? "—" : items.joined(separator: " · ")
    }
}
