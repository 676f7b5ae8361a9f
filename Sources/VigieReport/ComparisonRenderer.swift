import VigieCore

/// Several sites side by side: one column per site, one row per score and per check, then the
/// strengths and weaknesses grids zone by zone. With the `bts-ndrc` profile the legal rows follow the exam's order.
public enum ComparisonRenderer {
    /// The column headings: each site's label, numbered when two are the same (the same URL given twice).
    static func distinct(_ labels: [String]) -> [String] {
        labels.enumerated().map { index, label in
            labels.filter { $0 == label }.count > 1 ? label + " (\(index + 1))" : label
        }
    }

    public static func render(_ report: AuditReport) -> String {
        let lang = report.language
        let views = report.sites.map { SiteView($0, catalog: report.catalog, lang: lang) }
        guard let first = views.first else { return "" }
        func t(_ text: Localized) -> String { text.text(lang) }
        let columns = distinct(views.map { MarkdownText.escape(ReportWriter.siteLabel(of: $0.snapshot)) })
        var out = ["# " + t(ReportStrings.comparisonTitle), ""]
        out.append(first.field(ReportStrings.date, MarkdownText.escape(report.generatedAt)))
        out.append(first.field(ReportStrings.version, MarkdownText.escape(report.toolVersion)))
        for view in views {
            let crawl = view.snapshot.crawl
            out.append(first.field(ReportStrings.site, MarkdownText.escape(view.snapshot.startURL) + " — "
                                   + t(ReportStrings.pagesLine(crawl.pagesFetched, crawl.htmlPages, crawl.errors))
                                   + ", " + t(ReportStrings.stop(crawl.stoppedBy))))
        }
        out += ["", t(ReportStrings.comparisonIntro)]

        out += first.heading(2, ReportStrings.scores)
        let modules = orderedUnion(views.map { $0.moduleList.map(\.rawValue) }).compactMap(CheckModule.init(rawValue:))
        var scoreRows = [[t(ReportStrings.overall)] + views.map { "**" + SiteView.score($0.audit.scores.overall) + "**" }]
        scoreRows += modules.map { module in
            [t(module.title)] + views.map { view in view.score(of: module) }
        }
        let counts = Severity.allCases.map { severity in
            [t(ReportStrings.severityPlural(severity))] + views.map { view in String(view.failing.filter { $0.severity == severity }.count) }
        }
        out += MarkdownTable.render([t(ReportStrings.score)] + columns, scoreRows + counts)

        out += first.heading(2, ReportStrings.checksRow)
        let ids = checkOrder(views)
        var rows: [[String]] = []
        for id in ids {
            let cells = views.map { view in view.audit.result(id).map { view.statusText($0.status) } ?? "" }
            let item = views.lazy.compactMap { $0.audit.checklist.first { $0.checks.contains { CheckPattern($0).matches(id, module: first.moduleOf(id)) } } }.first
            rows.append([(item.map { first.words($0.item) + " — " } ?? "") + first.title(id) + " (" + MarkdownText.escape(id) + ")"] + cells)
        }
        out += MarkdownTable.render([t(ReportStrings.check)] + columns, rows)

        out += first.heading(2, ReportStrings.grids)
        for (label, homeOnly) in [(ReportStrings.gridHome, true), (ReportStrings.gridSite, false)] {
            out += ["### " + t(label), ""]
            let grids = views.map { ZoneGrid($0, homeOnly: homeOnly) }
            var gridRows: [[String]] = []
            for (index, zone) in GridZone.allCases.enumerated() {
                gridRows.append([t(zone.title)] + grids.map { grid in
                    let row = grid.rows[index]
                    return ZoneGrid.cell(row.strengths.map { "✅ " + $0 } + row.weaknesses.map { "❌ " + $0 })
                })
            }
            out += MarkdownTable.render([t(ReportStrings.zone)] + columns, gridRows)
            out.append("")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Check ids in report order: the items of a profile's checklist first (the exam's legal items), then every
    /// other check in catalogue order.
    private static func checkOrder(_ views: [SiteView]) -> [String] {
        guard let first = views.first else { return [] }
        let results = views.flatMap(\.audit.results)
        var seen: Set<String> = []
        let unique = results.filter { seen.insert($0.id).inserted }.sorted(by: first.catalogueOrder)
        let listed = views.flatMap(\.audit.checklist).flatMap(\.checks).flatMap { pattern in
            unique.filter { CheckPattern(pattern).matches($0.id, module: first.moduleOf($0)) }.map(\.id)
        }
        return orderedUnion([listed, unique.map(\.id)])
    }

    private static func orderedUnion(_ lists: [[String]]) -> [String] {
        var seen: Set<String> = []
        return lists.flatMap { $0 }.filter { seen.insert($0).inserted }
    }
}
