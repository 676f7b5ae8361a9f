import VigieCore

extension SiteView {
    /// Header of the legal table.
    private var legalHeader: [String] {
        [t(ReportStrings.item), t(ReportStrings.state), t(ReportStrings.valueFound), t(ReportStrings.page), t(ReportStrings.reference)]
    }

    /// One row of the legal table: what was found is the value read, else the message.
    private func legalRow(_ result: CheckResult) -> [String] {
        [title(result.id), Self.symbol(result.status), Self.value(result) ?? message(result), Self.firstPage(result), reference(result.id)]
    }

    func legalChecklist() -> [String] {
        var lines = heading(2, ReportStrings.legalChecklist)
        let legal = results(prefix: "legal.")
        if legal.isEmpty { return lines + [t(ReportStrings.noLegal)] }
        lines += [t(ReportStrings.legend), ""]
        lines += MarkdownTable.render(legalHeader, legal.map(legalRow))
        return lines
    }

    /// The legal checklist in the order of the BTS NDRC answer key, each row under its exam item; legal checks
    /// the key does not list follow.
    func examLegalChecklist() -> [String] {
        var lines = heading(2, ReportStrings.legalChecklist)
        lines += [t(ReportStrings.legend), ""]
        var used: Set<String> = []
        var rows: [[String]] = []
        for (item, ids) in ReportStrings.examLegalItems {
            let matched = ids.flatMap { id in
                id.hasSuffix(".") ? results(prefix: id) : audit.results.filter { $0.id == id }
            }
            if matched.isEmpty {
                rows.append([t(item), "", "?", t(ReportStrings.notChecked), "", ""])
            }
            for result in matched where !used.contains(result.id) {
                used.insert(result.id)
                rows.append([t(item)] + legalRow(result))
            }
        }
        for result in results(prefix: "legal.") where !used.contains(result.id) {
            rows.append([t(ReportStrings.examOther)] + legalRow(result))
        }
        lines += MarkdownTable.render([t(ReportStrings.examItem)] + legalHeader, rows)
        return lines
    }
}
