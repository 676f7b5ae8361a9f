import VigieCheckKit
import VigieCore

/// The patterns of a postal address, built once per audit from the street words of `rules/legal.yml`:
/// number and street, street without a number, a PO box, and — for streets that carry no French street
/// word (« Parc d'activités … », « Im Gewerbepark A 11 », a lieu-dit) — a line before a postcode-and-city line.
struct AddressPatterns: Sendable {
    /// "12 rue des Lilas, 69003 Lyon".
    let street: TextPattern
    /// "Chemin des Pardiaux, 63000 Clermont-Ferrand": a street without a number (common in the country).
    let streetWithoutNumber: TextPattern
    let poBox: TextPattern
    /// "Im Gewerbepark A 11\n93059 Regensburg": a line of letters, then a postcode-and-city line.
    let postcodeLine: TextPattern
    /// "88 Colin P Kelly Junior Street, San Francisco, CA 94107": a number, an English street word, then a
    /// state and ZIP code or a postcode (hosts abroad).
    let englishStreet: TextPattern

    /// A postcode (5 digits, or a country letter and 4–5 digits) and a town starting with a capital.
    static let postcodeCity = #"(?:[A-Z]-)?\d{2}\s?\d{3}\s+\p{Lu}[\p{L}'’ \-]+"#

    init(_ words: LegalWords) {
        let streets = "(?:" + words.streetAlternation + ")"
        street = TextPattern(#"\d{1,4}(?:\s?(?:bis|ter))?,?\s+"# + streets + #"(?![\p{L}])[^\n]{0,80}?\n?[^\n]{0,10}?\b\d{2}\s?\d{3}\s+\p{L}[\p{L}' \-]+"#, caseInsensitive: true)
        streetWithoutNumber = TextPattern(#"\b"# + streets + #"(?![\p{L}])[^\n]{1,80}?\n?[^\n]{0,10}?\b\d{2}\s?\d{3}\s+\p{L}[\p{L}' \-]+"#, caseInsensitive: true)
        poBox = TextPattern(#"\b(?:BP|B\.P\.|CS|bo[iî]te postale)\s?\d+[^\n]{0,40}?\d{2}\s?\d{3}\s+\p{L}[\p{L}' \-]+"#, caseInsensitive: true)
        let english = "(?:" + words.englishStreetAlternation + ")"
        englishStreet = TextPattern(#"\b\d{1,5}\s+[\p{L}0-9 .'\-]{0,60}?\b"# + english + #"(?![\p{L}])[^\n]{0,80}?(?:\b[A-Z]{2}\s?\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{4,5}\b)"#)
        postcodeLine = TextPattern(#"(?m)^[^\n]*\p{L}[^\n]{2,80}(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+[-–][ \t]+)(?<![0-9])"# + Self.postcodeCity + #"(?:,[ \t]*\p{L}[\p{L} \-]*)?$"#)
    }
}
