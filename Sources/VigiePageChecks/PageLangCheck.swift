import Foundation
import VigieCheckKit
import VigieCore

/// `page.lang`: every HTML page declares its language with `<html lang>`.
enum PageLangCheck {
    static let meta = CheckMeta(
        id: "page.lang", module: .page,
        title: Localized(fr: "Langue de la page déclarée", en: "Page language declared"),
        passTitle: Localized(fr: "Langue des pages déclarée", en: "Page language declared"),
        failTitle: Localized(fr: "Langue des pages non déclarée ({pages})", en: "Page language not declared ({pages})"),
        explanation: Localized(
            fr: "L'attribut lang de la balise <html> indique la langue du contenu. Les lecteurs d'écran choisissent leur voix avec lui et les moteurs de recherche s'en servent.",
            en: "The lang attribute of <html> tells the language of the content. Screen readers pick their voice from it and search engines use it."),
        remedy: Localized(fr: "Ajouter lang=\"fr\" à la balise <html> de chaque page.", en: "Add lang=\"fr\" (or the right language) to the <html> tag of every page."),
        reference: "WCAG 2.2 SC 3.1.1 (RGAA 8.3)", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("lang set", expect: .pass, html: #"<html lang="fr"><head><title>A</title></head><body><p>Bonjour</p></body></html>"#),
            CheckExample("lang missing", expect: .fail, html: "<html><head><title>A</title></head><body><p>Bonjour</p></body></html>"),
            CheckExample("lang empty", expect: .fail, html: #"<html lang=" "><body><p>Bonjour</p></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        var pages = PageLevel()
        for (record, facts) in context.snapshot.htmlPages {
            let lang = facts.lang?.trimmingWhitespace() ?? ""
            if lang.isEmpty {
                pages.add(.fail, Evidence(url: record.url, excerpt: facts.lang.map { "<html lang=\"\($0)\">" }, selector: "html",
                                                          note: facts.lang == nil ? Localized(fr: "<html> sans attribut lang", en: "<html> without a lang attribute") : nil))
            } else {
                pages.add(.pass, Evidence(url: record.url, excerpt: "<html lang=\"\(lang)\">", selector: "html"))
            }
        }
        return pages.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Langue déclarée \(Plural.onEvery(total).fr).", en: "Language declared \(Plural.onEvery(total).en).")
                : Localized(fr: "Pas de langue déclarée : \(Plural.pagesOf(failing, total).fr).", en: "No language declared: \(Plural.pagesOf(failing, total).en).")
        }
    }
}
