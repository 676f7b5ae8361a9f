import VigieCheckKit
import VigieCore

/// The legal pages themselves: legal notice, CGU, privacy policy and CGV, found from link labels and URLs
/// and expected to be reachable from every page.
enum LegalPageChecks {
    static let all: [CheckDefinition] = [noticePage, termsOfUse, privacyPolicy, termsOfSale]

    /// Pass when a link of `kind` is on every page, warn when some pages lack it (naming them), nil when
    /// the site has no such link at all.
    static func reachability(_ meta: CheckMeta, _ kind: LegalPages.Kind, _ context: AuditContext) -> CheckResult? {
        let facts = LegalFacts.of(context)
        guard let link = facts.pages.links[kind]?.first else { return nil }
        let targets = Set((facts.pages.links[kind] ?? []).map(\.url))
        let missing = facts.pages.pagesWithout(kind, in: context.snapshot).filter { !targets.contains($0) }
        let evidence = Evidence(url: link.fromPage, excerpt: "<a href=\"\(link.url)\">\(link.label)</a>")
        let read = facts.pages.pages(kind, in: context.snapshot)
        var data: [String: JSONValue] = ["url": .string(link.url), "pages_without_link": .number(Double(missing.count))]
        if read.isEmpty, let record = context.snapshot.pages.first(where: { $0.url == link.url }), record.facts == nil {
            data["status"] = .number(Double(record.status))
            return meta.result(.warn, Localized(
                fr: "Lien « \(link.label) » trouvé, mais la page \(link.url) n'a pas pu être lue (HTTP \(record.status)).",
                en: "Link “\(link.label)” found, but the page \(link.url) could not be read (HTTP \(record.status))."),
                evidence: [evidence], data: data)
        }
        if missing.isEmpty {
            return meta.result(.pass, Localized(
                fr: "Lien « \(link.label) » présent sur les \(facts.pages.pageCount) pages lues.",
                en: "Link “\(link.label)” on all \(facts.pages.pageCount) pages read."), evidence: [evidence], data: data)
        }
        data["examples"] = .array(missing.prefix(5).map { .string($0) })
        return meta.result(.warn, Localized(
            fr: "Lien « \(link.label) » absent de \(Plural.pagesOf(missing.count, facts.pages.pageCount).fr), par exemple \(missing.prefix(3).joined(separator: ", ")).",
            en: "Link “\(link.label)” missing from \(missing.count) of \(facts.pages.pageCount) pages, e.g. \(missing.prefix(3).joined(separator: ", "))."),
            evidence: [evidence] + missing.prefix(3).map { Evidence.note($0, Localized(fr: "aucun lien", en: "no link")) }, data: data)
    }

    static let noticeMeta = CheckMeta(
        id: "legal.notice-page", module: .legal,
        title: Localized(fr: "Page de mentions légales", en: "Legal notice page"),
        explanation: Localized(
            fr: "Les mentions légales (« Mentions légales », « Informations légales ») doivent être facilement accessibles, en pratique depuis le pied de page de chaque page.",
            en: "The legal notice must be easy to reach, in practice from the footer of every page."),
        remedy: Localized(
            fr: "Créer la page « Mentions légales » et la lier depuis le pied de page de toutes les pages.",
            en: "Create the legal notice page and link it from the footer of every page."),
        reference: "LCEN art. 1-1 ; § 5 DDG (Impressum)", severity: .error)

    /// The publisher profile the legal module used, added to `legal.notice-page`'s data for the report.
    static func profileData(_ traits: SiteTraits) -> [String: JSONValue] {
        [
            "publisher_kind": .string(traits.kind?.rawValue ?? "unknown"), "publisher_kind_reason": .string(traits.kindReason ?? ""),
            "sells": .bool(traits.sells), "sells_online": .bool(traits.sellsOnline), "sells_reason": .string(traits.sellsReason ?? ""), "jurisdiction": .string(traits.jurisdiction.rawValue),
        ]
    }

