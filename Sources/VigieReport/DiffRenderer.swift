import Foundation
import VigieCore

/// Two audits compared (`AuditDiff`): the Markdown document of `vigie diff`, its JSON twin, and the
/// « Depuis le dernier audit » section of a report made with `--compare-to`.
public enum DiffRenderer {
    /// `vigie diff` as Markdown: per site, the scores before and after, then every finding new, fixed, changed
    /// and unchanged.
    public static func markdown(_ diffs: [AuditDiff], afterDate: String, lang: ReportLanguage, catalog: [String: CheckMeta]) -> String {
        var out: [String] = []
        for diff in diffs {
            let view = DiffView(diff: diff, lang: lang, catalog: catalog)
            out += ["# " + view.t(ReportStrings.diffTitle) + " — " + MarkdownText.escape(diff.afterSite), ""]
            out.append(view.site.field(ReportStrings.previousAudit, view.date(diff.beforeDate) + " — " + MarkdownText.escape(diff.beforeSite)))
            out.append(view.site.field(ReportStrings.currentAudit, view.date(afterDate) + " — " + MarkdownText.escape(diff.afterSite)))
            out += view.site.heading(2, ReportStrings.scores)
            out += view.scoreTable()
            out += view.findingLists(level: 2, listUnchanged: true)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The report's section for a site audited with `--compare-to`: scores before and after, new, fixed and
    /// changed findings, the count of unchanged ones.
    static func section(_ diff: AuditDiff, site: SiteView) -> [String] {
        let view = DiffView(diff: diff, lang: site.lang, catalog: site.catalog)
        var lines = site.heading(2, ReportStrings.sinceLast)
        lines.append(site.t(ReportStrings.comparedTo(MarkdownText.escape(diff.beforeSite), view.date(diff.beforeDate))))
        lines.append("")
        lines += view.scoreTable()
        lines += view.findingLists(level: 3, listUnchanged: false)
        return lines
    }

    /// `vigie diff --format json`: `{"diff_version": 1, "sites": [{before, after, scores, new, fixed, changed, unchanged}]}`.
    public static func json(_ diffs: [AuditDiff], afterDate: String) -> Data {
        let document = Document(diffVersion: 1, sites: diffs.map { Site($0, afterDate: afterDate) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return (try? encoder.encode(document)).map { $0 + Data("\n".utf8) } ?? Data()
    }

    private struct Document: Encodable {
        var diffVersion: Int
        var sites: [Site]
        enum CodingKeys: String, CodingKey { case diffVersion = "diff_version", sites }
    }

    /// One site's changes, in `vigie diff --format json` and in the JSON report's `since_last`.
    struct Site: Encodable {
        var before: Audit
        var after: Audit
        var score: ScoreChange
        var modules: [String: ScoreChange]
        var new: [Item]
        var fixed: [Item]
        var changed: [Change]
        var unchanged: [Item]

        init(_ diff: AuditDiff, afterDate: String) {
            before = Audit(site: diff.beforeSite, generatedAt: diff.beforeDate)
            after = Audit(site: diff.afterSite, generatedAt: afterDate)
            let overall = diff.scores.first { $0.module == nil }
            score = ScoreChange(overall?.before, overall?.after, overall?.change)
            modules = Dictionary(uniqueKeysWithValues: diff.scores.compactMap { change in change.module.map { ($0, ScoreChange(change.before, change.after, change.change)) } })
            new = diff.new.map(Item.init)
            fixed = diff.fixed.map(Item.init)
            changed = diff.changed.map { Change(check: $0.after.key.check, page: $0.after.key.page, before: $0.before.status, after: $0.after.status, evidence: $0.after.evidence) }
            unchanged = diff.unchanged.map(Item.init)
        }
    }

    struct Audit: Encodable {
        var site: String
        var generatedAt: String
        enum CodingKeys: String, CodingKey { case site, generatedAt = "generated_at" }
    }

    struct ScoreChange: Encodable {
        var before: Double?
        var after: Double?
        var change: Double?
        init(_ before: Double?, _ after: Double?, _ change: Double?) {
            self.before = before
            self.after = after
            self.change = change
        }
    }

    struct Item: Encodable {
        var check: String
        var status: CheckStatus
        var severity: Severity
        var page: String
        var evidence: Evidence?
        init(_ finding: Finding) {
            check = finding.key.check
            status = finding.status
            severity = finding.severity
            page = finding.key.page
            evidence = finding.evidence
        }
    }

    struct Change: Encodable {
        var check: String
        var page: String
        var before: CheckStatus
        var after: CheckStatus
        var evidence: Evidence?
    }
}

/// One diff as the renderers read it: Markdown lists and tables, numbers and dates in the report's language.
struct DiffView {
    let diff: AuditDiff
    let site: SiteView

    init(diff: AuditDiff, lang: ReportLanguage, catalog: [String: CheckMeta]) {
        self.diff = diff
        site = SiteView(SiteAudit(snapshot: SiteSnapshot(startURL: diff.afterSite, homeURL: diff.afterSite), results: [], scores: Scores()),
                        catalog: catalog, lang: lang)
    }

    func t(_ text: Localized) -> String { site.t(text) }

    func scoreTable() -> [String] {
        MarkdownTable.render(
            [t(ReportStrings.module), t(ReportStrings.before), t(ReportStrings.after), t(ReportStrings.change)],
            diff.scores.map { change in
                let name = change.module.map { t(CheckModule(rawValue: $0)?.title ?? .verbatim($0)) } ?? "**" + t(ReportStrings.overall) + "**"
                return [name, change.before.map(number) ?? "—", change.after.map(number) ?? "—", change.change.map(signed) ?? "—"]
            })
    }

    func findingLists(level: Int, listUnchanged: Bool) -> [String] {
        var lines: [String] = []
        if diff.new.isEmpty, diff.fixed.isEmpty, diff.changed.isEmpty {
            lines += ["", t(ReportStrings.noChange)]
        }
        if !diff.new.isEmpty {
            lines += site.heading(level, ReportStrings.newFindings(diff.new.count))
            lines += diff.new.map(line)
        }
        if !diff.fixed.isEmpty {
            lines += site.heading(level, ReportStrings.fixedFindings(diff.fixed.count))
            lines += diff.fixed.map(line)
        }
        if !diff.changed.isEmpty {
            lines += site.heading(level, ReportStrings.changedFindings(diff.changed.count))
            lines += diff.changed.map { change in
                "- " + SiteView.symbol(change.before.status) + " → " + line(change.after).dropFirst(2)
            }
        }
        if listUnchanged, !diff.unchanged.isEmpty {
            lines += site.heading(level, ReportStrings.unchangedFindings(diff.unchanged.count))
            lines += diff.unchanged.map(line)
        } else if !diff.unchanged.isEmpty {
            lines += ["", t(ReportStrings.unchangedFindings(diff.unchanged.count)) + "."]
        }
        return lines
    }

    /// `- ❌ **Title** (`check.id`, erreur) — https://site/page — « quote »`
    func line(_ finding: Finding) -> String {
        let place = finding.evidence.map(site.evidenceLine) ?? t(ReportStrings.wholeSite)
        return "- " + SiteView.symbol(finding.status) + " **" + site.title(finding.key.check) + "** (`" + finding.key.check + "`, "
            + t(ReportStrings.severity(finding.severity)) + ") — " + place
    }

    /// `2026-12-04T09:30:00Z` as `2026-12-04 09:30 UTC`; any other text as it is (unescaped).
    static func date(_ text: String) -> String {
        let parts = text.split(separator: "T")
        guard parts.count == 2, text.hasSuffix("Z"), parts[1].count >= 5 else { return text }
        return parts[0] + " " + parts[1].prefix(5) + " UTC"
    }

    /// The date, escaped for Markdown.
    func date(_ text: String) -> String { MarkdownText.escape(Self.date(text)) }

    /// A score with at most one decimal, in the language's way (`62,5` in French).
    func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        let text = tenths.rounded() == tenths ? String(Int(tenths)) : String(tenths)
        return site.lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func signed(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : value < 0 ? "−" + number(-value) : "0"
    }
}
