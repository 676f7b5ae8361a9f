import VigieCore

extension SiteView {
    /// Header of the legal table.
    private var legalHeader: [String] {
        [t(ReportStrings.item), t(ReportStrings.state), t(ReportStrings.valueFound), t(ReportStrings.page), t(ReportStrings.reference)]
    }

    /// One row of the legal table: the finding, its status in words, for a pass the value read (otherwise the
    /// message, which says what is wrong with it), the page and the reference.
    private func legalRow(_ result: CheckResult) -> [String] {
        let shown = result.status == .pass ? result.value.map(quote) ?? message(result) : message(result)
        return [heading(result), statusText(result.status), shown, firstPage(result), reference(result.id)]
    }

    /// The legal module, section by section (notice, sales, privacy), checks that do not apply left to the appendix.
    func legalTables() -> [String] {
        var lines: [String] = []
        let sections = sections(of: .legal)
        if sections.isEmpty { return [t(ReportStrings.noLegal)] }
        for section in sections {
            let shown = section.results.filter { $0.status != .na }
            guard !shown.isEmpty else { continue }
            lines += heading(3, section.section.title)
            lines += MarkdownTable.render(legalHeader, shown.map(legalRow))
        }
        return lines
    }

    /// The legal checklist of the profile (the BTS NDRC answer key), in its order: each item and the checks that
    /// answer it; an item no check answered reads « non contrôlé »; legal checks the list does not name follow.
    func examChecklist() -> [String] {
        var lines = heading(2, ReportStrings.legalChecklist)
        lines += assumptions(of: .legal).map { words($0) } + (assumptions(of: .legal).isEmpty ? [] : [""])
        var used: Set<String> = []
        var rows: [[String]] = []
        for item in audit.checklist {
            let matched = results(matching: item.checks).filter { !used.contains($0.id) }
            if matched.isEmpty {
                rows.append([words(item.item), t(ReportStrings.notChecked), statusText(.unknown), "", "", ""])
            }
            for result in matched {
                used.insert(result.id)
                rows.append([words(item.item)] + legalRow(result))
            }
        }
        for result in results(of: .legal) where !used.contains(result.id) && result.status != .na {
            rows.append([t(ReportStrings.examOther)] + legalRow(result))
        }
        lines += MarkdownTable.render([t(ReportStrings.examItem)] + legalHeader, rows)
        return lines
    }
}
