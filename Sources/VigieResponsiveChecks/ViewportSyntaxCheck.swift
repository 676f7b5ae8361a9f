import VigieCheckKit
import VigieCore

/// `responsive.viewport-syntax`: the viewport content parses cleanly.
enum ViewportSyntaxCheck {
    static let meta = CheckMeta(
        id: "responsive.viewport-syntax", module: .responsive,
        title: Localized(fr: "Syntaxe de la balise viewport", en: "Viewport tag syntax"),
        passTitle: Localized(fr: "Balise viewport bien écrite", en: "Viewport tag well written"),
        failTitle: Localized(fr: "Balise viewport mal écrite ({pages})", en: "Viewport tag badly written ({pages})"),
        explanation: Localized(
            fr: "Les navigateurs tolèrent des erreurs dans la balise viewport (« ; » au lieu de « , », clés inconnues, balise en double) mais les signalent, et chacun les répare à sa façon.",
            en: "Browsers tolerate mistakes in the viewport tag (';' instead of ',', unknown keys, a duplicated tag) but report them, and each repairs them its own way."),
        remedy: Localized(
            fr: "Écrire une seule balise : <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">, paires séparées par des virgules.",
            en: "Write a single tag: <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">, pairs separated by commas."),
        reference: "CSS Viewport Module Level 1 (viewport meta); HTML Living Standard", severity: .notice)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("clean", expect: .pass, html: #"<html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body></body></html>"#),
            CheckExample("semicolon separators", expect: .warn, html: #"<html><head><meta name="viewport" content="width=device-width; initial-scale=1.0; maximum-scale=5"></head><body></body></html>"#),
            CheckExample("unknown key", expect: .warn, html: #"<html><head><meta name="viewport" content="width=device-width, initial-scale=1, zoom=yes"></head><body></body></html>"#),
            CheckExample("duplicated tag", expect: .warn, html: #"<html><head><meta name="viewport" content="width=device-width"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body></body></html>"#),
            CheckExample("no viewport", expect: .na, html: "<html><head></head><body></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        var level = PageLevel()
        var problems: [JSONValue] = []
        for (record, facts) in context.snapshot.htmlPages {
            let page = PageViewport(facts)
            guard let viewport = page.viewport else { continue }
            if viewport.issues.isEmpty {
                level.add(.pass, Evidence(url: record.url, excerpt: page.excerpt, selector: "head > meta[name=viewport]"))
            } else {
                let issues = Localized(fr: viewport.issues.map(\.text.fr).joined(separator: " ; "), en: viewport.issues.map(\.text.en).joined(separator: "; "))
                level.add(.warn, Evidence(url: record.url, excerpt: page.excerpt, selector: "head > meta[name=viewport]", note: issues))
                if problems.count < 20 {
                    problems.append(["page": .string(record.url), "issues": .array(viewport.issues.map { .string($0.text.en) })])
                }
            }
        }
        guard !level.outcomes.isEmpty else {
            return meta.result(.na, Localized(fr: "Aucune page n'a de balise viewport.", en: "No page has a viewport tag."))
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "La balise viewport est bien écrite sur les \(total) pages.", en: "The viewport tag is well formed on all \(total) pages.")
                : Localized(fr: "Balise viewport mal écrite : \(Plural.pagesOf(failing, total).fr).", en: "Malformed viewport tag: \(Plural.pagesOf(failing, total).en).")
        }
        if !problems.isEmpty { result.data["problems"] = .array(problems) }
        return result
    }
}
