import VigieCore

extension SiteView {
    /// How many actions the summary page lists.
    static let coverActions = 5

    /// The summary page: who and what, what was read and what limited it, the scores, the counts, the top actions.
    func htmlCover(_ report: AuditReport, heading: Localized) -> [String] {
        var out = ["<section class=\"cover\" id=\"summary\">", "<header class=\"masthead\">"]
        if let logo = report.cover.logo {
            out.append("<img class=\"logo\" src=\"" + HTMLText.escape(logo.dataURI) + "\" alt=\"\">")
        }
        out += ["<div class=\"masthead-text\">",
                "<p class=\"kicker\">" + t(heading) + "</p>",
                "<h1>" + host + "</h1>",
                "<p class=\"start\">" + pageLink(snapshot.startURL) + "</p>",
                "</div>", "</header>"]
        var people: [String] = []
        if let client = report.cover.client, !client.isEmpty { people.append(label(ReportStrings.client) + escape(client)) }
        if let author = report.cover.author, !author.isEmpty { people.append(label(ReportStrings.author) + escape(author)) }
        people.append(label(ReportStrings.date) + "<span data-varies>" + longDate(report.generatedAt) + "</span>")
        out.append("<p class=\"people\">" + people.joined(separator: "<span class=\"sep\"> · </span>") + "</p>")

        // A site that could not be read has no score: its checks saw nothing, a number would be a false verdict.
        let unreachable = snapshot.unreachableReason
        let overall = unreachable == nil
            ? HTMLCharts.gauge(audit.scores.overall, caption: t(ReportStrings.overallCaption))
            : "<p class=\"no-score\">" + t(ReportStrings.noScoreSentence) + "</p>"
        out += ["<div class=\"hero\">", "<div class=\"overall\">", overall,
                "<p>" + t(ReportStrings.overall) + "</p>", "</div>", "<div class=\"read\">",
                "<h2>" + t(ReportStrings.whatWasRead) + "</h2>", "<dl>"]
        out += readFacts(report)
        out += ["</dl>", "</div>", "</div>"]
        if let unreachable {
            out += ["<p class=\"failed\">" + t(ReportStrings.unreachable(escape(unreachable))) + "</p>", "</section>"]
            return out
        }

        out += ["<div class=\"twocol\">", "<div>", "<h2>" + t(ReportStrings.moduleScores) + "</h2>",
                HTMLCharts.bars(moduleList.map { module in
                    HTMLCharts.Bar(label: t(module.title), value: audit.scores.modules[module.rawValue],
                                   missing: t(ReportStrings.noScore), anchor: "#" + Self.anchor(module))
                }),
                "</div>", "<div>", "<h2>" + t(ReportStrings.checkResults) + "</h2>", "<ul class=\"counts\">"]
        for status in [CheckStatus.fail, .warn, .unknown, .pass] {
            let n = audit.results.filter { $0.status == status }.count
            out.append("<li class=\"" + Self.statusClass(status) + "\"><span class=\"n\">\(n)</span> " + countWords(status, n) + "</li>")
        }
        out += ["</ul>", "</div>", "</div>"]

        let actions = self.actions.prefix(Self.coverActions)
        out.append("<h2>" + t(ReportStrings.topActions(actions.count)) + "</h2>")
        if actions.isEmpty {
            out.append("<p>" + t(ReportStrings.noActions) + "</p>")
        } else {
            out.append("<ol class=\"actions\">")
            for action in actions {
                var detail = [t(ReportStrings.severity(action.severity))]
                if action.impact != .advice { detail.append(t(ReportStrings.impact(action.impact))) }
                if let pages = action.pages, !t(action.title).contains(t(Plural.pages(pages))) { detail.append(t(Plural.pages(pages))) }
                let fix = words(action.fix)
                out.append("<li>" + pill(action.status) + " <strong>" + words(action.title) + "</strong> <span class=\"detail\">" + detail.joined(separator: " · ")
                           + "</span>" + (fix.isEmpty ? "" : "<p class=\"fix\">" + fix + "</p>") + "</li>")
            }
            out.append("</ol>")
        }
        let points = pointsToVerify.count
        out.append("<p class=\"to-verify\"><b>" + t(ReportStrings.toVerify) + "</b>" + (lang == .fr ? "\u{00A0}: " : ": ") + t(ReportStrings.toVerifyCount(points)) + "</p>")
        out += contents()
        out.append("</section>")
        return out
    }

