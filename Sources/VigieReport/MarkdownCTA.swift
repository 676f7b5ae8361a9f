import VigieCore

extension SiteView {
    func ctaSection() -> [String] {
        var lines = heading(2, ReportStrings.ctas)
        let ctas = results(prefix: "cta.")
        lines += resultLines(ctas)
        // every call to action once, even when several checks list it (their facts merged)
        var found: [[String: JSONValue]] = []
        var index: [[String]: Int] = [:]
        for result in ctas {
            guard case .array(let items)? = result.data["ctas"] else { continue }
            for case .object(let cta) in items {
                let key = ["page", "label", "target", "zone"].map { cta[$0].flatMap(Self.plain) ?? "" }
                if let at = index[key] {
                    found[at].merge(cta) { kept, _ in kept }
                } else {
                    index[key] = found.count
                    found.append(cta)
                }
            }
        }
        if !found.isEmpty {
            let counted = found.contains { $0["pages"] != nil }
            lines += ["", "### " + t(ReportStrings.ctaFound), ""]
            lines += MarkdownTable.render(
                [t(ReportStrings.page), t(ReportStrings.label), t(ReportStrings.target), t(ReportStrings.zone)] + (counted ? [t(ReportStrings.pages)] : []),
                found.prefix(60).map { cta -> [String] in
                    let zone: String = cta["zone"]?.stringValue.flatMap(Zone.init(rawValue:)).map { t(ReportStrings.pageZone($0)) }
                        ?? cta["zone"].flatMap(Self.plain).map(MarkdownText.escape) ?? ""
                    var cells: [String] = ["page", "label", "target"].map { cta[$0].flatMap(Self.plain).map(MarkdownText.escape) ?? "" }
                    cells.append(zone)
                    if counted { cells.append(pagesCell(cta["pages"])) }
                    return cells
                })
        }
        return lines
    }

    func responsiveSection() -> [String] {
        heading(2, ReportStrings.responsive) + resultLines(results(prefix: "responsive."))
    }
}
