import VigieCore

/// The audit report a person reads: GitHub-flavoured Markdown that also reads well as plain text, in the report's
/// language. Short at the top (scores, top actions), complete below (every check with its evidence, every page).
public enum MarkdownRenderer {
    /// The profile whose report follows the BTS NDRC exam's answer.
    public static let examProfile = "bts-ndrc"

    /// The report of `report.sites[index]` (empty when there is no such site).
    public static func render(_ report: AuditReport, site index: Int = 0) -> String {
        guard report.sites.indices.contains(index) else { return "" }
        let view = SiteView(report.sites[index], catalog: report.catalog, lang: report.language)
        var out: [String] = []
        if view.audit.profileName == examProfile {
            out += view.header(report, title: ReportStrings.examTitle)
            out += ["", view.t(ReportStrings.examIntro)]
            out += view.summary(topActions: false)
            out += view.sinceLastSection()
            out += view.examLegalChecklist()
            out += view.gridSection()
            out += view.progressSection()
            // the exam profile may leave modules out: only the sections of modules that ran
            if !view.results(prefix: "cookies.").isEmpty { out += view.cookiesSection() }
            if !view.results(prefix: "cta.").isEmpty { out += view.ctaSection() }
            if !view.results(prefix: "responsive.").isEmpty { out += view.responsiveSection() }
            out += view.navigationSection()
        } else {
            out += view.header(report, title: ReportStrings.reportTitle)
            out += view.summary(topActions: true)
            out += view.sinceLastSection()
            out += view.legalChecklist()
            out += view.cookiesSection()
            out += view.ctaSection()
            out += view.responsiveSection()
            out += view.gridSection()
            out += view.navigationSection()
        }
        out += view.checksAppendix()
        out += view.pagesAppendix()
        return out.joined(separator: "\n") + "\n"
    }

    /// The top of the report only (header, scores, counts, top actions): for `GITHUB_STEP_SUMMARY` and terminals.
    public static func renderSummary(_ report: AuditReport, site index: Int = 0) -> String {
        guard report.sites.indices.contains(index) else { return "" }
        let view = SiteView(report.sites[index], catalog: report.catalog, lang: report.language)
        let title = view.audit.profileName == examProfile ? ReportStrings.examTitle : ReportStrings.reportTitle
        return (view.header(report, title: title) + view.summary(topActions: true) + view.sinceLastSection()).joined(separator: "\n") + "\n"
    }
}

extension SiteView {
    /// « Depuis le dernier audit », when the audit was compared with an earlier one (`--compare-to`).
    func sinceLastSection() -> [String] {
        audit.sinceLast.map { DiffRenderer.section($0, site: self) } ?? []
    }
}

extension SiteView {
    /// `**Label** : value` with the language's colon.
    func field(_ label: Localized, _ value: String) -> String {
        "- **" + t(label) + "**" + colon + value
    }

    /// A colon with the language's spacing (` : ` in French).
    var colon: String { lang == .fr ? " : " : ": " }

    /// `## Title` preceded by a blank line.
    func heading(_ level: Int, _ title: Localized) -> [String] {
        ["", String(repeating: "#", count: level) + " " + t(title), ""]
    }

    /// One line per result: symbol, title, message; then its first evidence items, indented.
    func resultLines(_ results: [CheckResult], evidenceLimit: Int = 1) -> [String] {
        if results.isEmpty { return ["- ? " + t(ReportStrings.notChecked)] }
        return results.flatMap { result -> [String] in
            let head = "- " + Self.symbol(result.status) + " **" + title(result.id) + "** — " + message(result)
            return [head] + result.evidence.prefix(evidenceLimit).map { "  - " + evidenceLine($0) }
        }
    }

