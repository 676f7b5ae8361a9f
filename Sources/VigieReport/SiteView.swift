import Foundation
import VigieCore

/// One site's audit as the renderers read it: catalogue look-ups, status symbols, rankings, formatted numbers.
/// Every string it returns that came from outside Vigie's strings table is already escaped with `escape`: the
/// renderer's own escaping (`MarkdownText.escape` by default, `HTMLText.escape` for the HTML report).
struct SiteView {
    let audit: SiteAudit
    let catalog: [String: CheckMeta]
    let lang: ReportLanguage
    /// Makes outside text literal in the renderer's format.
    let escape: (String) -> String

    init(_ audit: SiteAudit, catalog: [String: CheckMeta], lang: ReportLanguage, escape: @escaping (String) -> String = MarkdownText.escape) {
        self.audit = audit
        self.catalog = catalog
        self.lang = lang
        self.escape = escape
    }

    var snapshot: SiteSnapshot { audit.snapshot }

    /// Fixed wording in the report language.
    func t(_ text: Localized) -> String { text.text(lang) }

    /// The host of the site (for titles and file names), escaped.
    var host: String { escape(Self.host(of: snapshot)) }

    static func host(of snapshot: SiteSnapshot) -> String {
        for address in [snapshot.homeURL, snapshot.startURL] {
            if let host = URL(string: address)?.host, !host.isEmpty { return host }
        }
        return snapshot.startURL
    }

    /// The check's title in the report language (its id when unknown), escaped.
    func title(_ id: String) -> String {
        escape(catalog[id]?.title.text(lang) ?? id)
    }

    func remedy(_ id: String) -> String {
        escape(catalog[id]?.remedy.text(lang) ?? "")
    }

    func reference(_ id: String) -> String {
        escape(catalog[id]?.reference ?? "")
    }

    func message(_ result: CheckResult) -> String {
        escape(result.message.text(lang))
    }

    /// The module a check belongs to: from the catalogue, else the id's first word.
    static func module(of id: String, catalog: [String: CheckMeta]) -> String {
        if let meta = catalog[id] { return meta.module.rawValue }
        switch id.split(separator: ".").first.map(String.init) ?? id {
        case "header", "body", "footer", "nav": return "structure"
        case let first: return first
        }
    }

    func results(prefix: String) -> [CheckResult] {
        audit.results.filter { $0.id.hasPrefix(prefix) }
    }

    /// Results that need work: `fail` and `warn`.
    var failing: [CheckResult] { audit.results.filter { $0.status == .fail || $0.status == .warn } }

    /// How many pages a result concerns: `data["pages_failing"]` when the check says it, else 1.
    static func reach(_ result: CheckResult) -> Int {
        if case .number(let n)? = result.data["pages_failing"], n >= 1 { return Int(n) }
        return 1
    }

    /// Failing results ranked by severity, then `fail` before `warn`, then reach, then id.
    var rankedActions: [CheckResult] {
        failing.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.status != b.status { return a.status < b.status }
            let ra = Self.reach(a), rb = Self.reach(b)
            if ra != rb { return ra > rb }
            return a.id < b.id
        }
    }

    /// `data["value"]` as text, escaped, when the check read one (the SIREN, the host's name…).
    static func value(_ result: CheckResult) -> String? {
        result.data["value"].flatMap(plain).map(MarkdownText.escape)
    }

    /// A JSON value as plain text (unescaped): strings as they are, numbers without a useless `.0`, arrays joined.
    static func plain(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): return s
        case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): return b ? "true" : "false"
        case .array(let items):
            let parts = items.compactMap(plain)
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case .object, .null: return nil
        }
    }

    /// The first evidence URL, escaped.
    static func firstPage(_ result: CheckResult) -> String {
        result.evidence.first.map { MarkdownText.escape($0.url) } ?? ""
    }

    /// One evidence item on one line: the URL, then the excerpt in quotes or the element.
    func evidenceLine(_ evidence: Evidence) -> String {
        var line = escape(evidence.url)
        if let excerpt = evidence.excerpt, !excerpt.isEmpty {
            line += " — « " + escape(excerpt) + " »"
        }
        if let selector = evidence.selector, !selector.isEmpty {
            line += " — " + t(ReportStrings.selector) + " " + escape(selector)
        }
        return line
    }

    static func symbol(_ status: CheckStatus) -> String {
        switch status {
        case .pass: "✅"
        case .fail: "❌"
        case .warn: "⚠️"
        case .na: "—"
        case .unknown: "?"
        case .info: "ℹ️"
        }
    }

    /// Symbol and word: `❌ non conforme`.
    func statusText(_ status: CheckStatus) -> String {
        Self.symbol(status) + " " + t(ReportStrings.status(status))
    }

    /// A 0–100 score as a whole number.
    static func score(_ value: Double) -> String {
        String(Int(max(0, min(100, value)).rounded())) + "/100"
    }

    /// Seconds with one decimal, with the decimal mark of the language.
    func seconds(_ value: Double) -> String {
        let text = String(format: "%.1f s", max(0, value))
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Module names in report order, those with a score or a result.
    var modules: [String] {
        let present = Set(audit.scores.modules.keys).union(audit.results.map { Self.module(of: $0.id, catalog: catalog) })
        let known = CheckModule.allCases.map(\.rawValue).filter(present.contains)
        return known + present.subtracting(known).sorted()
    }
}
