import Foundation
import VigieCheckKit
import VigieCore

/// `header.phone`: a telephone number is visible in the home page's header (as text or a `tel:` link).
enum HeaderPhoneCheck {
    static let meta = CheckMeta(
        id: "header.phone", module: .structure,
        title: Localized(fr: "Téléphone visible dans l'en-tête", en: "Phone number visible in the header"),
        passTitle: Localized(fr: "Téléphone visible dans l'en-tête", en: "Phone visible in the header"),
        failTitle: Localized(fr: "Pas de téléphone dans l'en-tête", en: "No phone in the header"),
        explanation: Localized(
            fr: "Un numéro en haut de page rassure et permet d'appeler tout de suite ; caché en bas de page, il passe inaperçu.",
            en: "A number at the top reassures visitors and lets them call at once; tucked away at the bottom, it goes unnoticed."),
        remedy: Localized(
            fr: "Afficher le numéro dans l'en-tête, en lien cliquable (<a href=\"tel:+33…\">) pour les mobiles.",
            en: "Show the number in the header, as a clickable link (<a href=\"tel:+33…\">) for mobiles."),
        reference: "Opquast (bonnes pratiques qualité web) ; grille d'audit BTS NDRC", severity: .notice, section: .header, gridZone: .header)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("phone as text only in the header", expect: .pass, html: #"<html><body><header><a href="/">Dupont</a><p>Appelez-nous : 04 78 12 34 56</p></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("toll-free number as text", expect: .pass, html: #"<html><body><div id="entete"><a href="/">Dupont</a> Service client : 0 800 12 34 56 (appel gratuit)</div><div id="contenu"><h1>A</h1><p>Texte</p></div><div id="pied">©</div></body></html>"#),
            CheckExample("tel: link in the header", expect: .pass, html: #"<html><body><header><a href="tel:+33478123456">Nous appeler</a></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("phone only in the footer", expect: .warn, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1><p>Texte</p></main><footer><p>Tél. 04 78 12 34 56</p></footer></body></html>"#),
            CheckExample("no phone at all", expect: .fail, html: #"<html><body><header><a href="/">Dupont</a></header><main><h1>A</h1><p>Texte</p></main></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let page = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        var notes = GridNotes(.header)
        let header = page.headerSelector
        if let link = page.headerLinks.first(where: { $0.href.lowercased().hasPrefix("tel:") }) {
            notes.both(.strength, "Téléphone visible en haut de page, cliquable", "Phone number at the top, clickable")
            return notes.apply(to: meta.result(.pass, Localized(fr: "Lien tel: dans l'en-tête.", en: "tel: link in the header."),
                evidence: [Evidence(url: page.url, excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: header)],
                data: ["zone_method": page.headerMethod]))
        }
        if let number = page.headerText.lazy.compactMap({ StructureText.phone(in: $0.text) }).first {
            notes.both(.strength, "Téléphone visible en haut de page (\(number))", "Phone number at the top (\(number))")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Numéro de téléphone dans l'en-tête (texte, non cliquable).", en: "Phone number in the header (text, not clickable)."),
                evidence: [Evidence(url: page.url, excerpt: number, selector: header)], data: ["phone": .string(number), "zone_method": page.headerMethod]))
        }
        let elsewhere = page.facts.links.first { $0.href.lowercased().hasPrefix("tel:") }.map { ($0.href, $0.zone, $0.order) }
            ?? page.facts.textBlocks.lazy.compactMap { block in StructureText.phone(in: block.text).map { ($0, block.zone, block.order) } }.first
        if let (number, zone, order) = elsewhere {
            let place = page.zoneName(zone, order)
            notes.both(.weakness, "Téléphone peu visible : absent de l'en-tête, seulement dans \(place.fr)", "Phone number hard to see: not in the header, only in \(place.en)")
            return notes.apply(to: meta.result(.warn,
                Localized(fr: "Le numéro n'apparaît que dans \(place.fr), pas dans l'en-tête.", en: "The number only appears in \(place.en), not in the header."),
                evidence: [Evidence(url: page.url, excerpt: number, selector: header)], data: ["zone_method": page.headerMethod]))
        }
        notes.both(.weakness, "Pas de numéro de téléphone sur la page d'accueil", "No phone number on the home page")
        return notes.apply(to: meta.result(.fail,
            Localized(fr: "Aucun numéro de téléphone sur la page d'accueil.", en: "No phone number on the home page."),
            evidence: [Evidence(url: page.url, excerpt: page.facts.zoneFact(.header)?.textExcerpt ?? "aucun en-tête repéré", selector: header)]))
    }
}