    static let noticePage = CheckDefinition(meta: noticeMeta, examples: [
        CheckExample("linked from every footer", expect: .pass, pages: LegalExamples.full),
        CheckExample("every notice link leads to localhost", expect: .warn, pages: [
            CheckExample.Page("/", #"<html lang="fr"><body><main><p>Bienvenue</p></main><footer><a href="http://localhost:4000/mentions-legales">Mentions légales</a></footer></body></html>"#),
        ]),
        CheckExample("legal text directly in the footer", expect: .pass, pages: [
            CheckExample.Page("/", #"<html lang="fr"><body><main><p>Bienvenue</p></main><footer><p>Mentions légales : site édité par Jean Martin, 3 place du Marché 35000 Rennes</p></footer></body></html>"#),
        ]),
        CheckExample("linked from the home page only", expect: .warn, pages: LegalExamples.full + [
            CheckExample.Page("/produits", #"<html lang="fr"><body><main><p>Nos produits</p></main><footer>© 2026</footer></body></html>"#),
        ]),
        CheckExample("no legal notice", expect: .fail, pages: [
            CheckExample.Page("/", #"<html lang="fr"><body><main><p>Bienvenue</p></main><footer><a href="/contact">Contact</a></footer></body></html>"#),
        ]),
        CheckExample("German Impressum", expect: .pass, pages: ImpressumReader.example),
    ]) { context in
        var result = noticeResult(context)
        let traits = LegalFacts.of(context).traits
        result.data.merge(profileData(traits)) { current, _ in current }
        result.assumption = assumption(traits)
        return result
    }

    /// Who the publisher was taken to be and whether it sells, in words, so that the reader can correct it.
    static func assumption(_ traits: SiteTraits) -> Localized {
        let kind = traits.kind?.label ?? Localized(fr: "non déterminé", en: "undetermined")
        let kindReason = traits.kindReason.map { $0.isEmpty ? "" : " (« \($0) »)" } ?? ""
        let kindReasonEn = traits.kindReason.map { $0.isEmpty ? "" : " (“\($0)”)" } ?? ""
        let sellsReason = traits.sellsReason.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
        let sells = !traits.sells ? Localized(fr: "non", en: "no")
            : traits.sellsOnline ? Localized(fr: "oui, en ligne", en: "yes, online")
            : Localized(fr: "oui, sans commande en ligne", en: "yes, without an online order")
        return Localized(
            fr: "Profil retenu — éditeur : \(kind.fr)\(kindReason) ; vente : \(sells.fr)\(sellsReason). "
                + "À corriger au besoin avec site.kind et site.sells dans .vigie.yml.",
            en: "Profile used — publisher: \(kind.en)\(kindReasonEn); selling: \(sells.en)\(sellsReason). "
                + "Correct it if needed with site.kind and site.sells in .vigie.yml.")
    }

    static func noticeResult(_ context: AuditContext) -> CheckResult {
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(noticeMeta, facts, .everyone, readsGerman: true) { return skipped }
        let foreignLinks = facts.pages.otherOrigin(.legalNotice, in: context.snapshot)
        // Every legal-notice link leads elsewhere (a staging copy linking to production, to localhost): a weakness.
        if let foreign = foreignLinks.first, foreignLinks.count == facts.pages.links[.legalNotice]?.filter(\.byLabel).count {
            let same = facts.pages.samePath([foreign], in: context.snapshot).first?.record.url
            return noticeMeta.result(.warn, Localized(
                fr: "Le lien « \(foreign.label) » mène à un autre site (\(foreign.url)) : lien à corriger ; " + (same.map { "la même page a été lue sur le site audité (\($0))." } ?? "la même adresse n'existe pas sur le site audité."),
                en: "The link “\(foreign.label)” leads to another site (\(foreign.url)): to be fixed; " + (same.map { "the same page was read on the audited site (\($0))." } ?? "the same path does not exist on the audited site.")),
                evidence: [Evidence(url: foreign.fromPage, excerpt: "<a href=\"\(foreign.url)\">\(foreign.label)</a>")],
                data: ["url": .string(foreign.url), "read_instead": same.map { .string($0) } ?? .null])
        }
        if let result = reachability(noticeMeta, .legalNotice, context) { return result }
        let words = ["mentions legales", "informations legales", "edite par", "editeur du site", "impressum", "hebergeur"]
        if let footer = facts.corpus.segments.first(where: { $0.zone == .footer && FoldedText.firstMatch($0.folded, words) != nil }) {
            return noticeMeta.result(.pass, Localized(
                fr: "Pas de page dédiée, mais les mentions légales figurent dans le pied de page.",
                en: "No dedicated page, but the legal notice stands in the footer."),
                evidence: [Evidence(url: footer.url, excerpt: footer.text)])
        }
        return noticeMeta.result(.fail, Localized(
            fr: "Aucun lien vers des mentions légales et aucune mention légale dans le pied de page.",
            en: "No link to a legal notice and no legal text in the footer."),
            evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "liens lus : libellés et adresses", en: "links read: labels and URLs"))])
    }

    static let cguMeta = CheckMeta(
        id: "legal.terms-of-use", module: .legal,
        title: Localized(fr: "Conditions générales d'utilisation (CGU)", en: "Terms of use"),
        explanation: Localized(
            fr: "Des CGU fixent les règles d'usage du site ; elles ne sont pas obligatoires mais recommandées.",
            en: "Terms of use set the rules of the site; not required by law, recommended."),
        remedy: Localized(
            fr: "Créer la page « Conditions générales d'utilisation (CGU) » et la lier depuis le pied de page de toutes les pages.",
            en: "Create the terms of use page and link it from the footer of every page."),
        reference: "Recommandation (pas d'obligation légale)", severity: .notice)

    static let termsOfUse = CheckDefinition(meta: cguMeta, examples: [
        CheckExample("CGU linked", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/cgu">CGU</a></footer>"#)),
        CheckExample("combined CGV and CGU", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/conditions">Conditions générales de vente et d'utilisation</a></footer>"#)),
        CheckExample("no CGU", expect: .fail, pages: LegalExamples.full),
        CheckExample("« Conditions d'utilisation »", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/conditions">Conditions d'utilisation</a></footer>"#)),
        CheckExample("« Condition d'utilisation » in the singular", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/condition-d-utilisation/">Condition d’utilisation</a></footer>"#)),
        CheckExample("« Conditions générales d'utilisation du site »", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/notice">Conditions générales d’utilisation du site</a></footer>"#)),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(cguMeta, facts, .everyone) { return skipped }
        if let result = reachability(cguMeta, .cgu, context) { return result }
        if let combined = facts.pages.links[.cgv]?.first(where: { StructureText.containsBytes(FoldedText.fold($0.label), "utilisation") }) {
            return cguMeta.result(.pass, Localized(fr: "CGU réunies avec les CGV : « \(combined.label) ».", en: "Terms of use combined with the terms of sale: “\(combined.label)”."),
                                  evidence: [Evidence(url: combined.fromPage, excerpt: "<a href=\"\(combined.url)\">\(combined.label)</a>")])
        }
        return cguMeta.result(.fail, Localized(fr: "Aucun lien vers des CGU.", en: "No link to terms of use."),
                              evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "liens lus", en: "links read"))])
    }

    static let privacyMeta = CheckMeta(
        id: "legal.privacy-policy", module: .legal,
        title: Localized(fr: "Politique de confidentialité", en: "Privacy policy"),
        explanation: Localized(
            fr: "Un site qui collecte des données personnelles (formulaire, compte, commande) informe les personnes dans une politique de confidentialité accessible de partout.",
            en: "A site that collects personal data (form, account, order) informs people in a privacy policy reachable from everywhere."),
        remedy: Localized(
            fr: "Créer la page « Politique de confidentialité » et la lier depuis le pied de page de toutes les pages.",
            en: "Create the privacy policy page and link it from the footer of every page."),
        reference: "RGPD art. 12-14 ; loi Informatique et Libertés", severity: .error)

    static let privacyPolicy = CheckDefinition(meta: privacyMeta, examples: [
        CheckExample("privacy page linked everywhere", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: PrivacyChecks.contactForm, privacy: PrivacyChecks.fullPolicy)),
        CheckExample("contact form and no privacy page", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: PrivacyChecks.contactForm)),
        CheckExample("a chat widget and no privacy page", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: #"<p>Bienvenue</p><script>tarteaucitron.user.tawktoId = 'abc';</script>"#)),
        CheckExample("German site: the GDPR applies", expect: .fail, pages: [
            CheckExample.Page("/", #"<html lang="de"><body><main><p>Willkommen bei der Renner GmbH, Ihrem Partner für die Heizung. Wir sind für Sie da und helfen Ihnen mit einer schnellen Reparatur.</p><form action="/kontakt" method="post"><input type="email" name="email"><button>Senden</button></form></main><footer><a href="/impressum">Impressum</a></footer></body></html>"#),
            CheckExample.Page("/impressum", #"<html lang="de"><body><main><h1>Impressum</h1><p>Renner GmbH, Hauptstraße 12, 93059 Regensburg</p></main></body></html>"#),
        ]),
        CheckExample("no personal data collected", expect: .na, pages: LegalExamples.site("<h1>Mentions légales</h1>")),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(privacyMeta, facts, .everyoneInEU) { return skipped }
        if let result = reachability(privacyMeta, .privacy, context) { return result }
        if let section = facts.corpus.segments.first(where: { $0.isHeading && FoldedText.firstMatch($0.folded, facts.words.privacySectionWords) != nil }) {
            return privacyMeta.result(.pass, Localized(
                fr: "Pas de page dédiée : la protection des données est traitée dans les mentions légales (« \(section.text) »).",
                en: "No dedicated page: data protection is covered in the legal notice (“\(section.text)”)."),
                evidence: [Evidence(url: section.url, excerpt: section.text)])
        }
        guard let why = PrivacyChecks.collectionReason(context) else {
            return privacyMeta.result(.na, Localized(
                fr: "Aucun formulaire de données personnelles ni vente en ligne trouvés : politique non exigée (recommandée).",
                en: "No personal-data form and no online selling found: not required (recommended)."))
        }
        return privacyMeta.result(.fail, Localized(
            fr: "Le site collecte des données personnelles (\(why.excerpt ?? "")) mais aucune politique de confidentialité n'est liée.",
            en: "The site collects personal data (\(why.excerpt ?? "")) but links no privacy policy."), evidence: [why])
    }

    static let cgvMeta = CheckMeta(
        id: "legal.terms-of-sale", module: .legal,
        title: Localized(fr: "Conditions générales de vente (CGV)", en: "Terms of sale"),
        explanation: Localized(
            fr: "Un vendeur aux consommateurs met ses CGV à disposition avant la commande.",
            en: "A seller to consumers makes its terms of sale available before the order."),
        remedy: Localized(
            fr: "Créer la page « Conditions générales de vente (CGV) » et la lier depuis le pied de page de toutes les pages.",
            en: "Create the terms of sale page and link it from the footer of every page."),
        reference: "C. conso. L111-1, L221-5 ; C. com. L441-1", severity: .error)

    static let termsOfSale = CheckDefinition(meta: cgvMeta, examples: [
        CheckExample("seller with CGV", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: LegalExamples.cart, cgv: SalesTermsChecks.fullCGV)),
        CheckExample("seller without CGV", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: LegalExamples.cart)),
        CheckExample("booking button and no CGV", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: #"<a class="btn" href="https://braincaen.4escape.io/booking">Réserver</a>"#)),
        CheckExample("a price list and no CGV: a warning", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: "<h2>Bilan graphomoteur</h2><p>110 €</p><h2>Séance enfant</h2><p>45 €</p>")),
        CheckExample("sums in sentences are no price list", expect: .na, pages: LegalExamples.site("<h1>Mentions légales</h1>", home: "<p>0 € d'avance</p><p>Site industriel 540 000 € 96 000 €</p><p>La Wallonie contribue depuis 1998 au Fonds de coopération à hauteur de 500 000 euros par an.</p>")),
        CheckExample("not a seller", expect: .na, pages: LegalExamples.full),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(cgvMeta, facts, .sellers) { return skipped }
        if let result = reachability(cgvMeta, .cgv, context) { return result }
        // Selling by quote or from a price list: the terms may come with the quote; a warning, not a failure.
        return cgvMeta.result(facts.traits.sellsOnline ? .fail : .warn, Localized(
            fr: "Le site vend (\(facts.traits.sellsReason ?? "")) mais aucun lien vers des CGV n'a été trouvé" + (facts.traits.sellsOnline ? "." : " (vente sans commande en ligne : les conditions peuvent accompagner le devis)."),
            en: "The site sells (\(facts.traits.sellsReason ?? "")) but no link to terms of sale was found" + (facts.traits.sellsOnline ? "." : " (selling without an online order: the terms may come with the quote).")),
            evidence: [Evidence(url: context.snapshot.homeURL, excerpt: facts.traits.sellsReason ?? "")])
    }
}
