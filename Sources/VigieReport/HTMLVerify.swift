import VigieCore

extension SiteView {
    /// « À vérifier »: what the audit could not decide, each with how to verify it by hand (nothing when all was decided).
    func htmlVerify() -> [String] {
        let points = pointsToVerify
        guard !points.isEmpty else { return [] }
        var out = ["<section class=\"sheet\" id=\"verify\">",
                   "<header class=\"section-head\"><h2>" + t(ReportStrings.toVerify) + "</h2>"
                     + "<p class=\"section-score\">" + t(ReportStrings.toVerifyCount(points.count)) + "</p></header>",
                   "<ol class=\"verify\">"]
        for point in points {
            out.append("<li class=\"st-unknown\">" + pill(.unknown) + " <strong>" + words(point.title) + "</strong>"
                       + "<p class=\"check-message\">" + message(point.result) + "</p>"
                       + "<p class=\"how\"><b>" + t(ReportStrings.howToVerify) + "</b>" + (lang == .fr ? "\u{00A0}: " : ": ") + words(point.how) + "</p></li>")
        }
        return out + ["</ol>", "</section>"]
    }

    /// The tables the checks of `module` made (trackers, cookies, calls to action…), the same ones merged.
    func htmlResultTables(_ module: CheckModule) -> [String] {
        mergedTables(results(of: module).compactMap(\.table)).flatMap { table -> [String] in
            var out = ["<h3>" + words(table.title) + "</h3>", "<table class=\"data\">",
                       "<thead><tr>" + table.columns.map { "<th>" + words($0) + "</th>" }.joined() + "</tr></thead>", "<tbody>"]
            for row in table.rows {
                let cells = row.enumerated().map { column, cell -> String in
                    let text = cell.text(lang)
                    let shown = table.quoted.contains(column) && !text.isEmpty ? "<q>" + escape(text) + "</q>" : escape(text)
                    return "<td>" + shown + "</td>"
                }
                out.append("<tr>" + cells.joined() + "</tr>")
            }
            return out + ["</tbody>", "</table>"]
        }
    }
}