    /// `<b>Label</b> : ` with the language's colon (a non-breaking space before it in French).
    private func label(_ text: Localized) -> String {
        "<b>" + t(text) + "</b>" + (lang == .fr ? "\u{00A0}: " : ": ")
    }

    /// The count words of a status (the number itself is shown apart, large).
    private func countWords(_ status: CheckStatus, _ n: Int) -> String {
        let words = t(ReportStrings.statusCount(status, n))
        return words.hasPrefix("\(n) ") ? String(words.dropFirst("\(n) ".count)) : words
    }

    private func readFacts(_ report: AuditReport) -> [String] {
        let crawl = snapshot.crawl
        func item(_ term: Localized, _ value: String, varies: Bool = false) -> String {
            "<div><dt>" + t(term) + "</dt><dd" + (varies ? " data-varies" : "") + ">" + value + "</dd></div>"
        }
        let folder = snapshot.mode == .directory
        var lines = [item(folder ? ReportStrings.folder : ReportStrings.site, escape(snapshot.startURL))]
        if !folder, snapshot.homeURL != snapshot.startURL { lines.append(item(ReportStrings.finalURL, escape(snapshot.homeURL))) }
        lines.append(item(ReportStrings.pagesCrawled, t(ReportStrings.pagesLine(crawl.pagesFetched, crawl.htmlPages, crawl.errors))))
        lines.append(item(ReportStrings.crawlEnd, snapshot.unreachableReason.map { t(ReportStrings.unreachable(escape(t(CrawlErrorText.describe($0))))) }
                          ?? t(ReportStrings.stop(crawl.stoppedBy))))
        lines.append(item(ReportStrings.duration, seconds(crawl.durationSeconds), varies: true))
        lines.append(item(ReportStrings.profile, escape(audit.profileName)))
        var notes = crawl.notes.map(escape)
        if folder { notes.append(t(ReportStrings.directoryMode)) }
        if let robots = snapshot.robots {
            if robots.ignored { notes.append(t(ReportStrings.robotsIgnored)) }
            let excluded = snapshot.pages.filter(\.excludedByRobots).count
            if excluded > 0 { notes.append(t(ReportStrings.robotsExcluded(excluded))) }
        }
        if !notes.isEmpty { lines.append(item(ReportStrings.options, notes.joined(separator: lang == .fr ? "\u{00A0}; " : "; "))) }
        lines.append(item(ReportStrings.version, escape(report.toolVersion)))
        return lines
    }

    /// Links to the report's sections (they are pages of their own once printed).
    private func contents() -> [String] {
        var links = moduleList.map { module in
            "<li><a href=\"#" + Self.anchor(module) + "\">" + t(module.title) + "</a></li>"
        }
        if !pointsToVerify.isEmpty { links.append("<li><a href=\"#verify\">" + t(ReportStrings.toVerify) + "</a></li>") }
        links.append("<li><a href=\"#grid\">" + t(ReportStrings.grid) + "</a></li>")
        links.append("<li><a href=\"#pages\">" + t(ReportStrings.pagesCrawled) + "</a></li>")
        return ["<nav class=\"contents\"><h2>" + t(ReportStrings.contents) + "</h2><ol>"] + links + ["</ol></nav>"]
    }

    /// `2026-12-04T…` as `4 décembre 2026` / `4 December 2026` (the text as it is when it is not such a date).
    func longDate(_ stamp: String) -> String {
        let parts = stamp.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return escape(stamp) }
        let month = lang == .fr ? ReportStrings.months.fr[parts[1] - 1] : ReportStrings.months.en[parts[1] - 1]
        let day = lang == .fr && parts[2] == 1 ? "1er" : String(parts[2])
        return day + "\u{00A0}" + month + " " + String(parts[0])
    }
}
