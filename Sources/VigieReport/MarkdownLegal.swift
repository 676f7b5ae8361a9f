import VigieCore

extension SiteView {
    /// Header of the legal table.
    private var legalHeader: [String] {
        [t(ReportStrings.item), t(ReportStrings.state), t(ReportStrings.valueFound), t(ReportStrings.page), t(ReportStrings.reference)]
    }

    /// One row of the legal table: for a pass, the value read; otherwise the message, which says what is
    /// wrong with it (an expected key, a PO box…).
    private func legalRow(_ result: CheckResult) -> [String] {
        let shown = result.status == .pass ? Self.value(result) ?? message(result) : message(result)
        return [title(result.id), Self.symbol(result.status), shown, Self.firstPage(result), reference(result.id)]
    }

    /// The legal checklist in reading order (the order of CHECKS.md: notice, publisher, host, sales,
    /// privacy, accessibility); ids not listed follow, by id.
    static let legalOrder = [
        "legal.notice-page", "legal.publisher.name", "legal.publisher.form", "legal.publisher.address", "legal.publisher.phone",
        "legal.publisher.email", "legal.publisher.capital", "legal.publisher.registration", "legal.publisher.siren", "legal.publisher.vat",
        "legal.publisher.ei-mention", "legal.publication-director", "legal.editor-in-chief", "legal.host.name", "legal.host.address",
        "legal.host.phone", "legal.anonymous-individual", "legal.terms-of-sale", "legal.cgv.price", "legal.cgv.delivery", "legal.cgv.payment",
        "legal.cgv.after-sales", "legal.cgv.withdrawal", "legal.withdrawal-function", "legal.termination-function", "legal.consumer-mediator",
        "legal.odr-link", "legal.terms-of-use", "legal.privacy-policy", "legal.privacy-rights", "legal.form-notice", "legal.accessibility",
    ]

    /// The legal results in `legalOrder`.
    var orderedLegal: [CheckResult] {
        let rank = Dictionary(uniqueKeysWithValues: Self.legalOrder.enumerated().map { ($1, $0) })
        return results(prefix: "legal.").enumerated()
            .sorted { (rank[$0.element.id] ?? Self.legalOrder.count + $0.offset) < (rank[$1.element.id] ?? Self.legalOrder.count + $1.offset) }
            .map(\.element)
    }

    /// Who the publisher was taken to be and whether it sells, as the legal module decided (the data of
    /// `legal.notice-page`), so the reader can correct it in `.vigie.yml`.
    func legalProfileLine() -> [String] {
        guard let notice = audit.results.first(where: { $0.id == "legal.notice-page" }),
              case .string(let kind)? = notice.data["publisher_kind"] else { return [] }
        var kindText = SiteProfile.Kind(rawValue: kind).map { t($0.label) } ?? t(Localized(fr: "non déterminé", en: "undetermined"))
        if case .string(let reason)? = notice.data["publisher_kind_reason"], !reason.isEmpty { kindText += " (« \(reason) »)" }
        var sellsText = notice.data["sells"] != .bool(true) ? t(Localized(fr: "non", en: "no"))
            : notice.data["sells_online"] == .bool(false) ? t(Localized(fr: "oui, sans commande en ligne", en: "yes, without an online order"))
            : t(Localized(fr: "oui, en ligne", en: "yes, online"))
        if case .string(let reason)? = notice.data["sells_reason"], !reason.isEmpty { sellsText += " (\(reason))" }
        kindText = MarkdownText.escape(kindText)
        sellsText = MarkdownText.escape(sellsText)
        let line = Localized(
            fr: "Profil retenu — éditeur : \(kindText) ; vente : \(sellsText). À corriger au besoin avec `site.kind` et `site.sells` dans .vigie.yml.",
            en: "Profile used — publisher: \(kindText); selling: \(sellsText). Correct it if needed with `site.kind` and `site.sells` in .vigie.yml.")
        return [t(line), ""]
    }

    func legalChecklist() -> [String] {
        var lines = heading(2, ReportStrings.legalChecklist)
        let legal = orderedLegal
        if legal.isEmpty { return lines + [t(ReportStrings.noLegal)] }
        lines += legalProfileLine()
        lines += [t(ReportStrings.legend), ""]
        lines += MarkdownTable.render(legalHeader, legal.map(legalRow))
        return lines
    }

    /// The legal checklist in the order of the BTS NDRC answer key, each row under its exam item; legal checks
    /// the key does not list follow.
    func examLegalChecklist() -> [String] {
        var lines = heading(2, ReportStrings.legalChecklist)
        lines += legalProfileLine()
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
        for result in orderedLegal where !used.contains(result.id) {
            rows.append([t(ReportStrings.examOther)] + legalRow(result))
        }
        lines += MarkdownTable.render([t(ReportStrings.examItem)] + legalHeader, rows)
        return lines
    }
}
