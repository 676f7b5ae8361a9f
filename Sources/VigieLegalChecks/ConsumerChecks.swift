import VigieCheckKit
import VigieCore

/// The consumer's ways out and recourse: online withdrawal and termination functions, the consumer
/// mediator, and the leftover link to the closed EU ODR platform.
enum ConsumerChecks {
    static let all: [CheckDefinition] = [withdrawalFunction, terminationFunction, mediator, odrLink]

    /// A link or button of the site whose label holds one of `words` (folded), with its page.
    struct Control: Sendable {
        var page: String
        var label: String
        var url: String?
    }

    /// Reads every label of every page once, on bytes (`FoldedText.words`): this runs on the whole site.
    static func controls(_ context: AuditContext, _ words: [String], excluding: [String] = []) -> [Control] {
        var found: [Control] = []
        for (record, facts) in context.snapshot.htmlPages {
            let labelled = facts.links.map { ($0.label, $0.url) } + facts.buttons.map { ($0.label, nil as String?) }
                + facts.forms.flatMap { $0.submits.map { ($0.label, nil as String?) } }
            for (label, url) in labelled {
                let folded = FoldedText.words(label)
                guard words.contains(where: { StructureText.containsBytes(folded, $0) }),
                      !excluding.contains(where: { StructureText.containsBytes(folded, $0) }) else { continue }
                found.append(Control(page: record.url, label: label, url: url))
                if found.count >= 5 { return found }
            }
        }
        return found
    }

    /// The first sign that part of the site sits behind a login (a password field or an account link).
    static func login(_ context: AuditContext) -> Evidence? {
        for (record, facts) in context.snapshot.htmlPages {
            if facts.forms.contains(where: { $0.fields.contains { $0.type == "password" } }) {
                return Evidence(url: record.url, excerpt: "<input type=\"password\">")
            }
            if let link = facts.links.first(where: { link in
                let words = FoldedText.words(link.label)
                return LegalWords.of(context).loginLabels.contains { StructureText.containsBytes(words, $0) }
            }) {
                return Evidence(url: record.url, excerpt: "<a href=\"\(link.url ?? "")\">\(link.label)</a>")
            }
        }
        return nil
    }

