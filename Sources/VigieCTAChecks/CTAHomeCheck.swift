import VigieCheckKit
import VigieCore

/// `cta.home`: the home page has at least one clear call to action.
enum CTAHomeCheck {
    static let meta = CheckMeta(
        id: "cta.home", module: .cta,
        title: Localized(fr: "Appel à l'action sur la page d'accueil", en: "Call to action on the home page"),
        passTitle: Localized(fr: "Appel à l'action sur la page d'accueil", en: "Call to action on the home page"),
        failTitle: Localized(fr: "Pas de CTA (appel à l'action) sur la page d'accueil", en: "No CTA (call to action) on the home page"),
        explanation: Localized(
            fr: "La page d'accueil doit dire au visiteur quoi faire : un bouton ou un lien bien visible avec un verbe d'action (« Demander un devis », « Réserver », « Acheter », « Contactez-nous », « S'inscrire »). Sans lui, le visiteur repart sans avoir agi.",
            en: "The home page must tell the visitor what to do: a visible button or link with an action verb ('Get a quote', 'Book', 'Buy', 'Contact us', 'Sign up'). Without it, visitors leave without acting."),
        remedy: Localized(
            fr: "Placer en haut de la page d'accueil un bouton avec un verbe d'action qui mène au devis, à la réservation, à l'achat ou au contact.",
            en: "Put a button with an action verb at the top of the home page, leading to the quote, booking, purchase or contact."),
        reference: "Nielsen Norman Group, call-to-action guidelines; BTS NDRC grille d'audit de site", severity: .error, gridZone: .body)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("button CTA", expect: .pass, html: """
                <html><body><header><nav><a href="/">Accueil</a><a href="/contact">Contact</a></nav></header>
                <main><h1>Plomberie Dupont</h1><button class="btn-primary">Demander un devis</button></main></body></html>
                """),
            CheckExample("only a nav link to /contact", expect: .fail, html: """
                <html><body><header><nav><a href="/">Accueil</a><a href="/services">Services</a><a href="/contact">Contact</a></nav></header>
                <main><h1>Plomberie Dupont</h1><p>Nous intervenons à Lyon.</p></main></body></html>
                """),
            CheckExample("S'inscrire link styled as a button", expect: .pass, html: #"<html><body><main><h1>Club</h1><a class="button" href="/inscription">S'inscrire</a></main></body></html>"#),
            CheckExample("imperative with a pronoun and an arrow (aufildutrace)", expect: .pass, html: #"<html><body><main><h1>Graphothérapeute</h1><p><a href="contact/index.html">Posez-moi une question →</a></p></main></body></html>"#),
            CheckExample("S’inscrire with a typographic apostrophe", expect: .pass, html: #"<html><body><main><h1>Club</h1><a class="cta" href="/inscription">S’inscrire</a></main></body></html>"#),
            CheckExample("Être rappelé", expect: .pass, html: #"<html><body><main><h1>Assurance</h1><form action="/rappel"><label for="t">Téléphone</label><input id="t" type="tel" name="tel"><button>Être rappelé</button></form></main></body></html>"#),
            CheckExample("only a plain link late in the page", expect: .warn, html: """
                <html><body><main><h1>Dupont</h1><p>Un.</p><p>Deux.</p><p>Trois.</p><p>Quatre.</p><p>Cinq.</p><p>Six.</p><p>Sept.</p>
                <p>Pour nous écrire, <a href="/contact">contactez-nous</a>.</p></main></body></html>
                """),
            CheckExample("only a cookie banner button", expect: .fail, html: #"<html><body><div id="cookie-banner"><button class="cookie-accept">Accepter</button></div><main><h1>Dupont</h1></main></body></html>"#),
            CheckExample("button without an action label", expect: .warn, html: #"<html><body><main><h1>Dupont</h1><a class="btn" href="/offres">Nos offres</a></main></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let home = context.snapshot.home else {
            return meta.result(.unknown, Localized(fr: "La page d'accueil n'a pas pu être lue.", en: "The home page could not be read."))
        }
        let url = context.snapshot.homeURL
        let detector = CTAReport.detector(context)
        let words = context.rules.pack(CTAWords.self)
        let ctas = detector.callsToAction(in: home)
        var data: [String: JSONValue] = ["home_ctas": .array(Array(CTAReport.json(ctas, page: url).prefix(30)))]
        var notes: [Localized] = []
        if let competing = CTAReport.competing(ctas, words: words) {
            data["competing"] = ["page": .string(url), "count": .number(Double(competing.count)), "labels": .array(competing.prefix(10).map { .string($0) })]
            notes.append(Localized(
                fr: " Attention : \(competing.count) appels à l'action principaux se font concurrence.",
                en: " Beware: \(competing.count) primary calls to action compete."))
        }
        let note = notes.first ?? Localized(fr: "", en: "")
        if let clear = ctas.first(where: \.isClear) {
            if !notes.isEmpty { data["notes"] = .array(notes.map { .string($0.fr) }) }
            return meta.result(.pass, Localized(
                fr: "La page d'accueil propose un appel à l'action clair : « \(clear.label) »." + note.fr,
                en: "The home page offers a clear call to action: '\(clear.label)'." + note.en),
                evidence: ctas.filter(\.isClear).prefix(5).map { CTAReport.evidence($0, page: url) }, data: data)
        }
        if let weak = ctas.first {
            return meta.result(.warn, Localized(
                fr: "La page d'accueil n'a qu'un appel à l'action discret (« \(weak.label) ») : ni bouton, ni place en vue.",
                en: "The home page only has a discreet call to action ('\(weak.label)'): no button, no prominent place."),
                evidence: ctas.prefix(5).map { CTAReport.evidence($0, page: url) }, data: data)
        }
        let buttonLike = home.buttons.filter { !$0.label.isEmpty && !isConsentControl($0) }.map { ($0.label, $0.path) }
            + home.links.filter { detector.styledAsButton($0.classes) && !$0.label.isEmpty }.map { ($0.label, $0.path) }
        if let first = buttonLike.first {
            return meta.result(.warn, Localized(
                fr: "La page d'accueil a des boutons, mais aucun ne porte un verbe d'action (« \(first.0) »).",
                en: "The home page has buttons, but none carries an action verb ('\(first.0)')."),
                evidence: buttonLike.prefix(5).map { Evidence(url: url, excerpt: $0.0, selector: $0.1) }, data: data)
        }
        return meta.result(.fail, Localized(
            fr: "Aucun appel à l'action sur la page d'accueil (bouton ou lien avec un verbe d'action).",
            en: "No call to action on the home page (a button or link with an action verb)."),
            evidence: [Evidence(url: url, excerpt: home.title.map { "<title>\($0)</title>" }, selector: "body", note: Localized(fr: "aucun appel à l'action", en: "no call to action"))], data: data)
    }

    /// Cookie-banner buttons ("Accepter", "Tout refuser") are no sign of a call to action.
    static func isConsentControl(_ button: ButtonFact) -> Bool {
        let names = (button.classes + [button.id ?? ""] + button.attributes.keys.map { $0 } + [button.path]).joined(separator: " ").lowercased()
        return ["cookie", "consent", "gdpr", "rgpd", "tarteaucitron", "axeptio", "didomi", "cmp"].contains { names.contains($0) }
    }
}
