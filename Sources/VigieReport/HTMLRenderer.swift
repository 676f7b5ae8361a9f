import Foundation
import VigieCore

/// The report a consultant hands over: one self-contained HTML file (inline CSS and SVG, no script, no external
/// request — its Content-Security-Policy forbids any), a summary page first, then one page per module, the
/// strengths and weaknesses grid and the pages crawled. Printed as is by Chromium for `--format pdf`.
/// Reads the same `SiteView` as the Markdown report, with `HTMLText.escape` for everything that came from outside.
public enum HTMLRenderer {
    /// The report of `report.sites[index]` (empty when there is no such site).
    public static func render(_ report: AuditReport, site index: Int = 0) -> String {
        guard report.sites.indices.contains(index) else { return "" }
        let view = SiteView(report.sites[index], catalog: report.catalog, lang: report.language, escape: HTMLText.escape)
        let title = view.audit.profileName == MarkdownRenderer.examProfile ? ReportStrings.examTitle : ReportStrings.reportTitle
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(report.language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"Vigie \(HTMLText.escape(report.toolVersion))\">",
            "<title>" + view.t(title) + " " + view.host + "</title>",
            "<style>", HTMLStyle.css(report.language, running: view.t(title) + " " + SiteView.host(of: view.snapshot)), "</style>",
            "</head>",
            "<body>",
        ]
        out += view.htmlCover(report, heading: title)
        out += view.htmlSinceLast()
        for module in view.moduleList { out += view.htmlModule(module) }
        out += view.htmlVerify()
        out += view.htmlGrid()
        out += view.htmlAppendix()
        out += ["<footer class=\"colophon\">" + view.t(ReportStrings.generatedBy) + " " + HTMLText.escape(report.toolVersion) + "</footer>",
                "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}

extension SiteView {
    /// The order results are shown in a module: what needs work first.
    static func displayRank(_ status: CheckStatus) -> Int {
        switch status {
        case .fail: 0
        case .warn: 1
        case .unknown: 2
        case .info: 3
        case .pass: 4
        case .na: 5
        }
    }

    /// The CSS class of a status (`st-fail`…).
    static func statusClass(_ status: CheckStatus) -> String { "st-" + status.rawValue }

    /// A status as a coloured label with its word: never colour alone, never an emoji.
    func pill(_ status: CheckStatus) -> String {
        "<span class=\"pill \(Self.statusClass(status))\">" + t(ReportStrings.status(status)) + "</span>"
    }

    /// The module's anchor in the report.
    static func anchor(_ module: CheckModule) -> String { "m-" + module.rawValue }

    /// The results of one module, worst first (stable inside a status: the catalogue's order).
    func moduleResults(_ module: CheckModule) -> [CheckResult] {
        results(of: module).enumerated()
            .sorted { (Self.displayRank($0.element.status), $0.offset) < (Self.displayRank($1.element.status), $1.offset) }
            .map(\.element)
    }

    /// A page's address as a link (text: its path on the audited site, the whole URL elsewhere).
    func pageLink(_ address: String) -> String {
        let shown = escape(shortAddress(address))
        guard let href = HTMLText.href(address) else { return "<span class=\"url\">" + shown + "</span>" }
        return "<a class=\"url\" href=\"" + href + "\">" + shown + "</a>"
    }

    private func shortAddress(_ address: String) -> String {
        guard snapshot.mode != .directory, let url = URL(string: address), let host = url.host,
              host == Self.host(of: snapshot) else { return address }
        let path = url.path.isEmpty ? "/" : url.path
        return path + (url.query.map { "?" + $0 } ?? "")
    }

    /// One module: heading with its score, then each check with its status, finding and evidence.
    func htmlModule(_ module: CheckModule) -> [String] {
        let results = moduleResults(module)
        guard !results.isEmpty else { return [] }
        let toFix = results.filter { $0.status == .fail || $0.status == .warn }.count
        var out = ["<section class=\"sheet module\" id=\"" + Self.anchor(module) + "\">",
                   "<header class=\"section-head\">",
                   "<h2>" + t(module.title) + "</h2>",
                   "<p class=\"section-score\">" + moduleScoreText(module) + " · " + t(ReportStrings.resultsCount(results.count))
                     + " · " + t(ReportStrings.toFix(toFix)) + "</p>",
                   "</header>"]
        out += assumptions(of: module).map { "<p class=\"note\">" + words($0) + "</p>" }
        out += ["<table class=\"checks\">",
                   "<thead><tr><th class=\"c-state\">" + t(ReportStrings.state) + "</th><th>" + t(ReportStrings.finding)
                     + "</th><th class=\"c-sev\">" + t(ReportStrings.severityHeading) + "</th></tr></thead>",
                   "<tbody>"]
        for result in results where result.status != .na { out += checkRow(result) }
        out += ["</tbody>", "</table>"]
        out += htmlResultTables(module)
        // what does not apply takes one line each, at the end
        let notApplicable = results.filter { $0.status == .na }
        if !notApplicable.isEmpty {
            out += ["<h3 class=\"na-head\">" + t(ReportStrings.notApplicableHere) + "</h3>", "<ul class=\"na-list\">"]
            out += notApplicable.map { "<li>" + pill(.na) + " <b>" + title($0.id) + "</b> — " + message($0) + "</li>" }
            out.append("</ul>")
        }
        return out + ["</section>"]
    }

    /// The score of a module as text (`74/100`, or `sans score`).
    func moduleScoreText(_ module: CheckModule) -> String {
        snapshot.wasReached ? audit.scores.modules[module.rawValue].map(Self.score) ?? t(ReportStrings.noScore) : t(ReportStrings.noScore)
    }

    /// Evidence items shown for a result that needs work, and for one that passed (the JSON report has them all).
    static let evidenceLimit = 5
    static let passEvidenceLimit = 2

    private func checkRow(_ result: CheckResult) -> [String] {
        var cell = ["<p class=\"check-title\">" + heading(result) + "</p>",
                    "<p class=\"check-message\">" + message(result) + "</p>"]
        if !result.evidence.isEmpty {
            cell.append("<ul class=\"evidence\">")
            let limit = result.status == .pass ? Self.passEvidenceLimit : Self.evidenceLimit
            for evidence in result.evidence.prefix(limit) {
                var line = "<li>" + pageLink(evidence.url)
                if let excerpt = evidence.excerpt, !excerpt.isEmpty { line += " <q>" + escape(excerpt) + "</q>" }
                if let note = evidence.note, !note.text(lang).isEmpty { line += " <span class=\"note\">" + words(note) + "</span>" }
                if let selector = evidence.selector, !selector.isEmpty { line += " <code>" + escape(selector) + "</code>" }
                cell.append(line + "</li>")
            }
            if result.evidence.count > limit {
                cell.append("<li class=\"more\">+ \(result.evidence.count - limit) " + t(ReportStrings.moreEvidence) + "</li>")
            }
            cell.append("</ul>")
        }
        if (result.status == .fail || result.status == .warn), !remedy(result.id).isEmpty {
            cell.append("<p class=\"fix\">" + remedy(result.id) + "</p>")
        }
        var severity = t(ReportStrings.severity(result.severity))
        let ref = reference(result.id)
        if !ref.isEmpty { severity += "<br><span class=\"ref\">" + ref + "</span>" }
        return ["<tr class=\"" + Self.statusClass(result.status) + "\">",
                "<td class=\"c-state\">" + pill(result.status) + "</td>",
                "<td>" + cell.joined(separator: "\n") + "</td>",
                "<td class=\"c-sev\">" + severity + "</td>",
                "</tr>"]
    }

    /// The strengths and weaknesses grid, home page then whole site.
    func htmlGrid() -> [String] {
        var out = ["<section class=\"sheet\" id=\"grid\">", "<header class=\"section-head\"><h2>" + t(ReportStrings.grid) + "</h2></header>"]
        guard !ZoneGrid(self, homeOnly: false).isEmpty else {
            return out + ["<p>" + t(ReportStrings.noGrid) + "</p>", "</section>"]
        }
        for (homeOnly, heading, note) in [(true, ReportStrings.gridHome, ReportStrings.homeOnlyNote), (false, ReportStrings.gridSite, ReportStrings.siteNote)] {
            out += ["<h3>" + t(heading) + "</h3>", "<p class=\"note\">" + t(note) + "</p>",
                    "<table class=\"grid\">",
                    "<thead><tr><th class=\"g-zone\">" + t(ReportStrings.zone) + "</th><th class=\"g-plus\">" + t(ReportStrings.strengths)
                      + "</th><th class=\"g-minus\">" + t(ReportStrings.weaknesses) + "</th></tr></thead>", "<tbody>"]
            for row in ZoneGrid(self, homeOnly: homeOnly).rows {
                out.append("<tr><th scope=\"row\">" + t(row.zone.title) + "</th><td>" + Self.gridList(row.strengths, kind: "plus")
                           + "</td><td>" + Self.gridList(row.weaknesses, kind: "minus") + "</td></tr>")
            }
            out += ["</tbody>", "</table>"]
        }
        return out + ["</section>"]
    }

    private static func gridList(_ items: [String], kind: String) -> String {
        if items.isEmpty { return "<span class=\"none\">—</span>" }
        return "<ul class=\"\(kind)\">" + items.map { "<li>" + $0 + "</li>" }.joined() + "</ul>"
    }

    static let pageRowLimit = 500

    /// What applies to the site, then every URL of the crawl (at most `pageRowLimit`).
    func htmlAppendix() -> [String] {
        var out = ["<section class=\"sheet appendix\" id=\"pages\">"]
        if !audit.applicability.isEmpty {
            out += ["<header class=\"section-head\"><h2>" + t(ReportStrings.applicabilityAppendix) + "</h2></header>", "<ul class=\"plain\">"]
            out += audit.applicability.map { "<li>" + escape($0.text(lang)) + "</li>" }
            out.append("</ul>")
        }
        out.append("<header class=\"section-head\"><h2>" + t(ReportStrings.pagesCrawled) + "</h2></header>")
        out += ["<table class=\"pages\">",
                "<thead><tr><th>" + t(ReportStrings.page) + "</th><th>" + t(ReportStrings.statusCode) + "</th><th>" + t(ReportStrings.depth)
                  + "</th><th>" + t(ReportStrings.contentType) + "</th><th>" + t(ReportStrings.errorOrRedirect) + "</th></tr></thead>", "<tbody>"]
        for page in snapshot.pages.prefix(Self.pageRowLimit) {
            var note = page.error.map { escape(t(CrawlErrorText.describe($0))) } ?? ""
            if page.excludedByRobots { note = t(ReportStrings.excludedByRobots) }
            if let target = page.finalURL, note.isEmpty { note = t(ReportStrings.redirectsTo) + " " + pageLink(target) }
            let bad = page.status >= 400 || (page.status == 0 && page.error != nil)
            out.append("<tr" + (bad ? " class=\"bad\"" : "") + "><td>" + pageLink(page.url) + "</td><td>" + (page.status == 0 ? "—" : String(page.status))
                       + "</td><td>" + String(page.depth) + "</td><td>" + escape(page.contentType ?? "") + "</td><td>" + note + "</td></tr>")
        }
        out += ["</tbody>", "</table>"]
        if snapshot.pages.count > Self.pageRowLimit {
            out.append("<p class=\"note\">" + t(ReportStrings.moreRows(snapshot.pages.count - Self.pageRowLimit)) + "</p>")
        }
        return out + ["</section>"]
    }
}
