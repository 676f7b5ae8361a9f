import VigieCheckKit
import VigieCore

/// The host's name, address and phone (LCEN art. 1-1), read in the host's section only.
enum HostChecks {
    static let all: [CheckDefinition] = [name, address, phone]

    static let name = LegalMention.check(
        CheckMeta(
            id: "legal.host.name", module: .legal,
            title: Localized(fr: "Nom de l'hébergeur", en: "Host's name"),
            explanation: Localized(
                fr: "Le nom de l'hébergeur du site (« Hébergeur », « Le site est hébergé par »).",
                en: "The name of the site's host (“Hosted by”)."),
            remedy: Localized(
                fr: "Ajouter « Nom de l'hébergeur » aux mentions légales, lisiblement.",
                en: "Add “Host's name” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("host under a heading", expect: .pass, pages: LegalExamples.full),
            CheckExample("no host", expect: .fail, pages: LegalExamples.empty),
            CheckExample("« hébergé chez »", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : Jean Dupont</p><p>Ce site est hébergé chez Infomaniak Network SA, rue Eugène-Marziano 25, 1227 Genève, Suisse.</p>")),
        ]) { facts in
        LegalMention.labelled(facts.words.hostNameLabels, facts.corpus.host)
            ?? facts.corpus.host.first { !$0.isHeading && !LegalCorpus.clean($0.text).isEmpty }.map {
                LegalMention.Found(value: LegalCorpus.clean($0.text.split(separator: ",").first.map(String.init) ?? $0.text), segment: $0)
            }
    }

    static let address = LegalMention.check(
        CheckMeta(
            id: "legal.host.address", module: .legal,
            title: Localized(fr: "Adresse de l'hébergeur", en: "Host's address"),
            explanation: Localized(
                fr: "L'adresse de l'hébergeur.",
                en: "The host's address."),
            remedy: Localized(
                fr: "Ajouter « Adresse de l'hébergeur » aux mentions légales, lisiblement.",
                en: "Add “Host's address” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("host section with its own address", expect: .pass, pages: LegalExamples.full),
            CheckExample("a host in the United States", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : Jean Dupont</p><h2>Hébergement</h2><p>GitHub Inc., 88 Colin P Kelly Junior Street, San Francisco, CA 94107</p>")),
            CheckExample("the host's own publisher stays in the host's section", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : l'association VBCQ</p><h2>Hébergeur</h2><p>Le site est hébergé par levillage.org.</p><p>LeVillage.Org est un service édité par VEZIM SARL :<br>7 résidence des Saules - 35190 Bécherel - France</p>")),
            CheckExample("host named without address", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Hébergeur : OVH</p>")),
            CheckExample("an address abroad (Wix)", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : Jean Dupont</p><h2>Hébergeur</h2><p>Wix.com Ltd., 40 Namal Tel Aviv St., Tel Aviv, Israël 6350671</p>")),
            CheckExample("street without a number", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : Jean Dupont</p><p>Le site est hébergé par o2switch, Chemin des Pardiaux, 63000 Clermont-Ferrand</p>")),
        ]) { facts in
        PublisherChecks.findAddress(facts.corpus.host, facts.addresses) ?? foreignAddress(facts.corpus.host, countries: facts.words.countries)
            ?? LegalMention.matched(facts.addresses.englishStreet, facts.corpus.host)
    }

    /// An address abroad: a host segment with a number and a country name (foreign formats vary too much
    /// for a street pattern).
    static func foreignAddress(_ segments: [LegalCorpus.Segment], countries: [String]) -> LegalMention.Found? {
        segments.first { segment in
            !segment.isHeading && segment.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } && FoldedText.firstMatch(segment.folded, countries) != nil
        }.map { LegalMention.Found(value: Evidence.clip(LegalCorpus.clean($0.text), limit: 120), segment: $0) }
    }

    static let phone = LegalMention.check(
        CheckMeta(
            id: "legal.host.phone", module: .legal,
            title: Localized(fr: "Téléphone de l'hébergeur", en: "Host's phone"),
            explanation: Localized(
                fr: "Le numéro de téléphone de l'hébergeur.",
                en: "The host's telephone number."),
            remedy: Localized(
                fr: "Ajouter « Téléphone de l'hébergeur » aux mentions légales, lisiblement.",
                en: "Add “Host's phone” to the legal notice, legibly."),
            reference: "LCEN art. 1-1", severity: .error),
        examples: [
            CheckExample("host section with its own phone", expect: .pass, pages: LegalExamples.full),
            CheckExample("publisher phone only", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Éditeur : Jean Dupont, 04 78 00 00 00</p><p>Hébergeur : OVH, 2 rue Kellermann, 59100 Roubaix</p>")),
        ]) { facts in
        LegalMention.matched(TextPattern(#"(?:\+\d{1,3}[\s.]?)?\(?\d[\d\s.\-]{7,}\d"#), facts.corpus.host)
    }
}
