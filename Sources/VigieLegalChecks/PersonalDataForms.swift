import VigieCheckKit
import VigieCore

/// Forms that collect personal data (contact, quote, newsletter, account): a visible field for an
/// e-mail, a phone, a name, an address or a password. Search forms are left out.
enum PersonalDataForms {
    static let personalTypes: Set<String> = ["email", "tel", "password"]
    static let ignoredTypes: Set<String> = ["hidden", "submit", "button", "reset", "image", "search", "checkbox", "radio", "range", "color"]
    /// Words of a field's name, id, label, placeholder or autocomplete that name personal data.
    static let personalWords: Set<String> = [
        "email", "mail", "courriel", "tel", "telephone", "phone", "mobile", "portable", "nom", "name", "prenom",
        "firstname", "lastname", "fname", "lname", "adresse", "address", "street", "rue", "postcode", "zip", "ville",
        "city", "naissance", "birthday", "password", "username", "societe", "company",
    ]

    /// One form that collects personal data, with its page and the fields that told.
    struct Form: Sendable {
        var page: String
        var form: FormFact
        var personalFields: [String]
    }

    /// The personal fields of `form`, empty when it collects none.
    static func personalFields(_ form: FormFact) -> [String] {
        if form.role == "search" { return [] }
        var found: [String] = []
        for field in form.fields where !ignoredTypes.contains(field.type) {
            let described = [field.name, field.id, field.label, field.placeholder, field.autocomplete].compactMap { $0 }.joined(separator: " ")
            let words = FoldedText.words(described).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            if personalTypes.contains(field.type) || words.contains(where: personalWords.contains) {
                found.append(field.label ?? field.name ?? field.type)
            }
        }
        return found
    }

    /// Every distinct form collecting personal data on the site (a form repeated on every page, such as
    /// a newsletter in the footer, counted once at its first page).
    static func of(_ context: AuditContext) -> [Form] {
        context.cache.value("legal.personal-forms") {
            var seen: Set<String> = []
            var forms: [Form] = []
            for (record, facts) in context.snapshot.htmlPages {
                for form in facts.forms {
                    let fields = personalFields(form)
                    guard !fields.isEmpty else { continue }
                    let signature = (form.action ?? "") + "|" + form.fields.compactMap(\.name).joined(separator: ",")
                    guard seen.insert(signature).inserted else { continue }
                    forms.append(Form(page: record.url, form: form, personalFields: fields))
                }
            }
            return forms
        }
    }
}
