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
        out += ["", t(ReportStrings.comparisonIntro), "", t(ReportStrings.legend)]

        out += first.heading(2, ReportStrings.scores)
        let modules = orderedUnion(views.map(\.modules))
        var scoreRows = [[t(ReportStrings.overall)] + views.map { "**" + SiteView.score($0.audit.scores.overall) + "**" }]
        scoreRows += modules.map { module in
            [t(ReportStrings.module(module))] + views.map { view in view.audit.scores.modules[module].map(SiteView.score) ?? "—" }
        }
        let counts = Severity.allCases.map { severity in
            [t(ReportStrings.severityPlural(severity))] + views.map { view in String(view.failing.filter { $0.severity == severity }.count) }
        }
        out += MarkdownTable.render([t(ReportStrings.score)] + columns, scoreRows + counts)

        out += first.heading(2, ReportStrings.checksRow)
        let ids = checkOrder(report, views: views)
        let exam = views.contains { $0.audit.profileName == MarkdownRenderer.examProfile }
        var rows: [[String]] = []
        for id in ids {
            let cells = views.map { view in view.audit.result(id).map { SiteView.symbol($0.status) } ?? "" }
            let item = exam ? examItem(of: id).map { t($0) + " — " } ?? "" : ""
            rows.append([item + first.title(id) + " (" + MarkdownText.escape(id) + ")"] + cells)
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

    /// Check ids in report order: with the exam profile, the exam's legal items first; then every other id in the
    /// order the sites give them.
    private static func checkOrder(_ report: AuditReport, views: [SiteView]) -> [String] {
        let all = orderedUnion(views.map { $0.audit.results.map(\.id) })
        guard views.contains(where: { $0.audit.profileName == MarkdownRenderer.examProfile }) else { return all }
        let exam = ReportStrings.examLegalItems.flatMap(\.ids).flatMap { id in
            id.hasSuffix(".") ? all.filter { $0.hasPrefix(id) } : all.filter { $0 == id }
        }
        return orderedUnion([exam, all])
    }

    /// The exam item a check answers, when the BTS NDRC answer key lists it.
    private static func examItem(of id: String) -> Localized? {
        ReportStrings.examLegalItems.first { entry in
            entry.ids.contains { $0.hasSuffix(".") ? id.hasPrefix($0) : id == $0 }
        }?.item
    }

    private static func orderedUnion(_ lists: [[String]]) -> [String] {
        var seen: Set<String> = []
        return lists.flatMap { $0 }.filter { seen.insert($0).inserted }
    }
}
