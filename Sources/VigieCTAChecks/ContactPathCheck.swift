import Foundation
import VigieCheckKit
import VigieCore

/// `cta.contact-path`: every page offers a way to reach the company (`tel:`, `mailto:`, a contact page link, a contact form).
enum ContactPathCheck {
    static let meta = CheckMeta(
        id: "cta.contact-path", module: .cta,
        title: Localized(fr: "Moyen de contact sur chaque page", en: "A way to get in touch on every page"),
        passTitle: Localized(fr: "Moyen de contact sur chaque page", en: "A way to get in touch on every page"),
        failTitle: Localized(fr: "Pages sans moyen de contact ({pages})", en: "Pages without a way to get in touch ({pages})"),
        explanation: Localized(
            fr: "Où qu'il soit sur le site, le visiteur doit pouvoir joindre l'entreprise en un clic : numéro cliquable (tel:), adresse e-mail (mailto:), lien vers la page contact ou formulaire.",
            en: "Wherever they are on the site, visitors must be able to reach the company in one click: a clickable number (tel:), an e-mail address (mailto:), a link to the contact page or a form."),
        remedy: Localized(
            fr: "Mettre dans l'en-tête ou le pied de page commun un lien « Contact » et un numéro cliquable <a href=\"tel:…\">.",
            en: "Put a 'Contact' link and a clickable <a href=\"tel:…\"> number in the shared header or footer."),
        reference: "BTS NDRC grille d'audit de site; Nielsen Norman Group, contact information", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("contact link and phone on every page", expect: .pass, pages: [
                .init("/", #"<html><body><nav><a href="/contact">Contact</a></nav><main><h1>Dupont</h1></main></body></html>"#),
                .init("/services", #"<html><body><main><h1>Services</h1></main><footer><a href="tel:+33472000000">04 72 00 00 00</a></footer></body></html>"#),
                .init("/contact", #"<html><body><main><form action="/envoi" method="post"><label>E-mail <input type="email" name="email"></label><textarea name="m" aria-label="Message"></textarea><button>Envoyer</button></form></main></body></html>"#),
            ]),
            CheckExample("mailto only", expect: .pass, html: #"<html><body><p>Écrivez à <a href="mailto:contact@dupont.fr">contact@dupont.fr</a></p></body></html>"#),
            CheckExample("no way to reach anyone", expect: .fail, html: "<html><body><main><h1>Dupont</h1><p>Plombier à Lyon.</p></main></body></html>"),
            CheckExample("one page of six without", expect: .warn, pages: [
                .init("/", #"<html><body><a href="/contact">Contact</a></body></html>"#),
                .init("/a", #"<html><body><a href="/contact">Contact</a></body></html>"#),
                .init("/b", #"<html><body><a href="/contact">Contact</a></body></html>"#),
                .init("/c", #"<html><body><a href="/contact">Contact</a></body></html>"#),
                .init("/d", #"<html><body><a href="/contact">Contact</a></body></html>"#),
                .init("/e", "<html><body><p>Page isolée.</p></body></html>"),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let detector = CTAReport.detector(context)
        var level = PageLevel()
        var counts: [String: Int] = ["tel": 0, "mailto": 0, "contact-link": 0, "form": 0]
        for (record, facts) in context.snapshot.htmlPages {
            if let found = path(facts, detector: detector) {
                counts[found.kind, default: 0] += 1
                level.add(.pass, Evidence(url: record.url, excerpt: found.excerpt, selector: found.selector))
            } else {
                level.add(.fail, Evidence.note(record.url, Localized(fr: "ni tel:, ni mailto:, ni lien vers la page contact, ni formulaire", en: "no tel:, no mailto:, no link to the contact page, no form"), selector: "body"))
            }
        }
        let failing = level.outcomes.filter { $0.status == .fail }.count
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Un moyen de contact \(Plural.onEvery(total).fr).", en: "A way to get in touch \(Plural.onEvery(total).en).")
                : Localized(fr: "Aucun moyen de contact : \(Plural.pagesOf(failing, total).fr).", en: "No way to get in touch: \(Plural.pagesOf(failing, total).en).")
        }
        // A few stray pages are a weakness; most pages without is a failure.
        if failing > 0, Double(failing) <= Double(level.outcomes.count) * 0.2 { result.status = .warn }
        result.data["paths"] = .object(counts.mapValues { .number(Double($0)) })
        return result
    }

    /// The first way to get in touch on the page: tel:, mailto:, a link to the contact page, a contact form.
    static func path(_ facts: PageFacts, detector: CTADetector) -> (kind: String, excerpt: String, selector: String)? {
        for link in facts.links {
            let href = link.href.trimmingWhitespace().lowercased()
            if href.hasPrefix("tel:") { return ("tel", "<a href=\"\(link.href)\">\(link.label)</a>", link.path) }
            if href.hasPrefix("mailto:") { return ("mailto", "<a href=\"\(link.href)\">\(link.label)</a>", link.path) }
        }
        if let link = facts.links.first(where: { detector.pointsToContact($0) }) {
            return ("contact-link", "<a href=\"\(link.href)\">\(link.label)</a>", link.path)
        }
        if let form = facts.forms.first(where: isContactForm) {
            return ("form", "<form action=\"\(form.action ?? "")\">", "form")
        }
        return nil
    }

    /// A form that lets someone write or call: an e-mail, phone or message field.
    static func isContactForm(_ form: FormFact) -> Bool {
        guard !CTADetector.isSearch(form) else { return false }
        return form.fields.contains { field in
            field.type == "email" || field.type == "tel" || field.tag == "textarea"
                || ["email", "mail", "telephone", "tel", "phone", "message"].contains(field.name?.lowercased() ?? "")
        }
    }
}
