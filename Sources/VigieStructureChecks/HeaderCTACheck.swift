import Foundation
import VigieCheckKit
import VigieCore

/// `header.cta`: the home page's header holds a call to action (quote, booking, contact…): a link or button
/// whose label names an action of the CTA lexicon (`CTADetector`, shared with the cta module), menu links included.
enum HeaderCTACheck {
    static let meta = CheckMeta(
        id: "header.cta", module: .structure,
        title: Localized(fr: "Appel à l'action dans l'en-tête", en: "Call to action in the header"),
        passTitle: Localized(fr: "Appel à l'action dans l'en-tête", en: "Call to action in the header"),
        failTitle: Localized(fr: "Pas d'appel à l'action dans l'en-tête", en: "No call to action in the header"),
        explanation: Localized(
            fr: "Un bouton d'action en haut de page (« Demander un devis », « Réserver », « Nous contacter ») est vu sans faire défiler et mène tout de suite à la conversion.",
            en: "An action button at the top (\"Get a quote\", \"Book\", \"Contact us\") is seen without scrolling and leads straight to conversion."),
        remedy: Localized(
            fr: "Placer dans l'en-tête un bouton avec un verbe d'action vers le devis, la réservation ou le contact.",
            en: "Put a button with an action verb in the header, leading to a quote, a booking or the contact page."),
        reference: "Grille d'audit BTS NDRC ; NN/g « Call to action »", severity: .notice, section: .header, gridZone: .header)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("quote button in the header", expect: .pass, html: #"<html><body><header><a href="/">Dupont</a><a class="btn" href="/devis">Devis immédiat</a></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("booking button", expect: .pass, html: #"<html><body><header><button type="button">Réserver une table</button></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("menu only", expect: .fail, html: #"<html><body><header><nav><a href="/a">Nos services</a><a href="/b">Nos réalisations</a></nav></header><main><h1>A</h1><a href="/devis">Demander un devis</a></main></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let page = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        var notes = GridNotes(.header)
        let detector = CTADetector(words: context.rules.pack(CTAWords.self))
        let links = page.headerLinks.filter { !$0.href.lowercased().hasPrefix("tel:") && detector.action(in: $0.label) != nil }
            .map { (label: $0.label, excerpt: "<a href=\"\($0.href)\">\($0.label)</a>") }
        let buttons = page.facts.buttons.filter { page.inHeader($0.zone, $0.order) && detector.action(in: $0.label) != nil }
            .map { (label: $0.label, excerpt: "<\($0.tag)>\($0.label)</\($0.tag)>") }
        let found = links + buttons
        if let first = found.first {
            let label = Evidence.clip(first.label, limit: 60)
            notes.both(.strength, "Appel à l'action dès l'en-tête : « \(label) »", "Call to action right in the header: \"\(label)\"")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Appel à l'action dans l'en-tête : « \(label) ».", en: "Call to action in the header: \"\(label)\"."),
                evidence: found.prefix(3).map { Evidence(url: page.url, excerpt: $0.excerpt, selector: page.headerSelector) },
                data: ["zone_method": page.headerMethod]))
        }
        notes.both(.weakness, "Pas d'appel à l'action dans l'en-tête (devis, réservation, contact)", "No call to action in the header (quote, booking, contact)")
        return notes.apply(to: meta.result(.fail,
            Localized(fr: "Aucun lien ni bouton d'action dans l'en-tête.", en: "No action link or button in the header."),
            evidence: [Evidence(url: page.url, excerpt: page.headerLinks.prefix(8).map(\.label).joined(separator: " · "), selector: page.headerSelector)],
            data: ["zone_method": page.headerMethod]))
    }
}
