import VigieCheckKit
import VigieCore

/// SIREN/SIRET and VAT numbers, read and validated.
enum IdentifierChecks {
    static let all: [CheckDefinition] = [siren, vat]

    /// The first SIREN or SIRET written near one of its labels, in the publisher's text.
    static func firstSIREN(_ facts: LegalFacts) -> (read: IdentifierReader.Read, segment: LegalCorpus.Segment)? {
        let segments = facts.identity
        for (index, segment) in segments.enumerated() where FoldedText.firstMatch(segment.folded, facts.words.identifierLabels) != nil {
            if let read = IdentifierReader.siren(in: segment.text) { return (read, segment) }
            // A label alone, its number in the next block (`<span>SIRET</span>` then `<p>…</p>`).
            if segment.text.count <= 30, index + 1 < segments.count, segments[index + 1].url == segment.url,
               let read = IdentifierReader.siren(in: segments[index + 1].text) {
                var joined = segment
                joined.text += " " + segments[index + 1].text
                return (read, joined)
            }
        }
        return nil
    }

    static let siren = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.siren", module: .legal,
            title: Localized(fr: "SIREN / SIRET valide", en: "Valid SIREN / SIRET"),
            explanation: Localized(
                fr: "Le numéro SIREN (9 chiffres) ou SIRET (14 chiffres) doit passer sa clé de contrôle (Luhn).",
                en: "The SIREN (9 digits) or SIRET (14 digits) must pass its checksum (Luhn)."),
            remedy: LegalMention.identifierRemedy,
            reference: "LCEN art. 1-1 ; Code de commerce R123-237", severity: .error),
        audience: .registered,
        examples: [
            CheckExample("valid SIREN with spaces", expect: .pass, pages: LegalExamples.full),
            CheckExample("SIRET in a definition list", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS</p><dl><dt>SIRET</dt><dd>904 657 764 00026</dd></dl>")),
            CheckExample("label and number in a sequence of inline elements", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS</p><p><span>SIREN</span><span>732829320</span></p>")),
            CheckExample("SIREN in the CGV only", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Édité par Durand SAS</p>", cgv: "<h1>CGV</h1><p>Le vendeur est Durand SAS, SIREN 732 829 320.</p>")),
            CheckExample("« SIREN : <à compléter> »", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Jean Durand, entrepreneur individuel</p><p>Numéro SIREN : &lt;à compléter&gt;</p>")),
            CheckExample("invalid SIREN", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Durand SAS, RCS Paris 732 829 321</p>")),
        ]) { facts in
        guard let found = firstSIREN(facts) else { return nil }
        let read = found.read
        return LegalMention.Found(
            value: read.isValid ? read.value : read.raw,
            note: read.isValid ? nil : Localized(fr: "clé de contrôle invalide ; dernier chiffre attendu : \(read.expected ?? "?")",
                                                 en: "invalid check digit; expected last digit: \(read.expected ?? "?")"),
            segment: found.segment,
            status: read.isValid ? .pass : .fail, data: [read.value.count == 9 ? "siren" : "siret": .string(read.value)])
    }

    static let vat = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.vat", module: .legal,
            title: Localized(fr: "Numéro de TVA intracommunautaire", en: "EU VAT number"),
            explanation: Localized(
                fr: "Le numéro de TVA : FR + clé + SIREN, avec la clé (12 + 3 × (SIREN mod 97)) mod 97.",
                en: "The VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97."),
            remedy: LegalMention.identifierRemedy,
            reference: "CGI art. 242 nonies A ; LCEN art. 1-1", severity: .error),
        audience: .registered,
        examples: [
            CheckExample("matching key", expect: .pass, pages: LegalExamples.full),
            CheckExample("VAT key does not match", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Durand SAS, RCS Paris 732 829 320, TVA FR45732829320</p>")),
            CheckExample("VAT of another SIREN", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Durand SAS, RCS Paris 732 829 320, TVA FR40303265045</p>")),
            CheckExample("VAT exemption (art. 293 B)", expect: .na, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Jean Durand EI, SIREN 732 829 320. TVA non applicable, art. 293 B du CGI.</p>")),
            CheckExample("no VAT, not a seller: warning", expect: .warn, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Durand SAS, RCS Paris 732 829 320</p>")),
            CheckExample("German USt-IdNr", expect: .pass, pages: ImpressumReader.example),
        ], german: ImpressumReader.vatFound, warnOnlyWhen: { !$0.traits.sells }) { facts in
        if let exempt = facts.identity.first(where: { StructureText.containsBytes($0.folded, "293 b") || StructureText.containsBytes($0.folded, "293b") }) {
            return LegalMention.Found(value: "TVA non applicable, art. 293 B du CGI",
                                      note: Localized(fr: "franchise en base de TVA", en: "VAT franchise for small businesses"), segment: exempt, status: .na)
        }
        guard let (read, segment) = facts.identity.lazy.compactMap({ segment in IdentifierReader.vat(in: segment.text).map { ($0, segment) } }).first
        else { return nil }
        let siren = String(read.value.suffix(9))
        let expected = read.expected ?? read.value
        let given = read.value
        let elsewhere = firstSIREN(facts)?.read.value
        var status: CheckStatus = read.isValid ? .pass : .fail
        var note: Localized?
        if status == .fail { note = Localized(fr: "clé attendue : \(expected)", en: "expected key: \(expected)") }
        if status == .pass, let other = elsewhere, other.count >= 9, String(other.prefix(9)) != siren {
            status = .fail
            note = Localized(fr: "SIREN différent de \(other.prefix(9))", en: "SIREN differs from \(other.prefix(9))")
        }
        return LegalMention.Found(value: given, note: note, segment: segment, status: status, data: ["vat": .string(given), "expected": .string(expected)])
    }
}
