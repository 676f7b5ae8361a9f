import Foundation
import VigieCheckKit
import VigieCore

/// `cta.forms`: forms have labelled fields and a submit control with a text.
enum CTAFormsCheck {
    static let meta = CheckMeta(
        id: "cta.forms", module: .cta,
        title: Localized(fr: "Formulaires étiquetés", en: "Labelled forms"),
        passTitle: Localized(fr: "Formulaires étiquetés", en: "Labelled forms"),
        failTitle: Localized(fr: "Champs de formulaire sans étiquette ({pages})", en: "Form fields without a label ({pages})"),
        explanation: Localized(
            fr: "Chaque champ doit avoir une étiquette (<label>, aria-label) : un texte indicatif (placeholder) disparaît dès la saisie et n'est pas toujours lu. Le bouton d'envoi doit dire ce qu'il fait (« Demander mon devis »).",
            en: "Every field needs a label (<label>, aria-label): a placeholder disappears on typing and is not always read. The submit button must say what it does ('Get my quote')."),
        remedy: Localized(
            fr: "Associer un <label for> à chaque champ et donner au bouton d'envoi un texte d'action.",
            en: "Tie a <label for> to every field and give the submit button an action text."),
        reference: "WCAG 2.2 SC 1.3.1, 3.3.2, 4.1.2; RGAA 11.1, 11.9", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("labelled form", expect: .pass, html: """
                <html><body><form action="/devis" method="post"><label for="n">Nom</label><input id="n" name="nom">
                <label>E-mail <input type="email" name="email"></label><input type="hidden" name="t" value="1">
                <button type="submit">Demander mon devis</button></form></body></html>
                """),
            CheckExample("wrapping labels and a honeypot (aufildutrace)", expect: .pass, html: """
                <html><body><form action="/contact" method="post"><label>Votre prénom
                <input type="text" name="prenom" autocomplete="given-name" placeholder="Prénom"></label>
                <input type="text" name="site_web" autocomplete="off" tabindex="-1" aria-hidden="true" style="position:absolute;left:-9999px">
                <button type="submit">Envoyer ma question</button></form></body></html>
                """),
            CheckExample("honeypot by class (alarmevo)", expect: .pass, html: """
                <html><body><form action="/contact" method="post"><label for="c-name">Nom *</label> <input id="c-name" name="nom">
                <input type="text" name="website" autocomplete="off" tabindex="-1" class="hp-field">
                <button type="submit">Envoyer</button></form></body></html>
                """),
            CheckExample("unlabelled field out of the tab order only", expect: .fail, html: #"<html><body><form action="/c"><input name="nom" tabindex="-1"><button>Envoyer</button></form></body></html>"#),
            CheckExample("field without label", expect: .fail, html: #"<html><body><form action="/devis"><input name="nom"><button>Envoyer</button></form></body></html>"#),
            CheckExample("placeholder only", expect: .warn, html: #"<html><body><form action="/n"><input type="email" name="email" placeholder="Votre e-mail"><button>S’inscrire</button></form></body></html>"#),
            CheckExample("submit without text", expect: .fail, html: #"<html><body><form action="/n"><label for="e">E-mail</label><input id="e" type="email"><button type="submit"><svg viewBox="0 0 1 1"></svg></button></form></body></html>"#),
            CheckExample("no form", expect: .na, html: "<html><body><p>x</p></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        var level = PageLevel()
        var pages: [JSONValue] = []
        for (record, facts) in context.snapshot.htmlPages where !facts.forms.isEmpty {
            var unlabelled = 0
            var placeholderOnly = 0
            var fieldCount = 0
            var emptySubmits = 0
            var withoutSubmit = 0
            var worst: CheckStatus = .pass
            var notes: [Localized] = []
            for form in facts.forms {
                for field in form.fields where field.type != "hidden" {
                    fieldCount += 1
                    if !(field.label ?? "").trimmingWhitespaceAndNewlines().isEmpty { continue }
                    let name = field.name ?? field.id ?? field.type
                    if !(field.placeholder ?? "").trimmingWhitespace().isEmpty {
                        placeholderOnly += 1
                        worst = min(worst, .warn)
                        notes.append(Localized(fr: "champ « \(name) » étiqueté par son seul placeholder", en: "field “\(name)” labelled by its placeholder only"))
                    } else {
                        unlabelled += 1
                        worst = .fail
                        notes.append(Localized(fr: "champ « \(name) » sans étiquette", en: "field “\(name)” without a label"))
                    }
                }
                if form.submits.isEmpty {
                    withoutSubmit += 1
                    worst = min(worst, .warn)
                    notes.append(Localized(fr: "formulaire sans bouton d'envoi (\(form.action ?? ""))", en: "form without a submit button (\(form.action ?? ""))"))
                } else if form.submits.allSatisfy({ $0.label.trimmingWhitespaceAndNewlines().isEmpty }) {
                    emptySubmits += 1
                    worst = .fail
                    notes.append(Localized(fr: "bouton d'envoi sans texte", en: "submit button without text"))
                }
            }
            let note = notes.isEmpty
                ? Localized(fr: "\(Plural.nfr(facts.forms.count, "formulaire", "formulaires")), \(Plural.nfr(fieldCount, "champ", "champs")), tous étiquetés",
                            en: "\(Plural.nen(facts.forms.count, "form", "forms")), \(Plural.nen(fieldCount, "field", "fields")), all labelled")
                : Localized(fr: notes.prefix(3).map(\.fr).joined(separator: " ; "), en: notes.prefix(3).map(\.en).joined(separator: "; "))
            level.add(worst, Evidence.note(record.url, note, selector: "form"))
            if pages.count < 50 {
                pages.append([
                    "page": .string(record.url), "forms": .number(Double(facts.forms.count)), "fields": .number(Double(fieldCount)),
                    "unlabelled": .number(Double(unlabelled)), "placeholder_only": .number(Double(placeholderOnly)),
                    "submit_without_text": .number(Double(emptySubmits)), "without_submit": .number(Double(withoutSubmit)),
                ])
            }
        }
        guard !level.outcomes.isEmpty else {
            return meta.result(.na, Localized(fr: "Aucun formulaire sur les pages lues.", en: "No form on the pages read."))
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Formulaires bien étiquetés \(Plural.onEvery(total).fr).", en: "Forms well labelled \(Plural.onEvery(total).en).")
                : Localized(fr: "Formulaires mal étiquetés : \(Plural.pagesOf(failing, total).fr).", en: "Poorly labelled forms: \(Plural.pagesOf(failing, total).en).")
        }
        result.data["pages"] = .array(pages)
        return result
    }
}
