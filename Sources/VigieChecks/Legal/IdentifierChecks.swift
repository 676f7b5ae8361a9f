import VigieCore

/// SIREN/SIRET and VAT numbers, read and validated.
enum IdentifierChecks {
    static let sirenPattern = TextPattern(#"(?<![\dA-Z])(\d{3}[\s.\u00A0]?\d{3}[\s.\u00A0]?\d{3}(?:[\s.\u00A0]?\d{5})?)(?!\d)"#)
    static let vatPattern = TextPattern(#"\bFR[\s.\u00A0]?([0-9A-Z]{2})[\s.\u00A0]?(\d{3}[\s.\u00A0]?\d{3}[\s.\u00A0]?\d{3})\b"#)

    static let all: [CheckDefinition] = [siren, vat]

    static func firstSIREN(_ facts: LegalFacts) -> (siren: String, raw: String, segment: LegalCorpus.Segment)? {
        for segment in facts.corpus.publisher where segment.folded.contains("siren") || segment.folded.contains("siret") || segment.folded.contains("rcs") || segment.folded.contains("r.c.s") {
            let text = segment.text.replacingOccurrences(of: "FR", with: "  ")
            if let found = sirenPattern.first(in: text) {
                let digits = FrenchIdentifiers.digits(found.match)
                return (digits, found.match, segment)
            }
        }
        return nil
    }

    static let siren = LegalMention.check(
        LegalMention.meta("legal.publisher.siren", "SIREN / SIRET valide", "Valid SIREN / SIRET",
                          "Le numéro SIREN (9 chiffres) ou SIRET (14 chiffres) doit passer sa clé de contrôle (Luhn).", "The SIREN (9 digits) or SIRET (14 digits) must pass its checksum (Luhn).", "LCEN art. 1-1 ; Code de commerce R123-237"),
        companiesOnly: true,
        examples: [
            CheckExample("valid SIREN with spaces", expect: .pass, pages: LegalExamples.full),
            CheckExample("invalid SIREN", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Durand SAS, RCS Paris 732 829 321</p>")),
        ]) { facts in
        guard let found = firstSIREN(facts) else { return nil }
        let valid = found.siren.count == 9 ? FrenchIdentifiers.isValidSIREN(found.siren) : FrenchIdentifiers.isValidSIRET(found.siren)
        let key = FrenchIdentifiers.expectedLuhnDigit(found.siren).map(String.init) ?? "?"
        return LegalMention.Found(
            value: valid ? found.siren : "\(found.siren) (clé de contrôle invalide ; dernier chiffre attendu : \(key))", segment: found.segment,
            status: valid ? .pass : .fail, data: [found.siren.count == 9 ? "siren" : "siret": .string(found.siren)])
    }

    static let vat = LegalMention.check(
        LegalMention.meta("legal.publisher.vat", "Numéro de TVA intracommunautaire", "EU VAT number",
                          "Le numéro de TVA : FR + clé + SIREN, avec la clé (12 + 3 × (SIREN mod 97)) mod 97.", "The VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.", "CGI art. 242 nonies A ; LCEN art. 1-1"),
        companiesOnly: true,
        examples: [
            CheckExample("matching key", expect: .pass, pages: LegalExamples.full),
            CheckExample("VAT key does not match", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Durand SAS, RCS Paris 732 829 320, TVA FR45732829320</p>")),
        ]) { facts in
        guard let found = LegalCorpus.first(vatPattern, in: facts.corpus.publisher), found.groups.count == 2 else { return nil }
        let siren = FrenchIdentifiers.digits(found.groups[1])
        let expected = FrenchIdentifiers.vatNumber(siren: siren) ?? "?"
        let given = "FR" + found.groups[0] + siren
        let elsewhere = firstSIREN(facts)?.siren
        var status: CheckStatus = given == expected ? .pass : .fail
        var value = given
        if status == .fail { value += " (clé attendue : \(expected))" }
        if status == .pass, let other = elsewhere, other.count >= 9, String(other.prefix(9)) != siren {
            status = .fail
            value += " (SIREN différent de \(other.prefix(9)))"
        }
        return LegalMention.Found(value: value, segment: found.segment, status: status, data: ["vat": .string(given), "expected": .string(expected)])
    }
}
