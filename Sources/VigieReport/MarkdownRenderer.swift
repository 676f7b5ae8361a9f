import VigieCore

/// The audit report a person reads: GitHub-flavoured Markdown that also reads well as plain text, in the report's
/// language. A one-page summary first (the site, what was read, a score per module, the five actions that matter,
/// how many points are left to verify), then the modules, the points to verify, the whole action plan, and the
/// appendices (what applies to this site, every check, every page). Sections come from the catalogue
/// (`CheckMeta.section`, `order`, `gridZone`): a new check appears without touching this file.
public enum MarkdownRenderer {
    /// The profile whose report follows the BTS NDRC exam's answer.
    public static let examProfile = "bts-ndrc"
    /// How many actions the summary shows.
    static let summaryActions = 5

    /// The report of `report.sites[index]` (empty when there is no such site).
    public static func render(_ report: AuditReport, site index: Int = 0) -> String {
        guard report.sites.indices.contains(index) else { return "" }
        let view = SiteView(report.sites[index], catalog: report.catalog, lang: report.language)
        let exam = view.audit.profileName == examProfile
        var out = view.header(report, title: exam ? ReportStrings.examTitle : ReportStrings.reportTitle)
        if exam { out += ["", view.t(ReportStrings.examIntro)] }
        out += view.summary()
        out += view.sinceLastSection()
        if exam {
            out += view.examChecklist()
            out += view.gridSection()
            out += view.progressSection()
            for module in view.moduleList where module != .legal && module != .structure {
                out += view.moduleSection(module)
            }
            if view.moduleList.contains(.structure) { out += view.navigationTables(level: 2) }
        } else {
            for module in view.moduleList {
                out += view.moduleSection(module)
            }
        }
        out += view.verifySection()
        if !exam { out += view.actionPlan() }
        out += view.applicabilityAppendix()
        out += view.checksAppendix()
        out += view.pagesAppendix()
        return out.joined(separator: "\n") + "\n"
    }

