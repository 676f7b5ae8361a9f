import VigieCheckKit
import VigieCore

/// What the CGV must say to a consumer: price, delivery, payment, guarantees, withdrawal.
enum SalesTermsChecks {
    static let all: [CheckDefinition] = [price, delivery, payment, afterSales, withdrawal, offerDuration, remoteCost]

    static let fullCGV = #"""
        <h1>Conditions générales de vente</h1>
        <h2>Prix</h2><p>Nos prix sont indiqués en euros toutes taxes comprises (TTC), hors frais de livraison.</p>
        <h2>Livraison</h2><p>Les frais de livraison sont de 4,90 €. Délai de livraison : 3 à 5 jours ouvrés.</p>
        <h2>Paiement</h2><p>Paiement par carte bancaire ou PayPal.</p>
        <h2>Garanties</h2><p>Nos produits bénéficient de la garantie légale de conformité et de la garantie des vices cachés. Service après-vente : sav@martin.fr.</p>
        <h2>Droit de rétractation</h2><p>Vous disposez d'un délai de 14 jours pour exercer votre droit de rétractation, au moyen du formulaire type de rétractation ci-dessous ou en ligne avec le bouton « Se rétracter du contrat » ; les frais de retour sont à votre charge.</p>
        <h2>Médiation</h2><p>Médiateur de la consommation : CM2C, 49 rue de Ponthieu 75008 Paris, www.cm2c.net.</p>
        """#

    static func shop(cgv: String) -> [CheckExample.Page] {
        LegalExamples.site(LegalExamples.fullNotice, home: LegalExamples.cart, cgv: cgv)
    }

    /// A check that the CGV cover every item: pass when all are there, warn when some are, fail when
    /// none is (a `warn` instead when `noneIsWarn` says the CGV are a service's); `unknown` when no CGV
    /// page could be read; `na` for non-sellers.
    static func check(_ meta: CheckMeta, audience: LegalAudience = .sellers, examples: [CheckExample],
                      noneIsWarn: (@Sendable (LegalCorpus, LegalWords) -> Bool)? = nil) -> CheckDefinition {
        let key = String(meta.id.split(separator: ".").last ?? "")
        return CheckDefinition(meta: meta, examples: examples) { context in
            let facts = LegalFacts.of(context)
            if let skipped = LegalMention.applicability(meta, facts, audience) { return skipped }
            let cgv = LegalFacts.text(.cgv, context)
            let items = facts.words.termsOfSale[key] ?? []
            guard !cgv.pagesRead.isEmpty else {
                return meta.result(.unknown, Localized(
                    fr: "Aucune page de CGV lue : contenu non vérifiable (voir legal.terms-of-sale).",
                    en: "No terms-of-sale page read: content cannot be checked (see legal.terms-of-sale)."),
                    evidence: [Evidence(url: context.snapshot.homeURL, excerpt: facts.traits.sellsReason ?? "")])
            }
            var found: [(LegalWords.Item, LegalCorpus.Segment)] = []
            var missing: [LegalWords.Item] = []
            // CGV of a service (a booking, a session): what is said of delivery does not apply.
            let service = !cgv.present(facts.words.serviceWords).isEmpty
            for item in items {
                if let segment = cgv.first(item.words) { found.append((item, segment)) } else if !(service && item.goodsOnly) { missing.append(item) }
            }
            if key == "withdrawal", let exemption = cgv.first(facts.words.withdrawalExemptions),
               !found.contains(where: { $0.0.isPeriod }) {
                return meta.result(.na, Localized(
                    fr: "Les CGV excluent le droit de rétractation (« \(Evidence.clip(exemption.text, limit: 200)) »).",
                    en: "The terms of sale exclude the right of withdrawal (“\(Evidence.clip(exemption.text, limit: 200))”)."),
                    evidence: [Evidence(url: exemption.url, excerpt: exemption.text)])
            }
            let evidence = found.prefix(4).map { Evidence(url: $0.1.url, excerpt: $0.1.text) }
            let data: [String: JSONValue] = [
                "found": .array(found.map { .string($0.0.name.fr) }), "missing": .array(missing.map { .string($0.name.fr) }),
                "pages_read": .array(cgv.pagesRead.map { .string($0) }),
            ]
            func list(_ items: [LegalWords.Item]) -> Localized {
                Localized(fr: items.map(\.name.fr).joined(separator: ", "), en: items.map(\.name.en).joined(separator: ", "))
            }
            if missing.isEmpty {
                let names = list(found.map(\.0))
                return meta.result(.pass, Localized(fr: "CGV : \(names.fr).", en: "Terms of sale: \(names.en)."), evidence: evidence, data: data)
            }
            let absent = list(missing)
            if found.isEmpty, noneIsWarn?(cgv, facts.words) != true {
                return meta.result(.fail, Localized(fr: "Les CGV lues ne disent rien de : \(absent.fr).", en: "The terms of sale read say nothing of: \(absent.en)."),
                                   evidence: cgv.pagesRead.prefix(2).map { Evidence.note($0, Localized(fr: "page lue", en: "page read")) }, data: data)
            }
            return meta.result(.warn, Localized(fr: "CGV incomplètes — manque : \(absent.fr).", en: "Terms of sale incomplete — missing: \(absent.en)."),
                               evidence: evidence.isEmpty ? cgv.pagesRead.prefix(2).map { Evidence.note($0, Localized(fr: "page lue", en: "page read")) } : evidence, data: data)
        }
    }

    static let price = check(
        CheckMeta(
            id: "legal.cgv.price", module: .legal,
            title: Localized(fr: "Prix TTC en euros", en: "Prices including VAT, in euros"),
            explanation: Localized(
                fr: "Les prix sont indiqués en euros toutes taxes comprises, en précisant si la livraison est incluse.",
                en: "Prices are given in euros including taxes, saying whether delivery is included."),
            remedy: Localized(
                fr: "Compléter les CGV : prix TTC en euros.",
                en: "Complete the terms of sale: prices including VAT, in euros."),
            reference: "C. conso. L112-1, L221-5", severity: .error),
        examples: [
            CheckExample("prices TTC, delivery excluded", expect: .pass, pages: shop(cgv: fullCGV)),
            CheckExample("a booked service: nothing is delivered", expect: .pass, pages: LegalExamples.site(LegalExamples.fullNotice, home: #"<a class="btn" href="/reserver">Réserver</a>"#,
                cgv: "<h1>CGV</h1><p>Toute réservation implique l'acceptation des présentes CGV. Les tarifs sont exprimés en euros TTC.</p>")),
            CheckExample("price without TTC nor delivery", expect: .warn, pages: shop(cgv: "<h1>CGV</h1><p>Les prix sont en euros.</p>")),
            CheckExample("nothing on prices", expect: .fail, pages: shop(cgv: "<h1>CGV</h1><p>Commandez en ligne.</p>")),
            CheckExample("no CGV page to read", expect: .unknown, pages: LegalExamples.site(LegalExamples.fullNotice, home: LegalExamples.cart)),
        ])

    static let delivery = check(
        CheckMeta(
            id: "legal.cgv.delivery", module: .legal,
            title: Localized(fr: "Livraison : frais et délai", en: "Delivery costs and time"),
            explanation: Localized(
                fr: "Les CGV d'un vendeur de biens donnent les frais de livraison et la date ou le délai de livraison.",
                en: "A seller of goods states delivery costs and the delivery date or period."),
            remedy: Localized(
                fr: "Compléter les CGV : frais et délai de livraison.",
                en: "Complete the terms of sale: delivery costs and time."),
            reference: "C. conso. L111-1, L216-1", severity: .error),
        examples: [
            CheckExample("costs and time", expect: .pass, pages: shop(cgv: fullCGV)),
            CheckExample("costs without time", expect: .warn, pages: shop(cgv: "<h1>CGV</h1><p>Frais de port : 5 €.</p>")),
            CheckExample("no delivery terms", expect: .fail, pages: shop(cgv: "<h1>CGV</h1><p>Prix TTC en euros.</p>")),
            CheckExample("services: no delivery terms is a warning", expect: .warn, pages: shop(cgv: "<h1>CGV</h1><p>La prestation de service est réalisée à distance.</p>")),
        ], noneIsWarn: { cgv, words in !cgv.present(words.serviceWords).isEmpty })

    static let payment = check(
        CheckMeta(
            id: "legal.cgv.payment", module: .legal,
            title: Localized(fr: "Moyens de paiement", en: "Payment methods"),
            explanation: Localized(
                fr: "Les CGV indiquent les modalités de paiement.",
                en: "The terms of sale state how to pay."),
            remedy: Localized(
                fr: "Compléter les CGV : moyens de paiement.",
                en: "Complete the terms of sale: payment methods."),
            reference: "C. conso. L111-1", severity: .warning),
        examples: [
            CheckExample("card and PayPal", expect: .pass, pages: shop(cgv: fullCGV)),
            CheckExample("no payment terms", expect: .fail, pages: shop(cgv: "<h1>CGV</h1><p>Prix TTC en euros.</p>")),
        ])

    static let afterSales = check(
        CheckMeta(
            id: "legal.cgv.after-sales", module: .legal,
            title: Localized(fr: "Garanties légales et SAV", en: "Legal guarantees and after-sales"),
            explanation: Localized(
                fr: "Les CGV rappellent la garantie légale de conformité, la garantie des vices cachés, toute garantie commerciale et le service après-vente.",
                en: "The terms of sale recall the legal guarantee of conformity, the hidden-defects guarantee, any commercial guarantee and after-sales service."),
            remedy: Localized(
                fr: "Compléter les CGV : garanties légales et service après-vente.",
                en: "Complete the terms of sale: legal guarantees and after-sales."),
            reference: "C. conso. L217-3 s., C. civ. 1641 s. ; C. conso. L111-1", severity: .warning),
        audience: .consumerSellers,
        examples: [
            CheckExample("both guarantees and after-sales", expect: .pass, pages: shop(cgv: fullCGV)),
            CheckExample("conformity only", expect: .warn, pages: shop(cgv: "<h1>CGV</h1><p>Garantie légale de conformité de deux ans.</p>")),
            CheckExample("no guarantee", expect: .fail, pages: shop(cgv: "<h1>CGV</h1><p>Prix TTC en euros.</p>")),
        ])

    static let withdrawal = check(
        CheckMeta(
            id: "legal.cgv.withdrawal", module: .legal,
            title: Localized(fr: "Droit de rétractation (14 jours)", en: "Right of withdrawal (14 days)"),
            explanation: Localized(
                fr: "Les CGV exposent le droit de rétractation de 14 jours : conditions, délai, modalités, formulaire type, frais de retour, exceptions.",
                en: "The terms of sale set out the 14-day right of withdrawal: conditions, deadline, method, standard form, return costs, exceptions."),
            remedy: Localized(
                fr: "Compléter les CGV : droit de rétractation (14 jours).",
                en: "Complete the terms of sale: right of withdrawal (14 days)."),
            reference: "C. conso. L221-18 s., R221-1 (formulaire type)", severity: .error),
        audience: .consumerSellers,
        examples: [
            CheckExample("deadline, form and return costs", expect: .pass, pages: shop(cgv: fullCGV)),
            CheckExample("right without the form", expect: .warn, pages: shop(cgv: "<h1>CGV</h1><p>Vous disposez d'un droit de rétractation de 14 jours.</p>")),
            CheckExample("leisure service at a set date: withdrawal excluded (L221-28)", expect: .na, pages: shop(cgv: "<h1>CGV</h1><p>Conformément à l'article L.221-28 12° du Code de la consommation, les services de loisirs fournis à une date ou selon une périodicité déterminée ne sont pas soumis au droit de rétractation.</p>")),
            CheckExample("exceptions listed beside the 14-day right", expect: .pass, pages: shop(cgv: fullCGV + "<p>Conformément à l'article L221-28, le droit de rétractation ne peut être exercé pour les biens confectionnés selon les spécifications du client.</p>")),
            CheckExample("CGV for professionals only", expect: .na, pages: shop(cgv: "<h1>CGV</h1><p>Nos ventes sont réservées aux professionnels ; aucun droit de rétractation.</p>")),
            CheckExample("no withdrawal terms", expect: .fail, pages: shop(cgv: "<h1>CGV</h1><p>Prix TTC en euros.</p>")),
        ])

    static let offerDuration = check(
        CheckMeta(
            id: "legal.cgv.offer-duration", module: .legal,
            title: Localized(fr: "Durée de validité de l'offre", en: "Duration of the offer"),
            explanation: Localized(
                fr: "Les CGV disent combien de temps l'offre et ses prix restent valables (une date, « dans la limite des stocks disponibles »).",
                en: "The terms of sale say how long the offer and its prices stay valid (a date, “while stocks last”)."),
            remedy: Localized(
                fr: "Compléter les CGV : durée de validité de l'offre et des prix.",
                en: "Complete the terms of sale: how long the offer and its prices are valid."),
            reference: "C. conso. L221-5, R221-2 (ancien L121-18)", severity: .notice),
        examples: [
            CheckExample("offer valid while stocks last", expect: .pass, pages: shop(cgv: "<h1>CGV</h1><p>Nos offres sont valables dans la limite des stocks disponibles.</p>")),
            CheckExample("nothing on the offer's duration", expect: .fail, pages: shop(cgv: fullCGV)),
        ])

    static let remoteCost = check(
        CheckMeta(
            id: "legal.cgv.remote-cost", module: .legal,
            title: Localized(fr: "Coût de la communication à distance", en: "Cost of remote communication"),
            explanation: Localized(
                fr: "Les CGV indiquent le coût de la technique de communication à distance quand il n'est pas celui du tarif de base (numéro surtaxé), ou qu'il n'y a pas de surcoût.",
                en: "The terms of sale state the cost of the means of distance communication when it is not the basic rate (premium number), or that there is none."),
            remedy: Localized(
                fr: "Compléter les CGV : coût de la communication à distance (par exemple « prix d'un appel local »).",
                en: "Complete the terms of sale: the cost of remote communication (for example “price of a local call”)."),
            reference: "C. conso. L221-5, R221-2", severity: .notice),
        examples: [
            CheckExample("no extra cost stated", expect: .pass, pages: shop(cgv: "<h1>CGV</h1><p>Le coût de la communication à distance est celui d'un appel local.</p>")),
            CheckExample("nothing on the cost of communication", expect: .fail, pages: shop(cgv: fullCGV)),
        ])
}
