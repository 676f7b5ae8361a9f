import Foundation
import VigieCheckKit
import VigieCore

/// `page.description`: every HTML page has a non-empty `<meta name="description">`, its own.
enum PageDescriptionCheck {
    static let meta = CheckMeta(
        id: "page.description", module: .page,
        title: Localized(fr: "Méta-description", en: "Meta description"),
        passTitle: Localized(fr: "Méta-descriptions propres à chaque page", en: "Meta descriptions of their own"),
        failTitle: Localized(fr: "Méta-descriptions absentes ou répétées ({pages})", en: "Meta descriptions missing or repeated ({pages})"),
        explanation: Localized(
            fr: "La méta-description est souvent le texte affiché sous le titre dans les résultats des moteurs de recherche. Absente, le moteur prend un extrait au hasard ; répétée sur plusieurs pages, elle ne les distingue pas.",
            en: "The meta description is often the text shown under the title in search results. When absent, the engine picks a random snippet; repeated across pages, it does not tell them apart."),
        remedy: Localized(
            fr: "Écrire pour chaque page une <meta name=\"description\" content=\"…\"> propre, d'une ou deux phrases.",
            en: "Write for every page its own <meta name=\"description\" content=\"…\">, one or two sentences."),
        reference: "Google Search Central, snippets and meta descriptions", severity: .notice)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("description set", expect: .pass, html: #"<html><head><meta name="description" content="Plombier à Lyon depuis 1998 : dépannage, chauffage."></head><body></body></html>"#),
            CheckExample("description missing", expect: .fail, html: "<html><head><title>A</title></head><body></body></html>"),
            CheckExample("description empty", expect: .fail, html: #"<html><head><meta name="description" content="  "></head><body></body></html>"#),
            CheckExample("one page reached as /x/ and /x/index.html", expect: .pass, pages: [
                .init("/", #"<html><head><title>Dupont</title><meta name="description" content="Dupont, plombier à Lyon"></head><body><a href="/contact/">c</a></body></html>"#),
                .init("/contact/", #"<html><head><title>Contact</title><meta name="description" content="Écrire à Dupont"></head><body></body></html>"#),
                .init("/contact/index.html", #"<html><head><title>Contact</title><meta name="description" content="Écrire à Dupont"></head><body></body></html>"#),
            ]),
            CheckExample("a redirect stub has no description: not a page", expect: .pass, pages: [
                .init("/", #"<html><head><title>Dupont</title><meta name="description" content="Dupont, plombier à Lyon"></head><body><a href="/ancien/">c</a></body></html>"#),
                .init("/ancien/", StubExamples.jekyll(to: "/")),
            ]),
            CheckExample("description duplicated across pages", expect: .warn, pages: [
                .init("/", #"<html><head><meta name="Description" content="Dupont, plombier"></head><body><a href="/b">b</a></body></html>"#),
                .init("/b", #"<html><head><meta name="description" content="Dupont, plombier"></head><body></body></html>"#),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let pages = context.snapshot.htmlPages
        var byText: [String: [String]] = [:]
        // One entry per page, in the pages' order (no table keyed by URL: 10,000 pages made it 4 MB).
        let descriptions = pages.map { (record, facts) -> (text: String, count: Int) in
            let all = facts.metas.filter { $0.name?.trimmingWhitespace().lowercased() == "description" }
            let text = (all.first?.content ?? "").trimmingWhitespaceAndNewlines()
            if !text.isEmpty { byText[text, default: []].append(record.url) }
            return (text, all.count)
        }
        var level = PageLevel()
        var duplicates: [String: JSONValue] = [:]
        for ((record, _), (text, count)) in zip(pages, descriptions) {
            if text.isEmpty {
                level.add(.fail, count == 0 ? Evidence.note(record.url, Localized(fr: "<meta name=\"description\"> absente", en: "<meta name=\"description\"> missing"), selector: "head")
                    : Evidence(url: record.url, excerpt: "<meta name=\"description\" content=\"\">", selector: "head"))
            } else if let same = byText[text], same.count > 1 {
                duplicates[text] = .array(same.prefix(10).map { .string($0) })
                level.add(.warn, Evidence(url: record.url, excerpt: text, selector: "head > meta[name=description]", note: Plural.alsoOn(same.count - 1)))
            } else if count > 1 {
                level.add(.warn, Evidence.note(record.url, Localized(fr: "\(count) balises <meta name=\"description\">", en: "\(count) <meta name=\"description\"> tags"), selector: "head > meta[name=description]"))
            } else {
                level.add(.pass, Evidence(url: record.url, excerpt: text, selector: "head > meta[name=description]"))
            }
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Méta-description propre \(Plural.onEvery(total).fr).", en: "A meta description of its own \(Plural.onEvery(total).en).")
                : Localized(fr: "Méta-description absente, vide ou répétée : \(Plural.pagesOf(failing, total).fr).", en: "Missing, empty or repeated meta description: \(Plural.pagesOf(failing, total).en).")
        }
        if !duplicates.isEmpty { result.data["duplicates"] = .object(duplicates) }
        return result
    }
}
