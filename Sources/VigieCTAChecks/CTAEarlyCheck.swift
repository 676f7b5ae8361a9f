import VigieCheckKit
import VigieCore

/// `cta.early`: on the home page, a call to action sits in the header or the first screen of content.
enum CTAEarlyCheck {
    static let meta = CheckMeta(
        id: "cta.early", module: .cta,
        title: Localized(fr: "Appel à l'action visible d'emblée", en: "Call to action seen at once"),
        passTitle: Localized(fr: "Appel à l'action visible d'emblée", en: "Call to action visible at once"),
        failTitle: Localized(fr: "Pas d'appel à l'action visible d'emblée", en: "No call to action visible at once"),
        explanation: Localized(
            fr: "Un appel à l'action placé dans l'en-tête ou dans le premier écran est vu sans faire défiler. Relégué en bas de page, une grande partie des visiteurs ne le voient jamais.",
            en: "A call to action in the header or the first screen is seen without scrolling. Pushed to the bottom, many visitors never see it."),
        remedy: Localized(
            fr: "Remonter l'appel à l'action principal dans l'en-tête ou juste sous le titre de la page d'accueil.",
            en: "Move the main call to action into the header or just below the home page's heading."),
        reference: "Nielsen Norman Group, scrolling and attention (above the fold)", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("CTA in the header", expect: .pass, html: #"<html><body><header><a href="/"><img src="/logo.png" alt="Dupont"></a><a class="btn" href="/devis">Devis gratuit</a></header><main><h1>Dupont</h1></main></body></html>"#),
            CheckExample("CTA right under the heading", expect: .pass, html: #"<html><body><main><h1>Gîte des Alpes</h1><p>Au calme.</p><a class="button" href="/reservation">Réserver</a></main></body></html>"#),
            CheckExample("CTA only at the bottom", expect: .fail, html: """
                <html><body><main><h1>Dupont</h1><p>Un.</p><p>Deux.</p><p>Trois.</p><p>Quatre.</p><p>Cinq.</p><p>Six.</p><p>Sept.</p><p>Huit.</p>
                <button>Demander un devis</button></main></body></html>
                """),
            CheckExample("no CTA at all", expect: .fail, html: "<html><body><main><h1>Dupont</h1><p>Bienvenue.</p></main></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let home = context.snapshot.home else {
            return meta.result(.unknown, Localized(fr: "La page d'accueil n'a pas pu être lue.", en: "The home page could not be read."))
        }
        let url = context.snapshot.homeURL
        let ctas = CTAReport.detector(context).callsToAction(in: home)
        let data: [String: JSONValue] = ["home_ctas": .array(Array(CTAReport.json(ctas, page: url).prefix(30)))]
        if let early = ctas.first(where: \.early) {
            return meta.result(.pass, Localized(
                fr: "Un appel à l'action est visible d'emblée : « \(early.label) » (\(early.zone == .header ? "en-tête" : "haut de page")).",
                en: "A call to action is seen at once: '\(early.label)' (\(early.zone == .header ? "header" : "top of page"))."),
                evidence: [CTAReport.evidence(early, page: url)], data: data)
        }
        if let late = ctas.first {
            return meta.result(.fail, Localized(
                fr: "Le premier appel à l'action de la page d'accueil (« \(late.label) ») arrive tard, loin sous le premier écran.",
                en: "The home page's first call to action ('\(late.label)') comes late, well below the first screen."),
                evidence: [CTAReport.evidence(late, page: url)], data: data)
        }
        return meta.result(.fail, Localized(
            fr: "Aucun appel à l'action sur la page d'accueil, donc aucun en haut de page.",
            en: "No call to action on the home page, so none at the top."),
            evidence: [Evidence.note(url, Localized(fr: "aucun appel à l'action", en: "no call to action"), selector: "body")], data: data)
    }
}