    /// Pass when a control is found, `unknown` when a login may hide it, fail otherwise.
    static func function(_ meta: CheckMeta, _ context: AuditContext, words: [String], excluding: [String], what: Localized) -> CheckResult {
        let found = controls(context, words, excluding: excluding).filter { !($0.url ?? "").lowercased().hasSuffix(".pdf") }
        if let control = found.first {
            return meta.result(.pass, Localized(fr: "\(what.fr) : « \(control.label) ».", en: "\(what.en): “\(control.label)”."),
                               evidence: found.prefix(3).map { control in
                                   Evidence(url: control.page, excerpt: control.url.map { "<a href=\"\($0)\">\(control.label)</a>" } ?? "<button>\(control.label)</button>")
                               })
        }
        if let login = login(context) {
            return meta.result(.unknown, Localized(
                fr: "\(what.fr) introuvable sur les pages publiques ; elle peut se trouver derrière la connexion au compte, que Vigie ne franchit pas.",
                en: "\(what.en) not found on the public pages; it may sit behind the account login, which Vigie does not cross."),
                evidence: [login], data: ["reason": .string("behind-login")])
        }
        return meta.result(.fail, Localized(fr: "\(what.fr) introuvable : aucun lien ni bouton sur les pages lues.", en: "\(what.en) not found: no link or button on the pages read."),
                           evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "liens et boutons lus", en: "links and buttons read"))])
    }

    static let withdrawalMeta = CheckMeta(
        id: "legal.withdrawal-function", module: .legal,
        title: Localized(fr: "Fonction de rétractation en ligne", en: "Online withdrawal function"),
        explanation: Localized(
            fr: "Depuis le 19 juin 2026, un vendeur à distance offre une fonction de rétractation en ligne (« Se rétracter du contrat »), visible et accessible pendant tout le délai, annoncée dans les CGV.",
            en: "Since 19 June 2026 a distance seller offers an online withdrawal function (“Withdraw from contract”), visible and reachable during the whole period, announced in the terms of sale."),
        remedy: Localized(
            fr: "Ajouter un bouton « Se rétracter du contrat » accessible depuis le site (et le compte client), qui mène à une confirmation.",
            en: "Add a “Withdraw from contract” button reachable from the site (and the customer account), leading to a confirmation."),
        reference: "Directive (UE) 2023/2673 art. 11 bis ; C. conso. (transposition, 19 juin 2026)", severity: .error)

    static let withdrawalFunction = CheckDefinition(meta: withdrawalMeta, examples: [
        CheckExample("button in the footer", expect: .pass, pages: LegalExamples.site(LegalExamples.fullNotice, home: LegalExamples.cart, cgv: SalesTermsChecks.fullCGV,
            footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/cgv">CGV</a> <a href="/retractation">Se rétracter du contrat</a></footer>"#)),
        CheckExample("button, but CGV silent about it", expect: .warn, pages: LegalExamples.site(LegalExamples.fullNotice, home: LegalExamples.cart,
            cgv: "<h1>CGV</h1><p>Droit de rétractation de 14 jours.</p>",
            footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/cgv">CGV</a> <a href="/retractation">Se rétracter du contrat</a></footer>"#)),
        CheckExample("only a PDF form", expect: .fail, pages: LegalExamples.site(LegalExamples.fullNotice, home: LegalExamples.cart,
            footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/formulaire-retractation.pdf">Formulaire de rétractation</a></footer>"#)),
        CheckExample("behind the customer login", expect: .unknown, pages: LegalExamples.site(LegalExamples.fullNotice, home: LegalExamples.cart + #"<a href="/compte">Mon compte</a>"#)),
        CheckExample("not a seller", expect: .na, pages: LegalExamples.full),
        CheckExample("selling by quote: no contract concluded online", expect: .na, pages: LegalExamples.site(LegalExamples.fullNotice, home: #"<a class="btn" href="/devis">Demander un devis</a>"#)),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(withdrawalMeta, facts, .onlineConsumerSellers) { return skipped }
        let result = function(withdrawalMeta, context, words: facts.words.withdrawalLabels, excluding: facts.words.withdrawalExcluding,
                              what: Localized(fr: "Fonction de rétractation", en: "Withdrawal function"))
        let cgv = LegalFacts.text(.cgv, context)
        guard result.status == .pass, !cgv.pagesRead.isEmpty, cgv.first(facts.words.withdrawalAnnouncement) == nil else { return result }
        var warned = withdrawalMeta.result(.warn, Localized(
            fr: "Fonction de rétractation présente, mais les CGV ne l'annoncent pas.",
            en: "Withdrawal function present, but the terms of sale do not announce it."), evidence: result.evidence)
        warned.evidence.append(Evidence.note(cgv.pagesRead[0], Localized(fr: "CGV lues", en: "terms of sale read")))
        return warned
    }

    static let terminationMeta = CheckMeta(
        id: "legal.termination-function", module: .legal,
        title: Localized(fr: "Résiliation en ligne", en: "Online termination"),
        explanation: Localized(
            fr: "Un abonnement souscrit en ligne se résilie en ligne, par une fonction « Résilier mon contrat » facile d'accès.",
            en: "A subscription taken online can be ended online, through an easy-to-reach “End my contract” function."),
        remedy: Localized(
            fr: "Ajouter un lien « Résilier mon abonnement » visible, menant à la résiliation en trois clics.",
            en: "Add a visible “End my subscription” link leading to termination in three clicks."),
        reference: "C. conso. L215-1-1, D215-1 (loi 2022-1158)", severity: .warning)

    static let terminationFunction = CheckDefinition(meta: terminationMeta, examples: [
        CheckExample("termination link", expect: .pass, pages: LegalExamples.site(LegalExamples.fullNotice, home: #"<a href="/abonnement">Je m'abonne — 9,90 €/mois</a> <a href="/resilier">Résilier mon abonnement</a>"#)),
        CheckExample("subscription without termination", expect: .fail, pages: LegalExamples.site(LegalExamples.fullNotice, home: #"<a href="/abonnement">Je m'abonne — 9,90 €/mois</a>"#)),
        CheckExample("newsletter only", expect: .na, pages: LegalExamples.site(LegalExamples.fullNotice, home: #"<a href="/newsletter">Abonnez-vous à la newsletter</a>"#)),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(terminationMeta, facts, .everyone) { return skipped }
        let subscriptions = controls(context, facts.words.subscriptionLabels, excluding: facts.words.subscriptionExcluding)
        guard let subscription = subscriptions.first else {
            return terminationMeta.result(.na, Localized(fr: "Aucune offre d'abonnement trouvée.", en: "No subscription offer found."))
        }
        var result = function(terminationMeta, context, words: facts.words.terminationLabels, excluding: [],
                              what: Localized(fr: "Fonction de résiliation", en: "Termination function"))
        result.evidence.insert(Evidence(url: subscription.page, excerpt: subscription.label), at: 0)
        return result
    }

    /// A website ("www.cm2c.net", "https://…", "medicys.fr"), not the domain of an e-mail address.
    static let webAddress = TextPattern(#"(?:https?://|www\.)[^\s,;)]+|(?<![@\w.\-])[a-z0-9\-]+\.(?:fr|com|org|net|eu|info)\b(?!@)"#, caseInsensitive: true)

    static let mediatorMeta = CheckMeta(
        id: "legal.consumer-mediator", module: .legal,
        title: Localized(fr: "Médiateur de la consommation", en: "Consumer mediator"),
        explanation: Localized(
            fr: "Un professionnel qui vend aux consommateurs donne le nom et le site web du médiateur de la consommation dont il relève (une simple mention de médiation, ou le lien ODR, ne suffit pas).",
            en: "A business selling to consumers gives the name and website of its consumer mediator (a mere mention of mediation, or the ODR link, is not enough)."),
        remedy: Localized(
            fr: "Adhérer à un médiateur agréé et indiquer son nom et l'adresse de son site dans les CGV et sur le site.",
            en: "Join an approved mediator and give its name and website in the terms of sale and on the site."),
        reference: "C. conso. L612-1, L616-1, R616-1", severity: .error)

    static let mediator = CheckDefinition(meta: mediatorMeta, examples: [
        CheckExample("named with its website", expect: .pass, pages: SalesTermsChecks.shop(cgv: SalesTermsChecks.fullCGV)),
        CheckExample("mediation without name or website", expect: .warn, pages: SalesTermsChecks.shop(cgv: "<h1>CGV</h1><p>En cas de litige, le client peut recourir à une médiation conventionnelle.</p>")),
        CheckExample("ODR link only", expect: .fail, pages: SalesTermsChecks.shop(cgv: #"<h1>CGV</h1><p>Plateforme RLL : <a href="https://ec.europa.eu/consumers/odr">ec.europa.eu/consumers/odr</a></p>"#)),
        CheckExample("mediator announced, not designated", expect: .fail, pages: SalesTermsChecks.shop(cgv: "<h1>CGV</h1><p>Médiateur compétent : [Médiateur de la consommation à désigner — adhésion en cours auprès de CM2C / MEDICYS]</p>")),
        CheckExample("the seller's own e-mail domain is no mediator's website", expect: .warn, pages: SalesTermsChecks.shop(cgv: "<h1>CGV</h1><p>En cas de litige, le client peut contacter la société à contact@gamedoor41.fr ; à défaut, il peut recourir à un médiateur de la consommation.</p>")),
        CheckExample("CGV for professionals only", expect: .na, pages: SalesTermsChecks.shop(cgv: "<h1>CGV</h1><p>Les présentes conditions s'appliquent exclusivement aux professionnels (BtoB).</p>")),
        CheckExample("not a seller", expect: .na, pages: LegalExamples.full),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(mediatorMeta, facts, .consumerSellers) { return skipped }
        let text = LegalFacts.text(.cgv, context).segments + facts.corpus.segments
        let named = text.filter { FoldedText.firstMatch($0.folded, facts.words.mediatorWords) != nil }
        if let placeholder = named.first(where: { FoldedText.firstMatch($0.folded, facts.words.mediatorPlaceholders) != nil }) {
            return mediatorMeta.result(.fail, Localized(
                fr: "Le médiateur de la consommation n'est pas encore désigné : « \(Evidence.clip(placeholder.text, limit: 200)) ».",
                en: "The consumer mediator is not designated yet: “\(Evidence.clip(placeholder.text, limit: 200))”."),
                evidence: [Evidence(url: placeholder.url, excerpt: placeholder.text)])
        }
        let ownSite = Self.registrable(LegalPages.host(of: context.snapshot.homeURL))
        for (index, segment) in text.enumerated() where FoldedText.firstMatch(segment.folded, facts.words.mediatorWords) != nil {
            let around = [segment.text, index + 1 < text.count ? text[index + 1].text : ""].joined(separator: " ")
            if let site = webAddress.first(in: around)?.match.trimmed(of: [".", ","]), !facts.words.odrHosts.contains(where: { site.lowercased().contains($0) }),
               !site.contains("@"), ownSite.isEmpty || !site.lowercased().contains(ownSite) {
                return mediatorMeta.result(.pass, Localized(fr: "Médiateur nommé avec son site (\(site)).", en: "Mediator named with its website (\(site))."),
                                           evidence: [Evidence(url: segment.url, excerpt: segment.text)], data: ["website": .string(site)])
            }
        }
        if let mention = named.first ?? text.first(where: { StructureText.containsBytes($0.folded, "mediation") }) {
            return mediatorMeta.result(.warn, Localized(
                fr: "La médiation est évoquée, mais sans le nom et le site web du médiateur.",
                en: "Mediation is mentioned, but without the mediator's name and website."), evidence: [Evidence(url: mention.url, excerpt: mention.text)])
        }
        // Selling by quote or from a price list, the clientele may be professionals: a warning, not a failure.
        return mediatorMeta.result(facts.traits.sellsOnline ? .fail : .warn, Localized(
            fr: "Aucun médiateur de la consommation nommé (CGV, mentions légales, pied de page)\(odrEvidence(context) == nil ? "" : " ; le lien vers la plateforme ODR, fermée, ne le remplace pas").",
            en: "No consumer mediator named (terms of sale, legal notice, footer)\(odrEvidence(context) == nil ? "" : "; the link to the closed ODR platform does not replace it")."),
            evidence: [odrEvidence(context)].compactMap { $0 } + facts.readEvidence)
    }

    /// A host name without its `www.` (the site's own address is not its mediator's).
    static func registrable(_ host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The first link to the EU ODR platform on any page, or its address written in the legal text (legal
    /// notice, footers, CGV).
    static func odrEvidence(_ context: AuditContext) -> Evidence? {
        context.cache.value("legal.odr") {
            for (record, facts) in context.snapshot.htmlPages {
                if let link = facts.links.first(where: { link in
                    guard let url = link.url, StructureText.containsBytes(url, "europa.eu") else { return false }
                    return LegalWords.of(context).odrHosts.contains { StructureText.containsBytes(FoldedText.asciiLowercased(url), $0) }
                }) {
                    return Evidence(url: record.url, excerpt: "<a href=\"\(link.url ?? "")\">\(link.label)</a>")
                }
            }
            let text = LegalFacts.of(context).corpus.segments + LegalFacts.text(.cgv, context).segments
            return text.first { segment in LegalWords.of(context).odrHosts.contains { StructureText.containsBytes(segment.folded, $0) } }
                .map { Evidence(url: $0.url, excerpt: $0.text) }
        }
    }

    static let odrMeta = CheckMeta(
        id: "legal.odr-link", module: .legal,
        title: Localized(fr: "Lien ODR périmé", en: "Outdated ODR link"),
        explanation: Localized(
            fr: "La plateforme européenne de règlement en ligne des litiges (ODR/RLL) a fermé le 20 juillet 2025 : un lien vers elle est périmé.",
            en: "The EU online dispute resolution (ODR) platform closed on 20 July 2025: a link to it is outdated."),
        remedy: Localized(
            fr: "Retirer le lien et la mention de la plateforme ODR ; garder le médiateur de la consommation.",
            en: "Remove the link to and mention of the ODR platform; keep the consumer mediator."),
        reference: "Règlement (UE) 2024/3228 (abrogation du règlement 524/2013)", severity: .notice)

    static let odrLink = CheckDefinition(meta: odrMeta, examples: [
        CheckExample("no ODR link", expect: .pass, pages: SalesTermsChecks.shop(cgv: SalesTermsChecks.fullCGV)),
        CheckExample("leftover ODR link", expect: .fail, pages: SalesTermsChecks.shop(cgv: #"<h1>CGV</h1><p><a href="https://ec.europa.eu/consumers/odr/">Plateforme de règlement en ligne des litiges</a></p>"#)),
        CheckExample("not a seller, no link", expect: .na, pages: LegalExamples.full),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(odrMeta, facts, .everyone) { return skipped }
        if let found = odrEvidence(context) {
            return odrMeta.result(.fail, Localized(fr: "Lien vers la plateforme ODR, fermée le 20 juillet 2025.", en: "Link to the ODR platform, closed on 20 July 2025."), evidence: [found])
        }
        guard facts.traits.sells else {
            return odrMeta.result(.na, Localized(fr: "Site sans vente en ligne et sans lien ODR.", en: "No online selling and no ODR link."))
        }
        return odrMeta.result(.pass, Localized(fr: "Aucun lien vers la plateforme ODR.", en: "No link to the ODR platform."),
                              evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "liens lus", en: "links read"))])
    }
}
