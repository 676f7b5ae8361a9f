import VigieCore

extension SiteView {
    /// Table rows shown at most in the navigation tables; the rest is counted.
    static let navigationRowLimit = 50

    /// The crawl's broken links, redirects and deep pages, under headings of `level`.
    func navigationTables(level: Int) -> [String] {
        var lines = heading(level, ReportStrings.brokenLinks)
        let broken = snapshot.pages.filter { !$0.excludedByRobots && ($0.status >= 400 || ($0.status == 0 && $0.error != nil)) }
        lines += limited(broken, empty: ReportStrings.noBrokenLinks,
                         header: [t(ReportStrings.page), t(ReportStrings.statusCode), t(ReportStrings.linkedFrom)]) { page in
            [MarkdownText.escape(page.url), statusCell(page), referrersCell(page.referrers)]
        }
        lines += heading(level, ReportStrings.redirectChains)
        let redirected = snapshot.pages.filter { !$0.redirects.isEmpty }
        lines += limited(redirected, empty: ReportStrings.noRedirects,
                         header: [t(ReportStrings.page), t(ReportStrings.hops), t(ReportStrings.finalTarget)]) { page in
            let hops = page.redirects.map { String($0.status) }.joined(separator: " → ")
            let chain = page.redirects.count > 1 ? " (" + t(ReportStrings.chainWarning) + ")" : ""
            return [MarkdownText.escape(page.url), "\(page.redirects.count) (" + hops + ")" + chain,
                    MarkdownText.escape(page.finalURL ?? page.redirects.last?.location ?? "")]
        }
        lines += heading(level, ReportStrings.deepPages)
        let deep = snapshot.pages.filter { $0.depth > 3 }.sorted { $0.depth > $1.depth }
        lines += limited(deep, empty: ReportStrings.noDeepPages,
                         header: [t(ReportStrings.page), t(ReportStrings.depth)]) { page in
            [MarkdownText.escape(page.url), String(page.depth)]
        }
        return lines
    }

    /// A table of at most `navigationRowLimit` rows, a sentence when there is none.
    private func limited(_ pages: [PageRecord], empty: Localized, header: [String], row: (PageRecord) -> [String]) -> [String] {
        if pages.isEmpty { return [t(empty)] }
        var lines = MarkdownTable.render(header, pages.prefix(Self.navigationRowLimit).map(row))
        if pages.count > Self.navigationRowLimit {
            lines += ["", t(ReportStrings.moreRows(pages.count - Self.navigationRowLimit))]
        }
        return lines
    }

    /// The HTTP status, or the crawl error when there was no response.
    func statusCell(_ page: PageRecord) -> String {
        if page.status == 0 {
            return t(ReportStrings.noResponse) + (page.error.map { " (" + MarkdownText.escape(t(CrawlErrorText.describe($0))) + ")" } ?? "")
        }
        return String(page.status)
    }

    private func referrersCell(_ referrers: [String]) -> String {
        if referrers.isEmpty { return t(ReportStrings.unknownPage) }
        return MarkdownText.escape(Localized.list(referrers, limit: 5).text(lang))
    }

    /// Every check, module by module, with its status, message and all its evidence.
    func checksAppendix() -> [String] {
        var lines = heading(2, ReportStrings.appendix)
        for module in moduleList {
            let moduleResults = results(of: module)
            guard !moduleResults.isEmpty else { continue }
            lines += heading(3, module.title)
            for result in moduleResults {
                let weight = result.isFinding ? " (" + t(ReportStrings.severity(result.severity)) + ")" : ""
                lines.append("- " + statusText(result.status) + " — **" + heading(result) + "** (" + MarkdownText.escape(result.id) + ")"
                             + weight + colon + message(result))
                lines += result.evidence.map { "  - " + evidenceLine($0) }
            }
        }
        return lines
    }

    /// Every URL of the crawl with its status, depth, type and error or redirect.
    func pagesAppendix() -> [String] {
        var lines = heading(2, ReportStrings.pagesAppendix)
        if snapshot.pages.isEmpty { return lines + ["—"] }
        lines += MarkdownTable.render(
            [t(ReportStrings.page), t(ReportStrings.statusCode), t(ReportStrings.depth), t(ReportStrings.contentType), t(ReportStrings.errorOrRedirect)],
            snapshot.pages.map { page in
                var note = page.error.map { MarkdownText.escape(t(CrawlErrorText.describe($0))) } ?? ""
                if page.excludedByRobots { note = t(ReportStrings.excludedByRobots) }
                if let target = page.finalURL, note.isEmpty { note = t(ReportStrings.redirectsTo) + " " + MarkdownText.escape(target) }
                return [MarkdownText.escape(page.url), page.status == 0 ? "—" : String(page.status), String(page.depth),
                        MarkdownText.escape(page.contentType ?? ""), note]
            })
        return lines
    }
}