    /// The top of the report only (header and summary): for `GITHUB_STEP_SUMMARY` and terminals.
    public static func renderSummary(_ report: AuditReport, site index: Int = 0) -> String {
        guard report.sites.indices.contains(index) else { return "" }
        let view = SiteView(report.sites[index], catalog: report.catalog, lang: report.language)
        let title = view.audit.profileName == examProfile ? ReportStrings.examTitle : ReportStrings.reportTitle
        return (view.header(report, title: title) + view.summary() + view.sinceLastSection()).joined(separator: "\n") + "\n"
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

    /// A colon with the language's spacing (no-break space before it in French).
    var colon: String { lang == .fr ? "\u{00A0}: " : ": " }

    /// `## Title` preceded by a blank line.
    func heading(_ level: Int, _ title: Localized) -> [String] {
        heading(level, t(title))
    }

    func heading(_ level: Int, _ text: String) -> [String] {
        ["", String(repeating: "#", count: level) + " " + text, ""]
    }

    /// One line per result: status, heading that states the finding, message; then its first evidence items.
    func resultLines(_ results: [CheckResult], evidenceLimit: Int = 1) -> [String] {
        results.flatMap { result -> [String] in
            let head = "- " + statusText(result.status) + " — **" + heading(result) + "** — " + message(result)
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
        lines.append(field(ReportStrings.profile, MarkdownText.escape(audit.profileName)))
        lines.append(field(ReportStrings.pagesCrawled, t(ReportStrings.pagesLine(crawl.pagesFetched, crawl.htmlPages, crawl.errors))))
        lines.append(field(ReportStrings.duration, seconds(crawl.durationSeconds)))
        if let reason = snapshot.unreachableReason {
            lines.append(field(ReportStrings.crawlEnd, t(ReportStrings.unreachable(MarkdownText.escape(t(CrawlErrorText.describe(reason)))))))
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
        if !notes.isEmpty { lines.append(field(ReportStrings.options, notes.joined(separator: lang == .fr ? "\u{00A0}; " : "; "))) }
        return lines
    }

    /// The one-page summary: overall score, a score per module with its findings and undecided points,
    /// the five actions that matter and how many points are left to verify.
    func summary() -> [String] {
        var lines = heading(2, ReportStrings.summary)
        // A site that could not be read has no score: its checks saw nothing, a number would be a false verdict.
        if let reason = snapshot.unreachableReason {
            return lines + ["**" + t(ReportStrings.noScoreSentence) + "** " + t(ReportStrings.unreachable(MarkdownText.escape(t(CrawlErrorText.describe(reason))))), ""]
        }
        lines.append("**" + t(ReportStrings.overall) + colon + Self.score(audit.scores.overall) + "**")
        lines.append("")
        lines += MarkdownTable.render(
            [t(ReportStrings.module), t(ReportStrings.score), t(ReportStrings.findingsColumn), t(ReportStrings.toVerifyColumn)],
            moduleList.map { module in
                [t(module.title), score(of: module), String(findings(of: module).count), String(audit.scores.unknown[module.rawValue] ?? 0)]
            })
        lines += ["", t(ReportStrings.scoreNote)]
        let actions = self.actions
        lines += heading(3, ReportStrings.topActions(min(actions.count, MarkdownRenderer.summaryActions)))
        if actions.isEmpty {
            lines.append(t(ReportStrings.noActions))
        } else {
            for (n, action) in actions.prefix(MarkdownRenderer.summaryActions).enumerated() {
                lines += actionLines(n + 1, action)
            }
            if actions.count > MarkdownRenderer.summaryActions, audit.profileName != MarkdownRenderer.examProfile {
                lines += ["", t(ReportStrings.moreActions(actions.count - MarkdownRenderer.summaryActions))]
            }
        }
        let points = pointsToVerify.count
        lines += ["", "**" + t(ReportStrings.toVerify) + colon + t(ReportStrings.toVerifyCount(points)) + "**"]
        return lines
    }

    /// `1. ❌ **Action** — fix (erreur, obligation sanctionnée, 7 pages)`, then the pages for an action with several findings.
    func actionLines(_ number: Int, _ action: PriorityAction) -> [String] {
        var detail = [t(ReportStrings.severity(action.severity))]
        if action.impact != .advice { detail.append(t(ReportStrings.impact(action.impact))) }
        let title = words(action.title)
        if let pages = action.pages, !title.contains(words(Plural.pages(pages))) { detail.append(t(Plural.pages(pages))) }
        let fix = words(action.fix)
        var lines = ["\(number). " + Self.symbol(action.status) + " **" + title + "** (" + detail.joined(separator: ", ") + ")"
                     + (fix.isEmpty ? "" : " — " + fix)]
        if action.findings.count > 1, !action.urls.isEmpty {
            lines.append("   - " + t(ReportStrings.pages) + colon + MarkdownText.escape(Localized.list(action.urls, limit: 5).text(lang)))
        }
        return lines
    }

    /// Every action, ranked: the plan a client follows.
    func actionPlan() -> [String] {
        let actions = self.actions
        guard actions.count > MarkdownRenderer.summaryActions else { return [] }
        var lines = heading(2, ReportStrings.actionPlan)
        for (n, action) in actions.enumerated() {
            lines += actionLines(n + 1, action)
        }
        return lines
    }

    /// The exam's "axes de progression": one line per cause drawn from the failed checks, worst first, with its fix.
    func progressSection() -> [String] {
        var lines = heading(2, ReportStrings.progress)
        let actions = self.actions
        if actions.isEmpty { return lines + [t(ReportStrings.noProgress)] }
        for action in actions {
            let fix = words(action.fix)
            lines.append("- **" + words(action.title) + "**" + (fix.isEmpty ? "" : " — " + fix))
        }
        return lines
    }

    /// What the audit could not decide, each with how to verify it by hand.
    func verifySection() -> [String] {
        let points = pointsToVerify
        guard !points.isEmpty else { return [] }
        var lines = heading(2, ReportStrings.toVerify)
        for (n, point) in points.enumerated() {
            lines.append("\(n + 1). **" + words(point.title) + "** — " + message(point.result))
            lines.append("   - " + t(ReportStrings.howToVerify) + colon + words(point.how))
        }
        return lines
    }

    /// A module's section: its score, what it took the site to be, then its sections (the legal table, the
    /// result lines with their tables, the grid and navigation tables for the structure).
    func moduleSection(_ module: CheckModule) -> [String] {
        var lines = heading(2, t(module.title) + " — " + score(of: module))
        lines += assumptions(of: module).map { words($0) }
        if module == .legal { return lines + legalTables() }
        if module == .structure {
            lines += heading(3, ReportStrings.grid) + gridTables(level: 4)
        }
        let sections = sections(of: module)
        for section in sections {
            let shown = section.results.filter { $0.status != .na }
            let tables = section.results.compactMap(\.table)
            if shown.isEmpty, tables.isEmpty, section.section != .cookiesStored { continue }
            if sections.count > 1 || module == .structure { lines += heading(3, section.section.title) }
            lines += resultLines(shown)
            for table in mergedTables(tables) { lines += ["", "**" + words(table.title) + "**", ""] + render(table) }
            if section.section == .cookiesStored { lines += (shown.isEmpty ? [] : [""]) + cookiesTable() }
            if section.section == .navigation { lines += navigationTables(level: 4) }
        }
        return lines
    }

    /// Tables of one section with the same title and columns merged, each row once.
    func mergedTables(_ tables: [ResultTable]) -> [ResultTable] {
        var merged: [ResultTable] = []
        for table in tables where !table.rows.isEmpty {
            if let at = merged.firstIndex(where: { $0.title == table.title && $0.columns == table.columns }) {
                for row in table.rows where !merged[at].rows.contains(row) { merged[at].rows.append(row) }
            } else {
                merged.append(table)
            }
        }
        return merged
    }

    /// A result table in Markdown; every cell escaped.
    func render(_ table: ResultTable) -> [String] {
        MarkdownTable.render(table.columns.map { words($0) }, table.rows.map { row in
            row.enumerated().map { column, cell in
                let text = cell.text(lang)
                return table.quoted.contains(column) && !text.isEmpty ? quote(text) : MarkdownText.escape(text)
            }
        })
    }

    func gridSection() -> [String] {
        heading(2, ReportStrings.grid) + gridTables(level: 3)
    }

    /// The grid of the home page and of the whole site, under headings of `level`.
    func gridTables(level: Int) -> [String] {
        var lines: [String] = []
        if ZoneGrid(self, homeOnly: false).isEmpty, ZoneGrid(self, homeOnly: true).isEmpty { return lines + [t(ReportStrings.noGrid)] }
        lines += heading(level, ReportStrings.gridHome)
        lines += ZoneGrid(self, homeOnly: true).table(self)
        lines += heading(level, ReportStrings.gridSite)
        lines += ZoneGrid(self, homeOnly: false).table(self)
        return lines
    }

    /// Why checks did not apply, as the checks worded it: the reader's appendix.
    func applicabilityAppendix() -> [String] {
        guard !audit.applicability.isEmpty else { return [] }
        var lines = heading(2, ReportStrings.applicabilityAppendix)
        lines += audit.applicability.map { "- " + words($0) }
        return lines
    }
}
