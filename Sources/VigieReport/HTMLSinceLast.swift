import VigieCore

extension SiteView {
    /// « Depuis le dernier audit » in the HTML report (`--compare-to`): the scores before and after, then the findings
    /// new, fixed and changed, and the count of the unchanged ones — the Markdown section's content, as a sheet.
    func htmlSinceLast() -> [String] {
        guard let diff = audit.sinceLast else { return [] }
        let numbers = DiffView(diff: diff, lang: lang, catalog: catalog)
        var out = ["<section class=\"sheet module\" id=\"since-last\">",
                   "<header class=\"section-head\">",
                   "<h2>" + t(ReportStrings.sinceLast) + "</h2>",
                   "<p class=\"section-score\">" + t(ReportStrings.comparedTo(escape(diff.beforeSite), escape(DiffView.date(diff.beforeDate)))) + "</p>",
                   "</header>",
                   "<table class=\"checks\">",
                   "<thead><tr><th>" + t(ReportStrings.module) + "</th><th>" + t(ReportStrings.before) + "</th><th>" + t(ReportStrings.after)
                     + "</th><th>" + t(ReportStrings.change) + "</th></tr></thead>",
                   "<tbody>"]
        for change in diff.scores {
            let name = change.module.map { t(CheckModule(rawValue: $0)?.title ?? .verbatim($0)) } ?? "<b>" + t(ReportStrings.overall) + "</b>"
            out.append("<tr><td>" + name + "</td><td>" + (change.before.map(numbers.number) ?? "—") + "</td><td>"
                       + (change.after.map(numbers.number) ?? "—") + "</td><td>" + (change.change.map(numbers.signed) ?? "—") + "</td></tr>")
        }
        out += ["</tbody>", "</table>"]
        if diff.new.isEmpty, diff.fixed.isEmpty, diff.changed.isEmpty { out.append("<p>" + t(ReportStrings.noChange) + "</p>") }
        let lists: [(Localized, [(before: CheckStatus?, finding: Finding)])] = [
            (ReportStrings.newFindings(diff.new.count), diff.new.map { (nil, $0) }),
            (ReportStrings.fixedFindings(diff.fixed.count), diff.fixed.map { (nil, $0) }),
            (ReportStrings.changedFindings(diff.changed.count), diff.changed.map { ($0.before.status, $0.after) }),
        ]
        for (heading, items) in lists where !items.isEmpty {
            out += ["<h3>" + t(heading) + "</h3>", "<ul class=\"evidence\">"]
            for item in items {
                let finding = item.finding
                var line = "<li>" + (item.before.map { pill($0) + " → " } ?? "") + pill(finding.status) + " <b>" + title(finding.key.check) + "</b> ("
                    + t(ReportStrings.severity(finding.severity)) + ")"
                if let evidence = finding.evidence {
                    line += " — " + pageLink(evidence.url)
                    if let excerpt = evidence.excerpt, !excerpt.isEmpty { line += " <q>" + escape(excerpt) + "</q>" }
                } else {
                    line += " — " + t(ReportStrings.wholeSite)
                }
                out.append(line + "</li>")
            }
            out.append("</ul>")
        }
        if !diff.unchanged.isEmpty { out.append("<p>" + t(ReportStrings.unchangedFindings(diff.unchanged.count)) + ".</p>") }
        return out + ["</section>"]
    }
}
