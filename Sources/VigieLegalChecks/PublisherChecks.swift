import VigieCheckKit
import VigieCore

/// The publisher's identity mentions of LCEN art. 1-1 and Code de commerce R123-237.
enum PublisherChecks {
    static let phone = TextPattern(#"(?:\+33\s?\(?0?\)?\s?|\b0)[1-9](?:[\s.\-\u00A0]?\d{2}){4}\b"#)
    /// An international number: "+1 (877) 448-4820", "+49 941 12345-0", "+41.22.123.45.67".
    static let internationalPhone = TextPattern(#"\+(?:[1-9]\d{0,2})[\s.\-\u00A0]?(?:\(0?\d{0,4}\)[\s.\-\u00A0]?)?\d{1,4}(?:[\s.\-\u00A0/]?\d{2,5}){1,4}\b"#)
    /// "contact [at] exemple.fr", "contact (arobase) exemple.fr": an address written against spam robots.
    static let obfuscatedEmail = TextPattern(#"[A-Za-z0-9._%+\-]+\s?(?:\[at\]|\(at\)|\[arobase\]|\(arobase\)| arobase )\s?[A-Za-z0-9\-]+(?:\.| ?\[dot\] ?| ?\(point\) ?)[A-Za-z]{2,}"#)
    static let email = TextPattern(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#)
    /// An address in `segments`: street (with or without number), postcode and city, else a line before a
    /// postcode-and-city line; a PO box (without a street) is a `warn`.
    static func findAddress(_ segments: [LegalCorpus.Segment], _ patterns: AddressPatterns) -> LegalMention.Found? {
        if let found = LegalMention.matched(patterns.street, segments) ?? LegalMention.matched(patterns.streetWithoutNumber, segments) { return found }
        guard var box = LegalMention.matched(patterns.poBox, segments) else { return LegalMention.matched(patterns.postcodeLine, segments) }
        box.status = .warn
        box.note = Localized(fr: "boîte postale seule : une adresse géographique est attendue", en: "PO box only: a street address is expected")
        return box
    }

    /// "Boulangerie Martin SARL": a name followed by its legal form.
    static let namedWithForm = TextPattern(#"\p{Lu}[\p{L}&' \-]{1,50}\s(?:SAS|SASU|SARL|EURL|SA|SNC|SCI)\b"#)
    /// "l'Association Internationale des Maires Francophones", "la Mairie de Trifouilly": a body named by
    /// its kind, without a label.
    static let namedBody = TextPattern(#"\b(?:Association|Fondation|Fédération|Mairie|Commune|Ville|Communauté|Syndicat|Chambre)\s(?:d[eu]s?\s|d['’])?\p{Lu}[\p{L}'’\- ]{2,80}?(?=[,.;(\n]|\s[–—-]\s|$)"#)

    static let registration = TextPattern(#"(?:R\.?\s?C\.?\s?S\.?|RCS)\s+(?:de\s+)?(\p{L}[\p{L}\-]+)|\b(?:RNE|RM)\b|(?i:r[ée]pertoire des m[ée]tiers|registre national des entreprises|registre du commerce(?: et des soci[ée]t[ée]s)?(?: de| d')?\s*\p{L}[\p{L}\-]+)"#)

    static let all: [CheckDefinition] = [name, form, addressCheck, phoneCheck, emailCheck, capitalCheck, registrationCheck, director]

    static let name = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.name", module: .legal,
            title: Localized(fr: "Nom de l'éditeur", en: "Publisher's name"),
            explanation: Localized(
                fr: "La dénomination ou raison sociale (ou le nom de la personne) qui édite le site.",
                en: "The company name (or the person's name) publishing the site."),
            remedy: Localized(
                fr: "Ajouter « Nom de l'éditeur » aux mentions légales, lisiblement.",
                en: "Add “Publisher's name” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("name after « édité par »", expect: .pass, pages: LegalExamples.full),
            CheckExample("no publisher named", expect: .fail, pages: LegalExamples.empty),
            CheckExample("notice linked on another origin, not read", expect: .unknown, pages: [
                CheckExample.Page("/", #"<html lang="fr"><body><main><p>Bienvenue chez Durand</p></main><footer><a href="https://www.durand-production.fr/mentions-legales">Mentions légales</a></footer></body></html>"#),
            ]),
            CheckExample("notice linked on another origin, same path read here", expect: .pass, pages: [
                CheckExample.Page("/", #"<html lang="fr"><body><main><p>Bienvenue chez Durand</p></main><footer><a href="http://localhost:4000/mentions-legales">Mentions légales</a></footer></body></html>"#),
                CheckExample.Page("/mentions-legales", #"<html lang="fr"><body><main><h1>Mentions légales</h1><p>Éditeur : Durand SAS</p></main></body></html>"#),
            ]),
            CheckExample("French notice on pages declared lang=\"en\"", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Le présent site est la propriété de la société Atelier Durand SAS, immatriculée au RCS de Lyon sous le numéro 732 829 320, dont le siège est situé à Lyon. Pour toute question sur le site, vous pouvez nous écrire.</p>", lang: "en")),
            CheckExample("association named without a label", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Le responsable du traitement est l’Association Internationale des Maires Francophones, 9 rue des Halles, 75001 Paris.</p>")),
            CheckExample("notice left as a template", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Contenu à compléter : raison sociale, forme juridique, capital, siège social.</p>")),
            CheckExample("notice inside the CGV, read as the page's footer", expect: .pass, pages: [
                CheckExample.Page("/", #"<html lang="fr"><body><main><p>Architecte d'intérieur</p></main><footer><a href="/cgv.html">Conditions générales de vente</a></footer></body></html>"#),
                CheckExample.Page("/cgv.html", "<html lang=\"fr\"><body><main></main><footer><h1>Conditions générales de vente</h1><div>L’édition et la direction de la publication du site est assuré par Alexandre Cousseau, domicilié 10 rue de la Barrière, 85290 Mortagne-sur-Sèvre.</div><div>" + String(repeating: "Les prestations sont décrites dans le devis signé par le client. ", count: 25) + "</div></footer></body></html>"),
            ]),
            CheckExample("Latin-1 page, « Éditeur : » with accents", expect: .pass, pages: [
                CheckExample.Page("/", #"<html lang="fr"><body><main><p>Bienvenue</p></main><footer><a href="/mentions-legales">Mentions légales</a></footer></body></html>"#),
                CheckExample.Page("/mentions-legales", #"<html lang="fr"><body><main><h1>Mentions légales</h1><p>Éditeur : Hélène Dupré</p></main></body></html>"#,
                                  headers: [HTTPHeader(name: "Content-Type", value: "text/html; charset=iso-8859-1")]),
            ]),
            CheckExample("German Impressum", expect: .pass, pages: ImpressumReader.example),
        ], german: ImpressumReader.name) { facts in
        LegalMention.labelled(facts.words.nameLabels, facts.corpus.publisher)
            ?? LegalMention.matched(namedWithForm, facts.corpus.publisher) ?? LegalMention.matched(namedBody, facts.corpus.publisher)
    }

    static let form = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.form", module: .legal,
            title: Localized(fr: "Forme juridique", en: "Legal form"),
            explanation: Localized(
                fr: "Une société indique sa forme juridique (SAS, SARL, EURL…).",
                en: "A company states its legal form (SAS, SARL, EURL…)."),
            remedy: Localized(
                fr: "Ajouter « Forme juridique » aux mentions légales, lisiblement.",
                en: "Add “Legal form” to the legal notice, legibly."),
            reference: "LCEN art. 1-1 ; Code de commerce R123-237", severity: .error),
        audience: .companies,
        examples: [
            CheckExample("SARL written", expect: .pass, pages: LegalExamples.full),
            CheckExample("company without form", expect: .fail, pages: LegalExamples.empty, profile: SiteProfile(kind: .company)),
        ], german: ImpressumReader.formFound) { facts in
        LegalMention.matched(SiteTraits.companyForms, facts.identity)
    }

    static let addressCheck = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.address", module: .legal,
            title: Localized(fr: "Adresse de l'éditeur", en: "Publisher's address"),
            explanation: Localized(
                fr: "L'adresse du siège (rue, code postal, ville) permet de joindre l'éditeur.",
                en: "The registered office (street, postcode, city) lets people reach the publisher."),
            remedy: Localized(
                fr: "Ajouter « Adresse de l'éditeur » aux mentions légales, lisiblement.",
                en: "Add “Publisher's address” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("street and city over a line break", expect: .pass, pages: LegalExamples.full),
            CheckExample("no address", expect: .fail, pages: LegalExamples.empty),
            CheckExample("street without a French street word, postcode-and-city line", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS</p><p>Parc d'activités du Moulin<br>44000 Nantes</p>")),
            CheckExample("German street without a street word (« Im Gewerbepark A 11 »)", expect: .pass, pages: [
                CheckExample.Page("/", #"<html lang="de"><body><main><p>Willkommen</p></main><footer><a href="/impressum">Impressum</a></footer></body></html>"#),
                CheckExample.Page("/impressum", #"<html lang="de"><body><main><h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p><p>Renner GmbH<br>Im Gewerbepark A 11<br>93059 Regensburg</p><p>E-Mail: info@renner.de</p></main></body></html>"#),
            ]),
            CheckExample("only the web agency's address", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Jean Dupont</p><p>Conception et réalisation : Agence Pixel, 3 rue du Port, 44000 Nantes</p>")),
            CheckExample("only the address of the host's own publisher", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Ce site est édité par l'association VBCQ.</p><h2>Hébergeur</h2><p>Le site est hébergé par levillage.org.</p><p>LeVillage.Org est un service édité par VEZIM SARL :<br>7 résidence des Saules - 35190 Bécherel - France</p>")),
            CheckExample("German street and postcode", expect: .pass, pages: ImpressumReader.example),
            CheckExample("PO box only", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS, BP 42, 69003 Lyon</p>")),
        ], german: ImpressumReader.addressFound) { facts in
        findAddress(facts.corpus.publisher, facts.addresses)
    }

    static let phoneCheck = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.phone", module: .legal,
            title: Localized(fr: "Téléphone de l'éditeur", en: "Publisher's phone"),
            explanation: Localized(
                fr: "Un numéro de téléphone de l'éditeur, distinct de celui de l'hébergeur.",
                en: "A telephone number of the publisher, not the host's."),
            remedy: Localized(
                fr: "Ajouter « Téléphone de l'éditeur » aux mentions légales, lisiblement.",
                en: "Add “Publisher's phone” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("publisher phone", expect: .pass, pages: LegalExamples.full),
            CheckExample("international number « +1 (877) 448-4820 » in a definition list", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS</p><dl><dt>Téléphone</dt><dd>+1 (877) 448-4820</dd></dl>")),
            CheckExample("« +33 (0)4 78 00 00 00 »", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS — tél. +33 (0)4 78 00 00 00</p>")),
            CheckExample("German Impressum phone", expect: .pass, pages: [
                CheckExample.Page("/", #"<html lang="de"><body><main><p>Willkommen</p></main><footer><a href="/impressum">Impressum</a></footer></body></html>"#),
                CheckExample.Page("/impressum", #"<html lang="de"><body><main><h1>Impressum</h1><p>Renner GmbH, Hauptstraße 12, 93059 Regensburg</p><p><a href="tel:015792387055">Telefon: 0157 923 87 055</a></p></main></body></html>"#),
            ]),
            CheckExample("only the host's phone", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : Jean Dupont</p><h2>Hébergeur</h2><p>OVH SAS, 2 rue Kellermann, 59100 Roubaix, 09 72 10 10 07</p>")),
        ], german: ImpressumReader.phoneFound, germanMissing: .warn) { facts in
        LegalMention.matched(phone, facts.corpus.publisher) ?? LegalMention.matched(internationalPhone, facts.corpus.publisher)
    }

    static let emailCheck = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.email", module: .legal,
            title: Localized(fr: "E-mail de l'éditeur", en: "Publisher's e-mail"),
            explanation: Localized(
                fr: "Une adresse électronique de l'éditeur.",
                en: "An e-mail address of the publisher."),
            remedy: Localized(
                fr: "Ajouter « E-mail de l'éditeur » aux mentions légales, lisiblement.",
                en: "Add “Publisher's e-mail” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("e-mail shown", expect: .pass, pages: LegalExamples.full),
            CheckExample("no e-mail on a seller's site", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Site en construction.</p>", home: "<button>Ajouter au panier</button>")),
            CheckExample("no e-mail, not a seller: warning", expect: .warn, pages: LegalExamples.empty),
            CheckExample("e-mail only in the footer", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Jean Dupont</p>",
                footer: #"<footer><a href="/mentions-legales">Mentions légales</a><p>Écrivez-nous : bonjour@dupont.fr</p></footer>"#)),
            CheckExample("German Impressum e-mail", expect: .pass, pages: ImpressumReader.example),
            CheckExample("contact page only", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Jean Dupont</p>", home: "<button>Ajouter au panier</button>",
                footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/contact">Nous contacter</a></footer>"#)),
            CheckExample("obfuscated « contact [at] … »", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Jean Dupont — contact [at] dupont.fr</p>")),
        ], german: { LegalMention.matched(email, $0.corpus.publisher) }, warnOnlyWhen: { !$0.traits.sells }) { facts in
        LegalMention.matched(email, facts.corpus.publisher) ?? LegalMention.matched(obfuscatedEmail, facts.corpus.publisher) ?? contactFormOnly(facts)
    }

    /// A contact page instead of an address: a `warn` (the law asks for an e-mail address).
    static func contactFormOnly(_ facts: LegalFacts) -> LegalMention.Found? {
        guard let contact = facts.pages.links[.contact]?.first else { return nil }
        let segment = LegalCorpus.Segment(text: "<a href=\"\(contact.url)\">\(contact.label)</a>", folded: "", url: contact.fromPage, zone: contact.zone, isHost: false, isHeading: false)
        return LegalMention.Found(value: contact.url, note: Localized(fr: "formulaire de contact seulement : une adresse e-mail est attendue", en: "contact form only: an e-mail address is expected"),
                                  segment: segment, status: .warn)
    }

    static let capitalCheck = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.capital", module: .legal,
            title: Localized(fr: "Capital social", en: "Share capital"),
            explanation: Localized(
                fr: "Une société immatriculée au RCS indique le montant de son capital.",
                en: "A registered company states its share capital."),
            remedy: Localized(
                fr: "Ajouter « Capital social » aux mentions légales, lisiblement.",
                en: "Add “Share capital” to the legal notice, legibly."),
            reference: "LCEN art. 1-1 ; Code de commerce R123-238", severity: .error),
        audience: .companies,
        examples: [
            CheckExample("au capital de 10 000 €", expect: .pass, pages: LegalExamples.full),
            CheckExample("capital given on the « À propos » page only", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS, RCS Paris 732 829 320</p>",
                footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/a-propos">À propos</a></footer>"#) + [
                CheckExample.Page("/a-propos", #"<html lang="fr"><body><main><h1>Qui sommes-nous ?</h1><p>Durand SAS, au capital de 50 000 €, fabrique des meubles depuis 1990.</p></main></body></html>"#),
            ]),
            CheckExample("SAS without capital", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS, RCS Paris 732 829 320</p>")),
            CheckExample("association with an RNA and no capital", expect: .na, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Association loi 1901 Les Amis du Parc, RNA W691234567</p>")),
        ]) { facts in
        facts.identity.lazy.compactMap { segment in
            IdentifierReader.capital(in: segment.text).map { LegalMention.Found(value: $0.raw.trimmed(of: [",", ";"]), segment: segment, data: ["capital": .string($0.value)]) }
        }.first
    }

    static let registrationMeta = CheckMeta(
        id: "legal.publisher.registration", module: .legal,
        title: Localized(fr: "Immatriculation (RCS, RNE, RM)", en: "Registration (RCS, RNE, RM)"),
        explanation: Localized(
            fr: "Le numéro d'immatriculation au registre (RCS + ville, RNE ou RM) ; pour une association, son RNA s'il est indiqué.",
            en: "The registry number (RCS + town, RNE or RM); for an association its RNA when shown."),
        remedy: Localized(
            fr: "Ajouter « Immatriculation (RCS, RNE, RM) » aux mentions légales, lisiblement.",
            en: "Add “Registration (RCS, RNE, RM)” to the legal notice, legibly."),
        reference: "LCEN art. 1-1", severity: .error)

    /// RCS/RNE/RM for companies and sole traders; for an association, its RNA when shown (absent is `na`).
    static let registrationCheck = CheckDefinition(meta: registrationMeta, examples: [
        CheckExample("RCS Lyon", expect: .pass, pages: LegalExamples.full),
            CheckExample("RCS in a table cell after its label", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS</p><table><tr><th>RCS</th><td>Lyon 732 829 320</td></tr></table>")),
            CheckExample("legal notice linked but not read (HTTP 404)", expect: .unknown, pages: [
                CheckExample.Page("/", #"<html lang="fr"><body><main><p>Bienvenue</p></main><footer><a href="/mentions-legales.html">Mentions légales</a></footer></body></html>"#),
                CheckExample.Page("/mentions-legales.html", "<p>Introuvable</p>", status: 404),
            ]),
            CheckExample("RCS given in the CGV only", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS, 12 rue des Lilas 69003 Lyon</p>", cgv: "<h1>CGV</h1><p>Les présentes conditions sont conclues avec Durand SAS, RCS Lyon 732 829 320.</p>")),
            CheckExample("SIRET without the registry", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Alexandre Cousseau, architecte d'intérieur, entrepreneur individuel — SIRET : 732 829 320 00009</p>")),
            CheckExample("a ministry owes no registration", expect: .na, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Ce site est édité par la direction interministérielle du numérique, services du Premier ministre (ministère).</p>")),
            CheckExample("an EPIC registered with the RCS", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : Voies navigables de France, établissement public à caractère industriel et commercial, RCS Béthune 732 829 320.</p>")),
        CheckExample("company without registration", expect: .fail, pages: LegalExamples.empty, profile: SiteProfile(kind: .company)),
        CheckExample("« registre du commerce et des sociétés de Paris » in words", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Durand SAS, immatriculée au Registre du commerce et des sociétés de Paris sous le numéro 732 829 320</p>")),
        CheckExample("association with a valid RNA", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Association loi 1901 Les Amis du Parc, RNA W691234567</p>")),
        CheckExample("association with a malformed RNA", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Association loi 1901 Les Amis du Parc, RNA : W69123</p>")),
        CheckExample("association without RNA", expect: .na, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Association loi 1901 Les Amis du Parc</p>")),
        CheckExample("German Handelsregister", expect: .pass, pages: ImpressumReader.example),
    ]) { context in
        let facts = LegalFacts.of(context)
        let meta = registrationMeta
        if facts.traits.kind == .association, facts.traits.jurisdiction == .france {
            return associationRNA(facts)
        }
        if let skipped = LegalMention.applicability(meta, facts, .registered, readsGerman: true) { return skipped }
        let found = facts.traits.jurisdiction == .germany
            ? LegalMention.matched(ImpressumReader.register, facts.corpus.publisher)
            : LegalMention.matched(registration, facts.identity)
        guard let found else {
            if let siren = IdentifierChecks.firstSIREN(facts) {
                return meta.result(.warn, Localized(
                    fr: "Numéro \(siren.read.value.count == 14 ? "SIRET" : "SIREN") indiqué (\(siren.read.raw)), mais pas le registre d'immatriculation (RCS et ville, RNE ou RM).",
                    en: "\(siren.read.value.count == 14 ? "SIRET" : "SIREN") number given (\(siren.read.raw)), but not the registry (RCS and town, RNE or RM)."),
                    evidence: [Evidence(url: siren.segment.url, excerpt: siren.segment.text)])
            }
            return LegalMention.notFound(meta, facts, .registered)
        }
        return meta.result(.pass, Localized(fr: found.value, en: found.value),
                           evidence: [Evidence(url: found.segment.url, excerpt: found.segment.text)], data: ["value": .string(found.value)])
    }

    /// An association's RNA: read and its format checked when shown; not required on a website.
    static func associationRNA(_ facts: LegalFacts) -> CheckResult {
        let meta = registrationMeta
        let labelled = facts.corpus.publisher.first { FoldedText.firstMatch($0.folded, facts.words.rnaLabels) != nil }
        guard let segment = labelled else {
            return meta.result(.na, Localized(
                fr: "Association (\(facts.traits.kindReason ?? "")) : le numéro RNA n'est pas exigé sur un site et n'est pas indiqué.",
                en: "Association (\(facts.traits.kindReason ?? "")): its RNA number is not required on a website and is not shown."))
        }
        if let rna = IdentifierReader.rna(in: segment.text), rna.isValid {
            return meta.result(.pass, Localized(fr: "Association, RNA \(rna.value)", en: "Association, RNA \(rna.value)"),
                               evidence: [Evidence(url: segment.url, excerpt: segment.text)], data: ["rna": .string(rna.value)])
        }
        return meta.result(.fail, Localized(
            fr: "Numéro RNA mal formé (attendu : W suivi de 9 chiffres).",
            en: "Malformed RNA number (expected: W followed by 9 digits)."),
            evidence: [Evidence(url: segment.url, excerpt: segment.text)])
    }

    static let director = LegalMention.check(
        CheckMeta(
            id: "legal.publication-director", module: .legal,
            title: Localized(fr: "Directeur de la publication", en: "Director of publication"),
            explanation: Localized(
                fr: "Le nom du directeur ou de la directrice de la publication.",
                en: "The name of the director of publication."),
            remedy: Localized(
                fr: "Ajouter « Directeur de la publication » aux mentions légales, lisiblement.",
                en: "Add “Director of publication” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("label in <strong>, value after a line break", expect: .pass, pages: LegalExamples.full),
            CheckExample("no director", expect: .fail, pages: LegalExamples.empty),
            CheckExample("director named by function only", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Directeur de la publication : le représentant légal de SaveWatt</p>")),
            CheckExample("« la direction de la publication du Site sont assurées par »", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>L’édition et la direction de la publication du Site sont assurées par Lya Dalibard.</p>")),
            CheckExample("host, publisher and director in one sentence", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><h2>L'hébergeur et l'éditeur</h2><p>L'hébergement du Site, l’édition et la direction de la publication du Site sont assurées par Lya Dalibard, domiciliée au 250 rue de la Gare, 53000 Laval.</p>")),
            CheckExample("German site: a French rule", expect: .na, pages: ImpressumReader.example),
        ]) { facts in
        guard var found = LegalMention.labelled(facts.words.directorLabels, facts.corpus.publisher) else { return nil }
        if !namesPerson(found.value) {
            found.status = .warn
            found.note = Localized(fr: "aucun nom de personne", en: "no person named")
        }
        return found
    }

    /// Two capitalised words in a row ("Anne Martin", "M. Dupont"), or a value that starts with one: a
    /// person named, not « le représentant légal de SaveWatt ».
    static func namesPerson(_ value: String) -> Bool {
        if let first = value.first, first.isUppercase { return true }
        let words = value.split(whereSeparator: { $0 == " " || $0 == "," })
        return zip(words, words.dropFirst()).contains { pair in pair.0.first?.isUppercase == true && pair.1.first?.isUppercase == true }
    }
}
