import VigieCore

extension SiteView {
    /// Checks the cookies section shows in their own place.
    static let cookieSectionChecks: Set<String> = ["cookies.consent-tool", "cookies.trackers", "cookies.prior-cookies", "cookies.lifetime"]

    func cookiesSection() -> [String] {
        var lines = heading(2, ReportStrings.cookies)
        lines += ["### " + t(ReportStrings.consentTool), ""]
        if let tool = audit.result("cookies.consent-tool") {
            var line = "- " + Self.symbol(tool.status) + " " + message(tool)
            if let name = ["tool", "cmp", "name", "value"].lazy.compactMap({ tool.data[$0].flatMap(Self.plain) }).first {
                line += " (" + MarkdownText.escape(name) + ")"
            }
            lines.append(line)
            lines += tool.evidence.prefix(3).map { "  - " + evidenceLine($0) }
        } else {
            lines.append("- ? " + t(ReportStrings.notChecked))
        }
        lines += ["", "### " + t(ReportStrings.trackers), ""]
        lines += trackersTable()
        let others = results(prefix: "cookies.").filter { !Self.cookieSectionChecks.contains($0.id) }
        if !others.isEmpty {
            lines += ["", "### " + t(ReportStrings.otherChecks), ""]
            lines += resultLines(others)
        }
        lines += ["", "### " + t(ReportStrings.priorCookies), ""]
        lines += cookiesTable()
        return lines
    }

    /// The trackers of `cookies.trackers` `data["trackers"]`: objects {name, vendor, category, needs_consent, gated, pages}.
    private func trackersTable() -> [String] {
        let result = audit.result("cookies.trackers")
        guard case .array(let items)? = result?.data["trackers"], !items.isEmpty else {
            if let result, result.status != .pass, result.status != .info {
                return resultLines([result])
            }
            return [t(ReportStrings.noTrackers)]
        }
        let rows: [[String]] = items.compactMap { item in
            guard case .object(let tracker) = item else { return nil }
            func text(_ key: String) -> String { tracker[key].flatMap(Self.plain).map(MarkdownText.escape) ?? "" }
            return [text("name"), text("vendor"), text("category"), yesNo(tracker["needs_consent"]), yesNo(tracker["gated"]),
                    pagesCell(tracker["pages"])]
        }
        return MarkdownTable.render(
            [t(ReportStrings.name), t(ReportStrings.vendor), t(ReportStrings.category), t(ReportStrings.needsConsent),
             t(ReportStrings.gated), t(ReportStrings.pages)],
            rows)
    }

    private func yesNo(_ value: JSONValue?) -> String {
        guard case .bool(let flag)? = value else { return "?" }
        return t(flag ? ReportStrings.yes : ReportStrings.no)
    }

    /// A page list (or a count) in one cell: at most three URLs and how many more.
    func pagesCell(_ value: JSONValue?) -> String {
        switch value {
        case .array(let items)?:
            let urls = items.compactMap(\.stringValue)
            var cell = urls.prefix(3).map(MarkdownText.escape).joined(separator: ", ")
            if urls.count > 3 { cell += " " + t(ReportStrings.andMore(urls.count - 3)) }
            return cell
        case let other?:
            return Self.plain(other).map(MarkdownText.escape) ?? ""
        case nil:
            return ""
        }
    }

    /// Cookies the responses set (no consent is ever given during a crawl), with their lifetimes.
    private func cookiesTable() -> [String] {
        var lines: [String] = []
        let checks = ["cookies.prior-cookies", "cookies.lifetime"].compactMap(audit.result)
        if !checks.isEmpty { lines += resultLines(checks) + [""] }
        if snapshot.cookies.isEmpty {
            return lines + [t(snapshot.mode == .directory ? ReportStrings.noCookiesInFolder : ReportStrings.noCookies)]
        }
        lines += MarkdownTable.render(
            [t(ReportStrings.name), t(ReportStrings.domain), t(ReportStrings.lifetime), t(ReportStrings.thirdParty), t(ReportStrings.setBy)],
            snapshot.cookies.map { cookie in
                [MarkdownText.escape(cookie.name), MarkdownText.escape(cookie.domain), lifetime(cookie.lifetimeSeconds),
                 t(cookie.thirdParty ? ReportStrings.yes : ReportStrings.no), MarkdownText.escape(cookie.setBy)]
            })
        return lines
    }

    /// `session`, `12 jour(s)` or `13 mois`.
    func lifetime(_ seconds: Double?) -> String {
        guard let seconds else { return t(ReportStrings.session) }
        let days = Int((seconds / 86_400).rounded())
        if days >= 60 { return t(ReportStrings.months(Int((Double(days) / 30.44).rounded()))) }
        return t(ReportStrings.days(days))
    }
}
