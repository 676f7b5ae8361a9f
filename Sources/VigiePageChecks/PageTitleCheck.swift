import Foundation
import VigieCheckKit
import VigieCore

/// `page.title`: every HTML page has a non-empty `<title>` that no other page shares.
enum PageTitleCheck {
    static let meta = CheckMeta(
        id: "page.title", module: .page,
        title: Localized(fr: "Titre de page unique", en: "Unique page title"),
        passTitle: Localized(fr: "Titres de page uniques", en: "Unique page titles"),
        failTitle: Localized(fr: "Titres de page absents ou répétés ({pages})", en: "Page titles missing or repeated ({pages})"),
        explanation: Localized(
            fr: "Le titre s'affiche dans l'onglet et dans les résultats des moteurs de recherche. Vide ou répété d'une page à l'autre, il ne dit pas où l'on est.",
            en: "The title shows in the browser tab and in search results. Empty or repeated across pages, it does not tell where one is."),
        remedy: Localized(fr: "Donner à chaque page un <title> propre, qui décrit son contenu.", en: "Give every page its own <title> describing its content."),
        reference: "WCAG 2.2 SC 2.4.2 (RGAA 8.5, 8.6)", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("distinct titles", expect: .pass, pages: [
                .init("/", "<html><head><title>Accueil – Dupont</title></head><body><a href='/b'>b</a></body></html>"),
                .init("/b", "<html><head><title>Nos services – Dupont</title></head><body></body></html>"),
            ]),
            CheckExample("missing title", expect: .fail, html: "<html><head></head><body><p>x</p></body></html>"),
            CheckExample("HTTrack « Page has moved » stubs share a title: not pages", expect: .pass, pages: [
                .init("/", "<html><head><title>Accueil – AIMF</title></head><body><a href='/index98bc.html'>a</a><a href='/index637d.html'>b</a><a href='/ville/bordeaux/'>Bordeaux</a></body></html>"),
                .init("/index98bc.html", StubExamples.httrack(to: "ville/bordeaux/index.html")),
                .init("/index637d.html", StubExamples.httrack(to: "ville/bordeaux/index.html")),
                .init("/ville/bordeaux/", "<html><head><title>Bordeaux – AIMF</title></head><body></body></html>"),
            ]),
            CheckExample("one page reached as /x/ and /x/index.html", expect: .pass, pages: [
                .init("/", "<html><head><title>Accueil – Dupont</title></head><body><a href='/services/'>a</a><a href='/services/index.html'>b</a></body></html>"),
                .init("/services/", "<html><head><title>Services – Dupont</title></head><body></body></html>"),
                .init("/services/index.html", "<html><head><title>Services – Dupont</title></head><body></body></html>"),
            ]),
            CheckExample("a query variant whose canonical names the page", expect: .pass, pages: [
                .init("/", "<html><head><title>Accueil – GAMEDOOR41</title></head><body><a href='/devis/'>Devis</a><a href='/devis/?occasion=evjf'>EVJF</a></body></html>"),
                .init("/devis/", #"<html><head><title>Devis – GAMEDOOR41</title><link rel="canonical" href="https://gamedoor41.fr/devis/"></head><body></body></html>"#),
                .init("/devis/?occasion=evjf", #"<html><head><title>Devis – GAMEDOOR41</title><link rel="canonical" href="https://gamedoor41.fr/devis/"></head><body></body></html>"#),
            ]),
            CheckExample("a query variant with its own canonical is a page", expect: .fail, pages: [
                .init("/", "<html><head><title>Accueil – Dupont</title></head><body><a href='/liste/'>a</a><a href='/liste/?page=2'>b</a></body></html>"),
                .init("/liste/", #"<html><head><title>Réalisations – Dupont</title><link rel="canonical" href="/liste/"></head><body></body></html>"#),
                .init("/liste/?page=2", #"<html><head><title>Réalisations – Dupont</title><link rel="canonical" href="/liste/?page=2"></head><body></body></html>"#),
            ]),
            CheckExample("two pages of one title, one a page with a delayed refresh", expect: .fail, pages: [
                .init("/", "<html><head><title>Dupont</title></head><body><a href='/b'>b</a></body></html>"),
                .init("/b", #"<html><head><title>Dupont</title><meta http-equiv="refresh" content="300"></head><body><p>Actualités</p></body></html>"#),
            ]),
            CheckExample("duplicated title", expect: .fail, pages: [
                .init("/", "<html><head><title>Dupont</title></head><body><a href='/b'>b</a></body></html>"),
                .init("/b", "<html><head><title>Dupont</title></head><body></body></html>"),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let pages = context.snapshot.htmlPages
        var byTitle: [String: [String]] = [:]
        for (record, facts) in pages {
            if let title = facts.title?.trimmingWhitespaceAndNewlines(), !title.isEmpty {
                byTitle[title, default: []].append(record.url)
            }
        }
        var level = PageLevel()
        var duplicates: [String: JSONValue] = [:]
        for (record, facts) in pages {
            let title = facts.title?.trimmingWhitespaceAndNewlines() ?? ""
            if title.isEmpty {
                level.add(.fail, Evidence.note(record.url, Localized(fr: "<title> absent ou vide", en: "<title> missing or empty"), selector: "head > title"))
            } else if let same = byTitle[title], same.count > 1 {
                duplicates[title] = .array(same.prefix(10).map { .string($0) })
                level.add(.fail, Evidence(url: record.url, excerpt: "<title>\(title)</title>", selector: "head > title", note: Plural.alsoOn(same.count - 1)))
            } else {
                level.add(.pass, Evidence(url: record.url, excerpt: "<title>\(title)</title>", selector: "head > title"))
            }
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Titre unique \(Plural.onEvery(total).fr).", en: "Unique title \(Plural.onEvery(total).en).")
                : Localized(fr: "Titre absent ou en double : \(Plural.pagesOf(failing, total).fr).", en: "Missing or duplicated title: \(Plural.pagesOf(failing, total).en).")
        }
        if !duplicates.isEmpty { result.data["duplicates"] = .object(duplicates) }
        return result
    }
}