    func header(_ report: AuditReport, title: Localized) -> [String] {
        let crawl = snapshot.crawl
        var lines = ["# " + t(title) + " " + host, ""]
        let folder = snapshot.mode == .directory
        lines.append(field(folder ? ReportStrings.folder : ReportStrings.site, MarkdownText.escape(snapshot.startURL)))
        if !folder, snapshot.homeURL != snapshot.startURL {
            lines.append(field(ReportStrings.finalURL, MarkdownText.escape(snapshot.homeURL)))
        }
        lines.append(field(ReportStrings.date, MarkdownText.escape(report.generatedAt)))
        lines.append(field(ReportStrings.version, MarkdownText.escape(report.toolVersion)))
        lines.append(field(ReportStrings.pagesCrawled, t(ReportStrings.pagesLine(crawl.pagesFetched, crawl.htmlPages, crawl.errors))))
        lines.append(field(ReportStrings.duration, seconds(crawl.durationSeconds)))
        lines.append(field(ReportStrings.profile, MarkdownText.escape(audit.profileName)))
        if let reason = snapshot.unreachableReason {
            lines.append(field(ReportStrings.crawlEnd, t(ReportStrings.unreachable(MarkdownText.escape(reason)))))
        } else {
            lines.append(field(ReportStrings.crawlEnd, t(ReportStrings.stop(crawl.stoppedBy))))
        }
        var notes = crawl.notes.map(MarkdownText.escape)
        if snapshot.mode == .directory { notes.append(t(ReportStrings.directoryMode)) }
        if let robots = snapshot.robots {
            if robots.ignored { notes.append(t(ReportStrings.robotsIgnored)) }
            let excluded = snapshot.pages.filter(\.excludedByRobots).count
            if excluded > 0 { notes.append(t(ReportStrings.robotsExcluded(excluded))) }
        }
        if !notes.isEmpty { lines.append(field(ReportStrings.options, notes.joined(separator: lang == .fr ? " ; " : "; "))) }
        if !audit.applicability.isEmpty {
            lines.append(field(ReportStrings.applicability, ""))
            lines += audit.applicability.map { "  - " + MarkdownText.escape($0.text(lang)) }
        }
        return lines
    }

    func summary(topActions: Bool) -> [String] {
        var lines = heading(2, ReportStrings.summary)
        // A site that could not be read has no score: its checks saw nothing, a number would be a false verdict.
        if let reason = snapshot.unreachableReason {
            return lines + ["**" + t(ReportStrings.noScoreSentence) + "** " + t(ReportStrings.unreachable(MarkdownText.escape(reason))), ""]
        }
        lines.append("**" + t(ReportStrings.overall) + colon + Self.score(audit.scores.overall) + "**")
        lines.append("")
        lines += MarkdownTable.render(
            [t(ReportStrings.module), t(ReportStrings.score), t(ReportStrings.undecided)],
            modules.map { module in
                [t(ReportStrings.module(module)),
                 audit.scores.modules[module].map(Self.score) ?? "—",
                 String(audit.scores.unknown[module] ?? 0)]
            })
        lines += ["", t(ReportStrings.scoreNote), ""]
        let counts = Severity.allCases.map { severity in failing.filter { $0.severity == severity }.count }
        lines += MarkdownTable.render(
            [t(ReportStrings.findings)] + Severity.allCases.map { t(ReportStrings.severityPlural($0)) },
            [[t(ReportStrings.count)] + counts.map(String.init)])
        guard topActions else { return lines }
        lines += heading(3, ReportStrings.topActions)
        let actions = rankedActions.prefix(10)
        if actions.isEmpty { return lines + [t(ReportStrings.noActions)] }
        for (n, result) in actions.enumerated() {
            lines.append(actionLine(n + 1, result))
        }
        return lines
    }

    /// `1. ❌ **Title** (erreur, 3 page(s)) — remedy`
    func actionLine(_ number: Int, _ result: CheckResult) -> String {
        var detail = t(ReportStrings.severity(result.severity))
        if result.data["pages_failing"] != nil {
            detail += ", " + t(ReportStrings.reach(Self.reach(result)))
        }
        let fix = remedy(result.id)
        return "\(number). " + Self.symbol(result.status) + " **" + title(result.id) + "** (" + detail + ")"
            + (fix.isEmpty ? "" : " — " + fix)
    }

    func gridSection() -> [String] {
        var lines = heading(2, ReportStrings.grid)
        if ZoneGrid(self, homeOnly: false).isEmpty { return lines + [t(ReportStrings.noGrid)] }
        lines += ["### " + t(ReportStrings.gridHome), ""]
        lines += ZoneGrid(self, homeOnly: true).table(self)
        lines += ["", "### " + t(ReportStrings.gridSite), ""]
        lines += ZoneGrid(self, homeOnly: false).table(self)
        return lines
    }

    /// The exam's "axes de progression": every failing check, worst first, with its fix.
    func progressSection() -> [String] {
        var lines = heading(2, ReportStrings.progress)
        let actions = rankedActions
        if actions.isEmpty { return lines + [t(ReportStrings.noProgress)] }
        for (n, result) in actions.enumerated() {
            lines.append(actionLine(n + 1, result))
        }
        return lines
    }
}
