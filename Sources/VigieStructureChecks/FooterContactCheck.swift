import Foundation
import VigieCheckKit
import VigieCore

/// `footer.contact`: the footer gives the postal address and a telephone number.
enum FooterContactCheck {
    static let meta = CheckMeta(
        id: "footer.contact", module: .structure,
        title: Localized(fr: "Adresse et téléphone en pied de page", en: "Address and phone in the footer"),
        passTitle: Localized(fr: "Adresse et téléphone en pied de page", en: "Address and phone in the footer"),
        failTitle: Localized(fr: "Pas d'adresse ni de téléphone en pied de page", en: "No address or phone in the footer"),
        explanation: Localized(
            fr: "L'adresse et le téléphone en bas de chaque page rassurent (une entreprise réelle, joignable) et servent le référencement local.",
            en: "The address and phone number at the bottom of every page reassure visitors (a real, reachable company) and help local search."),
        remedy: Localized(
            fr: "Écrire l'adresse postale complète et le numéro de téléphone (lien tel:) dans le pied de page, idéalement dans une balise <address>.",
            en: "Write the full postal address and the phone number (tel: link) in the footer, ideally in an <address> element."),
        reference: "Grille d'audit BTS NDRC ; Opquast (bonnes pratiques qualité web)", severity: .notice, section: .footer, gridZone: .footer)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("address and phone", expect: .pass, html: #"<html><body><main><h1>A</h1></main><footer><address>Dupont SARL<br>12 rue de la République<br>69002 Lyon</address><p>Tél. <a href="tel:+33478123456">04 78 12 34 56</a></p></footer></body></html>"#),
            CheckExample("table layout: address and phone in td#pied", expect: .pass, html: #"<html><body><table><tr><td id="entete">Garage</td></tr><tr><td><h1>Garage</h1><p>Texte</p></td></tr><tr><td id="pied">Garage Martin - 3 avenue Jean Jaurès - 38000 Grenoble - 04.76.00.11.22</td></tr></table></body></html>"#),
            CheckExample("no <footer>: last block div.footerContainer of <main> holds address and phone", expect: .pass, html: #"<html><body><div class="siteWrapper"><div class="headerContainer"><header><a href="index.html"><img src="logo.svg" alt="4SH"></a></header></div><main class="mainContainer"><div class="section"><h1>4SH</h1><p>Conseil et développement.</p></div><div class="footerContainer grid-y"><address><a href="https://goo.gl/maps/x">6 place de la madeleine<br>75008 Paris</a></address><a href="tel:+330963286273" class="link">+33 (0)9 63 28 62 73</a></div></main></div><script src="app.js"></script></body></html>"#),
            CheckExample("no <footer>: div.footerContainer in the middle of <main> is not the footer", expect: .fail, html: #"<html><body><div class="siteWrapper"><main class="mainContainer"><div class="footerContainer"><address>6 place de la madeleine<br>75008 Paris</address><a href="tel:+330963286273">+33 (0)9 63 28 62 73</a></div><div class="section"><h1>4SH</h1><p>Conseil et développement.</p></div></main></div></body></html>"#),
            CheckExample("phone only", expect: .warn, html: #"<html><body><main><h1>A</h1></main><footer><p>Tél. 04 78 12 34 56</p></footer></body></html>"#),
            CheckExample("nothing", expect: .fail, html: #"<html><body><main><h1>A</h1></main><footer><p>© Dupont 2024</p></footer></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let home = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        var notes = GridNotes(.footer)
        let text = home.footerText.map(\.text).joined(separator: "\n")
        let address = StructureText.address(in: text)
        let phone = home.footerLinks.first { $0.href.lowercased().hasPrefix("tel:") }?.href ?? StructureText.phone(in: text)
        let selector = home.zoneSelector(.footer)
        var data: [String: JSONValue] = ["zone_method": home.zoneMethod(.footer)]
        data["address"] = address.map { .string($0) } ?? .null
        data["phone"] = phone.map { .string($0) } ?? .null
        let excerpt = [address, phone].compactMap { $0 }.joined(separator: " · ")
        switch (address, phone) {
        case (.some, .some):
            notes.both(.strength, "Adresse et téléphone en pied de page", "Address and phone number in the footer")
            return notes.apply(to: meta.result(.pass, Localized(fr: "Adresse postale et téléphone en pied de page.", en: "Postal address and phone number in the footer."),
                evidence: [Evidence(url: home.url, excerpt: excerpt, selector: selector)], data: data))
        case (.some, nil), (nil, .some):
            let missing = address == nil ? Localized(fr: "l'adresse postale", en: "the postal address") : Localized(fr: "le téléphone", en: "the phone number")
            notes.both(.strength, address == nil ? "Téléphone en pied de page" : "Adresse en pied de page", address == nil ? "Phone number in the footer" : "Address in the footer")
            notes.both(.weakness, "Il manque \(missing.fr) en pied de page", "\(missing.en.prefix(1).uppercased() + missing.en.dropFirst()) is missing from the footer")
            return notes.apply(to: meta.result(.warn, Localized(fr: "Pied de page sans \(missing.fr).", en: "Footer without \(missing.en)."),
                evidence: [Evidence(url: home.url, excerpt: excerpt, selector: selector)], data: data))
        case (nil, nil):
            notes.both(.weakness, "Ni adresse ni téléphone en pied de page", "Neither address nor phone number in the footer")
            return notes.apply(to: meta.result(.fail, Localized(fr: "Ni adresse postale ni téléphone en pied de page.", en: "Neither postal address nor phone number in the footer."),
                evidence: [Evidence(url: home.url, excerpt: text.isEmpty ? nil : text, selector: selector,
                                   note: text.isEmpty ? (selector == nil ? Localized(fr: "aucun pied de page repéré", en: "no footer found") : Localized(fr: "pied de page sans texte", en: "footer without text")) : nil)],
                data: data))
        }
    }
}
