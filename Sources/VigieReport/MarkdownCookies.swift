import VigieCore

extension SiteView {
    /// Cookies the responses set (no consent is ever given during a crawl), with their lifetimes.
    func cookiesTable() -> [String] {
        if snapshot.cookies.isEmpty {
            return [t(snapshot.mode == .directory ? ReportStrings.noCookiesInFolder : ReportStrings.noCookies)]
        }
        return MarkdownTable.render(
            [t(ReportStrings.name), t(ReportStrings.domain), t(ReportStrings.lifetime), t(ReportStrings.thirdParty), t(ReportStrings.setBy)],
            snapshot.cookies.map { cookie in
                [MarkdownText.escape(cookie.name), MarkdownText.escape(cookie.domain), lifetime(cookie.lifetimeSeconds),
                 t(cookie.thirdParty ? ReportStrings.yes : ReportStrings.no), MarkdownText.escape(cookie.setBy)]
            })
    }

    /// `session`, `12 jours` or `13 mois`.
    func lifetime(_ seconds: Double?) -> String {
        guard let seconds else { return t(ReportStrings.session) }
        let days = Int((seconds / 86_400).rounded())
        if days >= 60 { return t(ReportStrings.months(Int((Double(days) / 30.44).rounded()))) }
        return t(ReportStrings.days(days))
    }
}
