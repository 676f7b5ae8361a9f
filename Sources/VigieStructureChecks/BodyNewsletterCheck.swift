import Foundation
import VigieCheckKit
import VigieCore

/// `body.newsletter`: a newsletter sign-up (an e-mail form named so, or a link to one).
enum BodyNewsletterCheck {
    static let meta = CheckMeta(
        id: "body.newsletter", module: .structure,
        title: Localized(fr: "Inscription à la newsletter", en: "Newsletter sign-up"),
        passTitle: Localized(fr: "Inscription à la newsletter", en: "Newsletter sign-up"),
        failTitle: Localized(fr: "Pas d'inscription à la newsletter", en: "No newsletter sign-up"),
        explanation: Localized(
            fr: "L'inscription à une lettre d'information garde le contact avec les visiteurs et permet de les relancer : un outil de fidélisation.",
            en: "A newsletter sign-up keeps in touch with visitors and lets the company follow up: a loyalty tool."),
        remedy: Localized(
            fr: "Proposer un champ e-mail « Recevoir notre newsletter », avec le consentement et le lien vers la politique de confidentialité.",
            en: "Offer an e-mail field \"Get our newsletter\", with consent and a link to the privacy policy."),
        reference: "Grille d'audit BTS NDRC (fidélisation) ; RGPD art. 6 et 7, CPCE L34-5 (consentement)", severity: .notice, section: .body, gridZone: .body)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("newsletter form", expect: .pass, html: #"<html><body><main><h1>A</h1></main><footer><form action="/newsletter" method="post"><p>Recevez notre newsletter</p><input type="email" name="email" aria-label="Votre e-mail"><button>S'abonner</button></form></footer></body></html>"#),
            CheckExample("contact form is not a newsletter", expect: .fail, html: #"<html><body><main><h1>A</h1><form method="post"><p>Contactez-nous</p><input type="email" name="email"><textarea name="m"></textarea><button>Envoyer</button></form></main></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(StructureWords.self).sections.newsletter
        let presence = Presence(
            meta: meta, zone: .body,
            strength: { Localized(fr: "Inscription à la newsletter (\($0))", en: "Newsletter sign-up (\($0))") },
            homeWeakness: Localized(fr: "Pas d'inscription à une newsletter", en: "No newsletter sign-up"),
            siteWeakness: Localized(fr: "Pas d'inscription à une newsletter sur le site", en: "No newsletter sign-up on the site"),
            found: { Localized(fr: "Inscription à la newsletter trouvée (\($0)).", en: "Newsletter sign-up found (\($0)).") },
            missing: Localized(fr: "Aucun formulaire ni lien d'inscription à une newsletter.", en: "No newsletter sign-up form or link."))
        let newsletterTerms = StructureText.Terms(["newsletter", "lettre d'information", "lettre d'info"])
        var newsletterTerm = Memo(newsletterTerms.first(in:))
        return presence.run(context) { page in
            if let form = page.facts.forms.first(where: { isNewsletter($0, words) }) {
                return .init(excerpt: Evidence.clip(form.surroundingText), selector: form.id.map { "form#\($0)" } ?? "form", label: "formulaire")
            }
            if let link = page.facts.links.first(where: { newsletterTerm($0.label) != nil }) {
                return .init(excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: nil, label: "lien « \(Evidence.clip(link.label, limit: 40)) »")
            }
            return nil
        }
    }

    /// A short form with an e-mail field, named as a newsletter (text, button, action, id or class), without a message field.
    static func isNewsletter(_ form: FormFact, _ words: [String]) -> Bool {
        let visible = form.fields.filter { $0.type != "hidden" && $0.type != "checkbox" }
        let hasEmail = visible.contains { $0.type == "email" || ($0.name ?? "").lowercased().contains("mail") }
        guard hasEmail, !visible.contains(where: { $0.tag == "textarea" }), visible.count <= 4 else { return false }
        let text = [form.surroundingText, form.action ?? "", form.id ?? ""] + form.submits.map(\.label) + form.classes
        return text.contains { StructureText.firstTerm(in: $0, words) != nil }
    }
}
