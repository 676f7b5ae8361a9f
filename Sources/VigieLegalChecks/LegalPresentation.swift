import VigieCore

/// How the legal checks appear in a report: the order of the legal checklist (notice, publisher, host, sales,
/// privacy, accessibility), each check's section, its pass and fail titles, the causes several checks share
/// and how to verify by hand what a crawl cannot decide. Applied to every legal check's metadata.
enum LegalPresentation {
    typealias L = Localized

    /// The checks in the checklist's order, with their section and their pass and fail titles.
    static let checks: [(id: String, section: ReportSection, pass: L, fail: L)] = [
        ("legal.notice-page", .legalNotice, L(fr: "Page de mentions légales présente", en: "Legal notice page present"), L(fr: "Pas de page de mentions légales", en: "No legal notice page")),
        ("legal.publisher.name", .legalNotice, L(fr: "Nom de l'éditeur indiqué", en: "Publisher's name given"), L(fr: "Nom de l'éditeur introuvable", en: "Publisher's name not found")),
        ("legal.publisher.form", .legalNotice, L(fr: "Forme juridique indiquée", en: "Legal form given"), L(fr: "Forme juridique introuvable", en: "Legal form not found")),
        ("legal.publisher.address", .legalNotice, L(fr: "Adresse de l'éditeur indiquée", en: "Publisher's address given"), L(fr: "Adresse de l'éditeur introuvable", en: "Publisher's address not found")),
        ("legal.publisher.phone", .legalNotice, L(fr: "Téléphone de l'éditeur indiqué", en: "Publisher's phone given"), L(fr: "Téléphone de l'éditeur introuvable", en: "Publisher's phone not found")),
        ("legal.publisher.email", .legalNotice, L(fr: "E-mail de l'éditeur indiqué", en: "Publisher's e-mail given"), L(fr: "E-mail de l'éditeur introuvable", en: "Publisher's e-mail not found")),
        ("legal.publisher.capital", .legalNotice, L(fr: "Capital social indiqué", en: "Share capital given"), L(fr: "Capital social introuvable", en: "Share capital not found")),
        ("legal.publisher.registration", .legalNotice, L(fr: "Immatriculation indiquée", en: "Registration given"), L(fr: "Immatriculation introuvable", en: "Registration not found")),
        ("legal.publisher.siren", .legalNotice, L(fr: "SIREN valide", en: "Valid SIREN"), L(fr: "SIREN absent ou invalide", en: "SIREN missing or invalid")),
        ("legal.publisher.vat", .legalNotice, L(fr: "Numéro de TVA intracommunautaire valide", en: "Valid VAT number"), L(fr: "Numéro de TVA intracommunautaire absent ou invalide", en: "VAT number missing or invalid")),
        ("legal.publisher.ei-mention", .legalNotice, L(fr: "Mention « EI » présente", en: "“EI” mention present"), L(fr: "Mention « EI » absente", en: "“EI” mention missing")),
        ("legal.publication-director", .legalNotice, L(fr: "Directeur de la publication nommé", en: "Publication director named"), L(fr: "Directeur de la publication introuvable", en: "Publication director not found")),
        ("legal.editor-in-chief", .legalNotice, L(fr: "Responsable de la rédaction nommé", en: "Editor named"), L(fr: "Responsable de la rédaction introuvable", en: "Editor not found")),
        ("legal.host.name", .legalNotice, L(fr: "Nom de l'hébergeur indiqué", en: "Host's name given"), L(fr: "Nom de l'hébergeur introuvable", en: "Host's name not found")),
        ("legal.host.address", .legalNotice, L(fr: "Adresse de l'hébergeur indiquée", en: "Host's address given"), L(fr: "Adresse de l'hébergeur introuvable", en: "Host's address not found")),
        ("legal.host.phone", .legalNotice, L(fr: "Téléphone de l'hébergeur indiqué", en: "Host's phone given"), L(fr: "Téléphone de l'hébergeur introuvable", en: "Host's phone not found")),
        ("legal.anonymous-individual", .legalNotice, L(fr: "Éditeur anonyme déclaré correctement", en: "Anonymous publisher declared properly"), L(fr: "Éditeur anonyme sans les coordonnées de son hébergeur", en: "Anonymous publisher without the host's details")),
        ("legal.terms-of-use", .legalNotice, L(fr: "Conditions générales d'utilisation publiées", en: "Terms of use published"), L(fr: "Pas de conditions générales d'utilisation", en: "No terms of use")),
        ("legal.terms-of-sale", .legalSales, L(fr: "Conditions générales de vente publiées", en: "Terms of sale published"), L(fr: "Pas de conditions générales de vente", en: "No terms of sale")),
        ("legal.cgv.price", .legalSales, L(fr: "Prix TTC en euros dans les CGV", en: "Prices including VAT in euros in the terms"), L(fr: "CGV sans prix TTC en euros", en: "Terms without prices including VAT in euros")),
        ("legal.cgv.delivery", .legalSales, L(fr: "Frais et délai de livraison dans les CGV", en: "Delivery costs and date in the terms"), L(fr: "CGV sans frais ni délai de livraison complets", en: "Terms without full delivery costs and date")),
        ("legal.cgv.payment", .legalSales, L(fr: "Moyens de paiement dans les CGV", en: "Payment methods in the terms"), L(fr: "CGV sans moyens de paiement", en: "Terms without payment methods")),
        ("legal.cgv.after-sales", .legalSales, L(fr: "Garanties légales et SAV dans les CGV", en: "Legal guarantees and after-sales in the terms"), L(fr: "CGV sans garanties légales ou SAV complets", en: "Terms without full legal guarantees or after-sales")),
        ("legal.cgv.withdrawal", .legalSales, L(fr: "Droit de rétractation expliqué dans les CGV", en: "Withdrawal right explained in the terms"), L(fr: "Droit de rétractation incomplet dans les CGV", en: "Withdrawal right incomplete in the terms")),
        ("legal.cgv.offer-duration", .legalSales, L(fr: "Durée de validité de l'offre dans les CGV", en: "Duration of the offer in the terms"), L(fr: "CGV sans durée de validité de l'offre", en: "Terms without the duration of the offer")),
        ("legal.cgv.remote-cost", .legalSales, L(fr: "Coût de la communication à distance dans les CGV", en: "Cost of remote communication in the terms"), L(fr: "CGV sans le coût de la communication à distance", en: "Terms without the cost of remote communication")),
        ("legal.withdrawal-function", .legalSales, L(fr: "Fonction de rétractation en ligne présente", en: "Online withdrawal function present"), L(fr: "Pas de fonction de rétractation en ligne", en: "No online withdrawal function")),
        ("legal.termination-function", .legalSales, L(fr: "Résiliation en ligne possible", en: "Online termination available"), L(fr: "Pas de résiliation en ligne", en: "No online termination")),
        ("legal.consumer-mediator", .legalSales, L(fr: "Médiateur de la consommation nommé", en: "Consumer mediator named"), L(fr: "Médiateur de la consommation introuvable", en: "Consumer mediator not found")),
        ("legal.odr-link", .legalSales, L(fr: "Pas de lien vers la plateforme ODR fermée", en: "No link to the closed ODR platform"), L(fr: "Lien vers la plateforme ODR fermée", en: "Link to the closed ODR platform")),
        ("legal.privacy-policy", .legalPrivacy, L(fr: "Politique de confidentialité publiée", en: "Privacy policy published"), L(fr: "Pas de politique de confidentialité", en: "No privacy policy")),
        ("legal.privacy-rights", .legalPrivacy, L(fr: "Droits des personnes expliqués", en: "Data subjects' rights explained"), L(fr: "Droits des personnes incomplets", en: "Data subjects' rights incomplete")),
        ("legal.form-notice", .legalPrivacy, L(fr: "Mention d'information sous les formulaires", en: "Information notice under the forms"), L(fr: "Formulaires sans mention d'information complète", en: "Forms without a full information notice")),
        ("legal.accessibility", .legalPrivacy, L(fr: "Statut d'accessibilité affiché", en: "Accessibility status shown"), L(fr: "Pas de statut d'accessibilité", en: "No accessibility status")),
    ]

