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

    /// Fixed wording in the report language, with French typography.
    func t(_ text: Localized) -> String { Typography.apply(text.text(lang), lang) }

    /// Vigie's words (a title, a message, a note) in the report language, typeset and escaped.
    func words(_ text: Localized) -> String { escape(t(text)) }

    /// The host of the site (for titles and file names), escaped.
    var host: String { escape(Self.host(of: snapshot)) }

    static func host(of snapshot: SiteSnapshot) -> String {
        for address in [snapshot.homeURL, snapshot.startURL] {
            if let host = URL(string: address)?.host, !host.isEmpty { return host }
        }
        return snapshot.startURL
    }

    /// The check's neutral title in the report language (its id when unknown), escaped.
    func title(_ id: String) -> String {
        catalog[id].map { words($0.title) } ?? escape(id)
    }

    /// The heading that states what the result found (its pass or fail title), escaped.
    func heading(_ result: CheckResult) -> String { words(headingText(result)) }

    func remedy(_ id: String) -> String {
        catalog[id].map { words($0.remedy) } ?? ""
    }

    func reference(_ id: String) -> String {
        escape(catalog[id]?.reference ?? "")
    }

    func message(_ result: CheckResult) -> String { words(result.message) }

    /// Results that need work: `fail` and `warn`.
    var failing: [CheckResult] { audit.results.filter(\.isFinding) }

    /// The first evidence URL, escaped.
    func firstPage(_ result: CheckResult) -> String {
        result.evidence.first.map { escape($0.url) } ?? ""
    }

    /// One evidence item on one line: the URL, the verbatim quote in guillemets (quotation marks in English),
    /// the auditor's note, then the element.
    func evidenceLine(_ evidence: Evidence) -> String {
        var line = escape(evidence.url)
        if let excerpt = evidence.excerpt, !excerpt.isEmpty {
            line += " — " + quote(excerpt)
        }
        if let note = evidence.note, !note.text(lang).isEmpty {
            line += " — " + words(note)
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

    /// A verbatim quote of a page, escaped, in the language's quotation marks.
    func quote(_ text: String) -> String {
        lang == .fr ? "«\u{00A0}" + escape(text) + "\u{00A0}»" : "“" + escape(text) + "”"
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

    /// A module's score, or « — » when it has none.
    func score(of module: CheckModule) -> String {
        audit.scores.modules[module.rawValue].map(Self.score) ?? "—"
    }
}
