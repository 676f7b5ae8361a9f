import VigieCheckKit
import VigieCore

/// What the privacy text says (the rights and how to use them) and the notices next to forms.
enum PrivacyChecks {
    static let all: [CheckDefinition] = [privacyRights, formNotice]

    static let contactForm = #"""
        <form action="/contact" method="post"><label for="n">Nom</label><input id="n" name="nom">
        <label for="e">E-mail</label><input id="e" type="email" name="email"><textarea name="message"></textarea>
        <button>Envoyer</button></form>
        """#
    static let contactFormWithNotice = contactForm + #"<p class="rgpd">Vos données sont utilisées uniquement pour répondre à votre demande. <a href="/confidentialite">Politique de confidentialité</a></p>"#
    static let fullPolicy = #"""
        <h1>Politique de confidentialité</h1><p>Vos données sont traitées par Boulangerie Martin pour répondre à vos demandes.</p>
        <p>Vous disposez d'un droit d'accès, de rectification, d'effacement, d'opposition et de portabilité de vos données.</p>
        <p>Pour exercer ces droits, écrivez à dpo@martin.fr.</p>
        <p>Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr).</p>
        """#

    /// Why the site is taken to collect personal data (a form, or selling online), as evidence; nil when
    /// nothing shows it.
    static func collectionReason(_ context: AuditContext) -> Evidence? {
        if let form = PersonalDataForms.of(context).first {
            return Evidence(url: form.page, excerpt: form.personalFields.prefix(4).joined(separator: ", "), note: Localized(fr: "champs du formulaire", en: "fields of the form"))
        }
        let facts = LegalFacts.of(context)
        if facts.traits.sells { return Evidence(url: context.snapshot.homeURL, excerpt: facts.traits.sellsReason ?? "vente en ligne") }
        return collectingScript(context.snapshot, facts.words)
    }

    /// The first script that collects personal data by itself (a chat widget), as evidence.
    static func collectingScript(_ snapshot: SiteSnapshot, _ words: LegalWords) -> Evidence? {
        for (record, facts) in snapshot.htmlPages.prefix(20) {
            for script in facts.scripts {
                let source = FoldedText.asciiLowercased(script.src ?? "")
                if let word = words.collectingScripts.first(where: { StructureText.containsBytes(source, $0) }) {
                    return Evidence(url: record.url, excerpt: "<script src=\"\(script.src ?? "")\"> (\(word))")
                }
                guard !script.inlineText.isEmpty else { continue }
                let inline = FoldedText.asciiLowercased(script.inlineText)
                if let word = words.collectingScripts.first(where: { StructureText.containsBytes(inline, $0) }) {
                    return Evidence(url: record.url, excerpt: "<script> … \(word) … </script>")
                }
            }
        }
        return nil
    }

    static let rightsMeta = CheckMeta(
        id: "legal.privacy-rights", module: .legal, title: Localized(fr: "Droits des personnes (RGPD)", en: "Data subjects' rights (GDPR)"),
        explanation: Localized(
            fr: "La politique de confidentialité nomme les droits (accès, rectification, effacement, opposition, portabilité, limitation), dit comment les exercer et mentionne la réclamation auprès de la CNIL.",
            en: "The privacy policy names the rights (access, rectification, erasure, objection, portability, restriction), says how to exercise them and mentions the complaint to the CNIL."),
        remedy: Localized(fr: "Compléter la politique de confidentialité : liste des droits, contact pour les exercer, droit de réclamation auprès de la CNIL.",
                          en: "Complete the privacy policy: list of rights, a contact to exercise them, the right to complain to the CNIL."),
        reference: "RGPD art. 13-14 et 15-22", severity: .warning)

    static let privacyRights = CheckDefinition(meta: rightsMeta, examples: [
        CheckExample("rights, contact and CNIL", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: contactFormWithNotice, privacy: fullPolicy)),
        CheckExample("rights without the CNIL", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: contactFormWithNotice, privacy: "<h1>Confidentialité</h1><p>Vous avez un droit d'accès et de rectification ; pour l'exercer écrivez-nous.</p>")),
        CheckExample("privacy page naming no right", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: contactFormWithNotice, privacy: "<h1>Confidentialité</h1><p>Nous respectons votre vie privée.</p>")),
        CheckExample("no personal data collected", expect: .na, pages: LegalExamples.full),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(rightsMeta, facts, .everyoneInEU) { return skipped }
        var text = LegalFacts.text(.privacy, context)
        // A data-protection section of the legal notice counts as privacy text.
        text.segments += facts.corpus.segments
        let privacyRead = !LegalFacts.text(.privacy, context).pagesRead.isEmpty
        guard privacyRead || collectionReason(context) != nil else {
            return rightsMeta.result(.na, Localized(fr: "Aucune collecte de données personnelles trouvée.", en: "No collection of personal data found."))
        }
        let named = facts.words.rights.filter { !text.present($0.words).isEmpty }.map(\.name)
        let speaksOfRights = !text.present(["droit"]).isEmpty
        let exercise = text.first(facts.words.exerciseWords) ?? (speaksOfRights ? text.segments.first { PublisherChecks.email.first(in: $0.text) != nil } : nil)
        let complaint = text.first(facts.words.complaintWords)
        let anchor = text.first(facts.words.rights.flatMap(\.words)) ?? text.segments.first
        var missing: [Localized] = []
        if named.count < 4 { missing.append(Localized(fr: "droits nommés : \(named.count)/6", en: "rights named: \(named.count)/6")) }
        if exercise == nil { missing.append(Localized(fr: "comment exercer ses droits", en: "how to exercise them")) }
        if complaint == nil { missing.append(Localized(fr: "réclamation CNIL", en: "complaint to the CNIL")) }
        let data: [String: JSONValue] = ["rights": .array(named.map { .string($0) }), "pages_read": .array(text.pagesRead.map { .string($0) })]
        let evidence = [anchor, complaint].compactMap { $0 }.map { Evidence(url: $0.url, excerpt: $0.text) }
        if named.isEmpty, !privacyRead {
            return rightsMeta.result(.fail, Localized(
                fr: "Aucune politique de confidentialité lue, et les mentions légales ne nomment aucun droit RGPD.",
                en: "No privacy policy read, and the legal notice names no GDPR right."),
                evidence: facts.readEvidence, data: data)
        }
        if named.isEmpty {
            return rightsMeta.result(.fail, Localized(
                fr: "Aucun droit RGPD nommé dans le texte lu (\(text.pagesRead.prefix(3).joined(separator: ", "))).",
                en: "No GDPR right named in the text read (\(text.pagesRead.prefix(3).joined(separator: ", ")))."),
                evidence: evidence.isEmpty ? facts.readEvidence : evidence, data: data)
        }
        if missing.isEmpty {
            return rightsMeta.result(.pass, Localized(
                fr: "Droits nommés (\(named.joined(separator: ", "))), moyen de les exercer et CNIL mentionnés.",
                en: "Rights named (\(named.joined(separator: ", "))), how to exercise them and the CNIL mentioned."), evidence: evidence, data: data)
        }
        return rightsMeta.result(.warn, Localized(
            fr: "Information incomplète — manque : \(missing.map(\.fr).joined(separator: " ; ")).",
            en: "Incomplete information — missing: \(missing.map(\.en).joined(separator: "; "))."), evidence: evidence, data: data)
    }

    static let noticeMeta = CheckMeta(
        id: "legal.form-notice", module: .legal, title: Localized(fr: "Mention d'information sous les formulaires", en: "Notice next to forms"),
        explanation: Localized(
            fr: "Chaque formulaire qui collecte des données personnelles dit, à côté, à quoi elles servent et renvoie à la politique de confidentialité.",
            en: "Every form that collects personal data says, next to it, what the data is used for and links to the privacy policy."),
        remedy: Localized(fr: "Ajouter sous le formulaire une courte mention (finalité, destinataire, durée) et un lien vers la politique de confidentialité.",
                          en: "Add a short notice under the form (purpose, recipient, retention) and a link to the privacy policy."),
        reference: "RGPD art. 13 ; CNIL, modèles de mentions", severity: .warning)

    static let formNotice = CheckDefinition(meta: noticeMeta, examples: [
        CheckExample("notice and link under the form", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: contactFormWithNotice, privacy: fullPolicy)),
        CheckExample("form without notice", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: contactForm, privacy: fullPolicy)),
        CheckExample("search form only", expect: .na, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: #"<form role="search" action="/recherche"><input type="search" name="q"></form>"#)),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(noticeMeta, facts, .everyoneInEU) { return skipped }
        let forms = PersonalDataForms.of(context)
        guard !forms.isEmpty else {
            return noticeMeta.result(.na, Localized(fr: "Aucun formulaire ne collecte de données personnelles.", en: "No form collects personal data."))
        }
        let privacyURLs = Set((facts.pages.links[.privacy] ?? []).map(\.url))
        var lacking: [(PersonalDataForms.Form, Localized)] = []
        for entry in forms {
            let text = FoldedText.fold(entry.form.surroundingText)
            let explains = FoldedText.firstMatch(text, facts.words.noticeWords) != nil
            let links = entry.form.nearbyLinks.contains { link in
                (link.zone != .footer || entry.form.zone == .footer) && privacyURLs.contains(link.url ?? "") || FoldedText.firstMatch(FoldedText.fold(link.label), facts.words.privacySectionWords) != nil
            }
            if !explains || !links {
                let gaps = [explains ? nil : Localized(fr: "finalité", en: "purpose"), links ? nil : Localized(fr: "lien vers la politique", en: "link to the policy")].compactMap { $0 }
                lacking.append((entry, Localized(fr: gaps.map(\.fr).joined(separator: " + "), en: gaps.map(\.en).joined(separator: " + "))))
            }
        }
        let describe = { (form: PersonalDataForms.Form) in "<form action=\"\(form.form.action ?? "")\"> " + form.personalFields.prefix(4).joined(separator: ", ") }
        if lacking.isEmpty {
            return noticeMeta.result(.pass, Localized(
                fr: forms.count == 1 ? "Le formulaire de données personnelles a sa mention et son lien." : "\(forms.count) formulaires de données personnelles, chacun avec sa mention et son lien.",
                en: forms.count == 1 ? "The personal-data form has its notice and link." : "\(forms.count) personal-data forms, each with its notice and link."),
                evidence: forms.prefix(3).map { Evidence(url: $0.page, excerpt: String($0.form.surroundingText.suffix(200))) })
        }
        return noticeMeta.result(.warn, Localized(
            fr: "\(Plural.nfr(lacking.count, "formulaire", "formulaires")) sur \(forms.count) sans mention complète : " + lacking.prefix(3).map { "\($0.0.page) (manque \($0.1.fr))" }.joined(separator: " ; "),
            en: "\(lacking.count) of \(forms.count) \(Plural.en(forms.count, "form", "forms")) without a full notice: " + lacking.prefix(3).map { "\($0.0.page) (missing \($0.1.en))" }.joined(separator: "; ")),
            evidence: lacking.prefix(5).map { Evidence(url: $0.0.page, excerpt: describe($0.0)) },
            data: ["forms": .number(Double(forms.count)), "without_notice": .number(Double(lacking.count))])
    }
}