    /// One action for the host's three mentions, one for the publisher's identity, one for the CGV's contents.
    static let causes: [String: ActionCause] = {
        let host = ActionCause("legal.host", L(fr: "Identifier l'hébergeur\u{00A0}: nom, adresse, téléphone", en: "Identify the host: name, address, telephone"))
        let publisher = ActionCause("legal.publisher", L(fr: "Compléter l'identité de l'éditeur dans les mentions légales", en: "Complete the publisher's identity in the legal notice"))
        let sales = ActionCause("legal.cgv", L(fr: "Compléter les conditions générales de vente", en: "Complete the terms of sale"))
        return ["legal.host.name": host, "legal.host.address": host, "legal.host.phone": host,
                "legal.publisher.name": publisher, "legal.publisher.form": publisher, "legal.publisher.address": publisher,
                "legal.publisher.phone": publisher, "legal.publisher.email": publisher, "legal.publisher.capital": publisher,
                "legal.publisher.registration": publisher, "legal.publication-director": publisher,
                "legal.cgv.price": sales, "legal.cgv.delivery": sales, "legal.cgv.payment": sales, "legal.cgv.after-sales": sales,
                "legal.cgv.withdrawal": sales, "legal.cgv.offer-duration": sales, "legal.cgv.remote-cost": sales]
    }()

    /// A whole obligation missing ranks before every detail.
    static let keystones: Set<String> = ["legal.notice-page", "legal.privacy-policy", "legal.terms-of-sale"]

    /// How to verify by hand what the crawl could not decide.
    static let verify: [String: L] = [
        "legal.withdrawal-function": L(fr: "Se connecter à un compte client et chercher, près des commandes, un bouton « Se rétracter » ou « Retourner un article ».",
                                      en: "Log in to a customer account and look, near the orders, for a “Withdraw” or “Return an item” button."),
        "legal.termination-function": L(fr: "Se connecter à un compte abonné et vérifier qu'un bouton « Résilier mon abonnement » y est accessible en trois clics.",
                                       en: "Log in to a subscriber account and check that a “Cancel my subscription” button can be reached in three clicks."),
    ]

    /// `checks` with their place, titles, cause and impact, numbered in the checklist's order.
    static func present(_ checks: [CheckDefinition]) -> [CheckDefinition] {
        let rank = Dictionary(uniqueKeysWithValues: Self.checks.enumerated().map { ($1.id, $0) })
        return checks.map { check in
            var check = check
            guard let index = rank[check.id] else { return check }
            let entry = Self.checks[index]
            check.meta = check.meta.titled(pass: entry.pass, fail: entry.fail).placed(entry.section)
                .weighed(keystones.contains(check.id) ? .keystone : nil, cause: causes[check.id], verify: verify[check.id])
            check.meta.order = index
            return check
        }.sorted { $0.meta.order < $1.meta.order }
    }
}
