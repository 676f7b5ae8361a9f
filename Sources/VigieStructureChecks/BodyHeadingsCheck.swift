import Foundation
import VigieCheckKit
import VigieCore

/// `body.h1`: every page has exactly one `<h1>` and its headings do not skip levels.
enum BodyHeadingsCheck {
    static let meta = CheckMeta(
        id: "body.h1", module: .structure,
        title: Localized(fr: "Un titre <h1> par page, titres dans l'ordre", en: "One <h1> per page, headings in order"),
        passTitle: Localized(fr: "Un titre principal par page, titres dans l'ordre", en: "One main heading per page, headings in order"),
        failTitle: Localized(fr: "Titres mal hiérarchisés ({pages})", en: "Headings out of order ({pages})"),
        explanation: Localized(
            fr: "Le titre principal (<h1>) dit de quoi parle la page, pour les visiteurs, les lecteurs d'écran et les moteurs de recherche ; les sous-titres suivent les niveaux sans en sauter.",
            en: "The main heading (<h1>) says what the page is about, for visitors, screen readers and search engines; sub-headings follow the levels without skipping any."),
        remedy: Localized(
            fr: "Donner à chaque page un seul <h1> qui décrit son contenu, puis des <h2>, <h3>… dans l'ordre.",
            en: "Give every page a single <h1> describing its content, then <h2>, <h3>… in order."),
        reference: "WCAG 2.2 SC 1.3.1 et 2.4.6 (RGAA 9.1)", severity: .warning, section: .body, gridZone: .body)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("one h1, h2 below", expect: .pass, html: "<html><body><h1>Plombier à Lyon</h1><h2>Nos services</h2><h3>Dépannage</h3><h2>Contact</h2></body></html>"),
            CheckExample("no h1", expect: .fail, html: "<html><body><h2>Nos services</h2><p>Texte</p></body></html>"),
            CheckExample("two h1", expect: .warn, html: "<html><body><h1>Dupont</h1><h1>Plombier à Lyon</h1></body></html>"),
            CheckExample("h2 then h4", expect: .warn, html: "<html><body><h1>Dupont</h1><h2>Services</h2><h4>Dépannage</h4></body></html>"),
            CheckExample("inner page without h1", expect: .fail, pages: [
                .init("/", "<html><body><h1>Accueil</h1><a href='/b'>b</a></body></html>"),
                .init("/b", "<html><body><h2>Page b</h2></body></html>"),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let pages = context.structurePages
        guard let home = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        var level = PageLevel()
        var notes = GridNotes(.body)
        for page in pages {
            let (status, excerpt, problem) = judge(page.facts)
            level.add(status, Evidence(url: page.url, excerpt: excerpt, selector: "h1"))
            if page.url == home.url {
                if status == .pass {
                    notes.home(.strength, "Un titre principal (h1) clair : « \(Evidence.clip(excerpt, limit: 60)) »", "A clear main heading (h1): \"\(Evidence.clip(excerpt, limit: 60))\"")
                } else {
                    notes.home(.weakness, problem.fr, problem.en)
                }
            }
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: total == 1 ? "La page a un seul <h1> et des titres dans l'ordre." : "Les \(total) pages ont un seul <h1> et des titres dans l'ordre.",
                            en: total == 1 ? "The page has a single <h1> and headings in order." : "All \(total) pages have a single <h1> and headings in order.")
                : Localized(fr: "Pas de <h1> unique ou niveaux de titres sautés : \(Plural.pagesOf(failing, total).fr).", en: "No single <h1> or skipped heading levels: \(Plural.pagesOf(failing, total).en).")
        }
        let failing = level.outcomes.filter { $0.status != .pass }.count
        if failing == 0 {
            notes.site(.strength, "Un titre h1 par page, titres hiérarchisés", "One h1 per page, headings in order")
        } else {
            notes.site(.weakness, "Titres mal hiérarchisés ou sans h1 unique : \(Plural.pagesOf(failing, level.outcomes.count).fr)",
                       "Headings badly ordered or without a single h1: \(Plural.pagesOf(failing, level.outcomes.count).en)")
        }
        result = notes.apply(to: result)
        return result
    }

    /// The page's status, the excerpt that shows it, and the weakness in words.
    static func judge(_ facts: PageFacts) -> (CheckStatus, String, Localized) {
        let h1 = facts.headings.filter { $0.level == 1 }
        if h1.isEmpty {
            let first = facts.headings.first.map { "<h\($0.level)>\($0.text)" } ?? "—"
            return (.fail, first, Localized(fr: "Pas de titre principal (h1)", en: "No main heading (h1)"))
        }
        if h1.count > 1 {
            return (.warn, h1.prefix(3).map { "<h1>\($0.text)" }.joined(separator: " | "),
                    Localized(fr: "\(h1.count) titres h1 sur la page : le sujet principal est flou", en: "\(h1.count) h1 headings on the page: the main topic is blurred"))
        }
        var previous = 0
        for heading in facts.headings {
            if previous > 0, heading.level > previous + 1 {
                return (.warn, "<h\(previous)> puis <h\(heading.level)>\(heading.text)",
                        Localized(fr: "Niveaux de titres sautés (h\(previous) puis h\(heading.level))", en: "Heading levels skipped (h\(previous) then h\(heading.level))"))
            }
            previous = heading.level
        }
        return (.pass, h1[0].text, Localized(fr: "", en: ""))
    }
}
