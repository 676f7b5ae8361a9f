import Foundation
import VigieCheckKit

/// Reads French business identifiers out of free text (a legal notice, a footer line) and validates
/// them: the part of the legal module that sees raw page text, kept public so that it can be fuzzed.
public enum IdentifierReader {
    /// An identifier read from text: as written, its digits (or characters), and whether it is valid.
    public struct Read: Sendable, Equatable {
        /// The text as written on the page ("732 829 320").
        public var raw: String
        /// The normalised value ("732829320", "FR44732829320", "W691234567").
        public var value: String
        public var isValid: Bool
        /// What a valid identifier would have had: the Luhn digit, the VAT key, the expected number.
        public var expected: String?
    }

    // ASCII digits only: ICU's `\d` is any Unicode decimal digit (Arabic-Indic, N'Ko…), which the fuzzer
    // found reading "٦" as part of a SIREN whose ASCII digits then did not make 9.
    static let sirenPattern = TextPattern(#"(?<![0-9A-Z])([0-9]{3}[\s.\u00A0\u202F]?[0-9]{3}[\s.\u00A0\u202F]?[0-9]{3}(?:[\s.\u00A0\u202F]?[0-9]{5})?)(?![0-9])"#)
    static let vatPattern = TextPattern(#"\bFR[\s.\u00A0\u202F]?([0-9A-Z]{2})[\s.\u00A0\u202F]?([0-9]{3}[\s.\u00A0\u202F]?[0-9]{3}[\s.\u00A0\u202F]?[0-9]{3})\b"#)
    static let rnaPattern = TextPattern(#"\b(W[\s\u00A0]?[0-9]{3}[\s\u00A0]?[0-9]{3}[\s\u00A0]?[0-9]{3}|W[0-9A-Z]{3}[0-9]{6})\b"#)
    static let capitalPattern = TextPattern(#"capital(?:\s+social)?(?:\s+de)?\s*:?\s*([0-9][0-9\s.,\u00A0\u202F]*)\s*(?:€|euros?|eur\b)"#, caseInsensitive: true)

    /// The first SIREN (9 digits) or SIRET (14 digits) of `text`. A VAT number is blanked first: the SIREN
    /// inside it does not count as a SIREN shown (the VAT check compares the two).
    public static func siren(in text: String) -> Read? {
        let text = separatingLabels(text)
        let withoutVAT = vatPattern.first(in: text).map { text.replacingFirst($0.match, with: String(repeating: " ", count: $0.match.count)) } ?? text
        guard let found = sirenPattern.first(in: withoutVAT) else { return nil }
        let digits = FrenchIdentifiers.digits(found.match)
        let valid = digits.count == 9 ? FrenchIdentifiers.isValidSIREN(digits) : FrenchIdentifiers.isValidSIRET(digits)
        return Read(raw: found.match, value: digits, isValid: valid,
                    expected: valid ? nil : FrenchIdentifiers.expectedLuhnDigit(digits).map(String.init))
    }

    /// `text` with a space after a « SIREN » or « SIRET » glued to its number (`<span>SIREN</span><span>732…`
    /// reads "SIREN732…").
    static func separatingLabels(_ text: String) -> String {
        guard text.contains("SIRE") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "SIRE") {
            let after = range.upperBound
            out += rest[..<after]
            rest = rest[after...]
            if let letter = rest.first, letter == "N" || letter == "T" {
                out.append(letter)
                rest = rest.dropFirst()
                if let digit = rest.first, digit.isASCII, digit.isNumber { out.append(" ") }
            }
        }
        return out + rest
    }

    /// The first French VAT number of `text`, valid when its key matches its SIREN.
    public static func vat(in text: String) -> Read? {
        guard let found = vatPattern.first(in: text), found.groups.count == 2 else { return nil }
        let siren = FrenchIdentifiers.digits(found.groups[1])
        let given = "FR" + found.groups[0] + siren
        let expected = FrenchIdentifiers.vatNumber(siren: siren)
        return Read(raw: found.match, value: given, isValid: given == expected, expected: given == expected ? nil : expected)
    }

    /// The first RNA number (`W` + 9 characters) of `text`.
    public static func rna(in text: String) -> Read? {
        guard let found = rnaPattern.first(in: text) else { return nil }
        let value = String(found.match.unicodeScalars.filter { $0 != " " && $0 != "\u{00A0}" }.map(Character.init))
        return Read(raw: found.match, value: value, isValid: FrenchIdentifiers.isValidRNA(value), expected: nil)
    }

    /// The share capital of "au capital de 10 000 €", in digits (decimals dropped).
    public static func capital(in text: String) -> Read? {
        guard let found = capitalPattern.first(in: text), let amount = found.groups.first else { return nil }
        let units = amount.split(separator: ",", maxSplits: 1).first.map(String.init) ?? amount
        let digits = FrenchIdentifiers.digits(units)
        return Read(raw: found.match, value: digits, isValid: !digits.isEmpty, expected: nil)
    }
}

extension String {
    /// `self` with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
