import Foundation
import VigieCheckKit
import VigieCore

/// `header.search`: the home page offers an internal search engine, preferably in the header.
enum HeaderSearchCheck {
    static let meta = CheckMeta(
        id: "header.search", module: .structure,
        title: Localized(fr: "Moteur de recherche interne", en: "Internal search engine"),
        passTitle: Localized(fr: "Moteur de recherche interne", en: "Site search"),
        failTitle: Localized(fr: "Pas de moteur de recherche interne", en: "No site search"),
        explanation: Localized(
            fr: "Un champ de recherche en haut de page permet de trouver directement un produit ou une information, sans parcourir les menus.",
            en: "A search field at the top lets visitors find a product or a piece of information directly, without browsing the menus."),
        remedy: Localized(
            fr: "Ajouter un formulaire de recherche (role=\"search\", champ type=\"search\" avec un libellé) dans l'en-tête.",
            en: "Add a search form (role=\"search\", a labelled type=\"search\" field) to the header."),
        reference: "WCAG 2.2 SC 2.4.5 (RGAA 12.1) ; Opquast (bonnes pratiques qualité web)", severity: .notice, section: .header, gridZone: .header)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("search form in the header", expect: .pass, html: #"<html><body><header><form role="search" action="/recherche"><label for="q">Rechercher</label><input type="search" id="q" name="q"><button>OK</button></form></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("WordPress s field", expect: .pass, html: #"<html><body><header><form action="/"><input type="text" name="s" placeholder="Rechercher…"></form></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("search form in the body only", expect: .warn, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1><form action="/search"><input type="search" name="q"></form></main></body></html>"#),
            CheckExample("contact form is not a search", expect: .fail, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1><form method="post"><input type="email" name="email"><textarea name="message"></textarea><button>Envoyer</button></form></main></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let page = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let words = context.rules.pack(StructureWords.self)
        var notes = GridNotes(.header)
        let forms = page.facts.forms.filter { isSearch($0, words) }
        let headerForm = forms.first { page.inHeader($0.zone, $0.order) }
        let headerLink = page.headerLinks.first { link in
            guard let url = link.url else { return false }
            return StructureText.firstTerm(in: link.label, words.sections.search) != nil
                && StructureText.firstTerm(in: URLComponents(string: url)?.path ?? "", words.sections.search) != nil
        }
        if let form = headerForm {
            notes.both(.strength, "Moteur de recherche interne en haut de page", "Internal search engine at the top")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Formulaire de recherche dans l'en-tête.", en: "Search form in the header."),
                evidence: [Evidence(url: page.url, excerpt: describe(form), selector: page.headerSelector)]))
        }
        if let link = headerLink {
            notes.both(.strength, "Accès à la recherche interne depuis l'en-tête", "Internal search reachable from the header")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Lien vers la page de recherche dans l'en-tête.", en: "Link to the search page in the header."),
                evidence: [Evidence(url: page.url, excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: page.headerSelector)]))
        }
        if let form = forms.first {
            notes.both(.weakness, "Moteur de recherche présent mais pas en haut de page", "Search engine present but not at the top")
            return notes.apply(to: meta.result(.warn,
                Localized(fr: "Un formulaire de recherche existe, mais hors de l'en-tête.", en: "A search form exists, but outside the header."),
                evidence: [Evidence(url: page.url, excerpt: describe(form), selector: form.id.map { "form#\($0)" } ?? "form")]))
        }
        notes.both(.weakness, "Pas de moteur de recherche interne", "No internal search engine")
        return notes.apply(to: meta.result(.fail,
            Localized(fr: "Aucun formulaire de recherche sur la page d'accueil.", en: "No search form on the home page."),
            evidence: [Evidence.note(page.url, Localized(fr: "\(Plural.nfr(page.facts.forms.count, "formulaire", "formulaires")), aucun de recherche",
                                                         en: "\(Plural.nen(page.facts.forms.count, "form", "forms")), none for search"), selector: page.headerSelector)]))
    }

    /// A search form: `role=search`, a `type=search` field, a field named `q`/`s`/`search`…, or an action naming search.
    static func isSearch(_ form: FormFact, _ words: StructureWords) -> Bool {
        if form.role?.lowercased() == "search" { return true }
        let visible = form.fields.filter { $0.type != "hidden" }
        if visible.contains(where: { $0.type == "search" }) { return true }
        let fieldNames = Set(words.searchFields)
        let textFields = visible.filter { $0.type == "text" || $0.type == "search" }
        guard textFields.count == 1, visible.count <= 3 else { return false }
        if let name = textFields[0].name?.lowercased(), fieldNames.contains(name) { return true }
        let hints = [form.action.flatMap { URLComponents(string: $0)?.path } ?? "", form.id ?? "", textFields[0].placeholder ?? "", textFields[0].label ?? ""] + form.classes
        return hints.contains { StructureText.firstTerm(in: $0, words.sections.search) != nil }
    }

    private static func describe(_ form: FormFact) -> String {
        let fields = form.fields.filter { $0.type != "hidden" }.map { "\($0.type)\($0.name.map { " name=\($0)" } ?? "")" }
        return "<form\(form.role.map { " role=\"\($0)\"" } ?? "") action=\"\(form.action ?? "")\"> [\(fields.joined(separator: ", "))]"
    }
}
