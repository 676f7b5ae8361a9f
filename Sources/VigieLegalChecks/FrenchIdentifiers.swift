/// French business identifiers (SIREN, SIRET, VAT, RNA): reading digits and validating checksums.
/// Pure functions, no Foundation: safe to fuzz.
public enum FrenchIdentifiers {
    /// La Poste's SIREN, whose SIRETs follow a digit-sum rule instead of Luhn.
    public static let laPosteSIREN = "356000000"

    /// Keeps the ASCII digits of `text` (spaces, dots, non-breaking spaces and dashes dropped).
    public static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }.map(Character.init))
    }

    /// Luhn checksum over a string of ASCII digits.
    public static func luhn(_ digits: String) -> Bool {
        let values = digits.unicodeScalars.map { Int($0.value) - 48 }
        guard !values.isEmpty, values.allSatisfy({ (0...9).contains($0) }) else { return false }
        var sum = 0
        for (offset, value) in values.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = value * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += value
            }
        }
        return sum % 10 == 0
    }

    /// A SIREN is 9 digits passing Luhn.
    public static func isValidSIREN(_ siren: String) -> Bool {
        siren.count == 9 && luhn(siren)
    }

    /// A SIRET is 14 digits passing Luhn; La Poste's establishments use "sum of digits multiple of 5".
    public static func isValidSIRET(_ siret: String) -> Bool {
        guard siret.count == 14, siret.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return false }
        if siret.hasPrefix(laPosteSIREN) {
            let sum = siret.unicodeScalars.reduce(0) { $0 + Int($1.value) - 48 }
            return sum % 5 == 0 || luhn(siret)
        }
        return luhn(siret)
    }

    /// The French VAT key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97, nil when not 9 digits.
    public static func vatKey(siren: String) -> Int? {
        guard siren.count == 9, let value = Int(siren) else { return nil }
        return (12 + 3 * (value % 97)) % 97
    }

    /// The expected full VAT number (`FR44732829320`) of a SIREN.
    public static func vatNumber(siren: String) -> String? {
        guard let key = vatKey(siren: siren) else { return nil }
        return "FR" + (key < 10 ? "0" : "") + String(key) + siren
    }

    /// A French VAT number read apart: key and SIREN (digits only), or nil when it is not FR + 2 + 9 digits.
    public static func splitVAT(_ vat: String) -> (key: String, siren: String)? {
        let upper = vat.uppercased()
        guard upper.hasPrefix("FR") else { return nil }
        let rest = digits(String(upper.dropFirst(2)))
        guard rest.count == 11 else { return nil }
        return (String(rest.prefix(2)), String(rest.suffix(9)))
    }

    /// An RNA number is `W` followed by 9 digits (some older ones keep 9 characters after W with letters).
    public static func isValidRNA(_ rna: String) -> Bool {
        let upper = rna.uppercased().filter { $0 != " " && $0 != "\u{00A0}" }
        guard upper.first == "W" else { return false }
        let rest = upper.dropFirst()
        return rest.count == 9 && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter) }
            && rest.suffix(6).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The Luhn check digit that would complete the first `count - 1` digits.
    public static func expectedLuhnDigit(_ digits: String) -> Int? {
        guard digits.count > 1 else { return nil }
        let head = String(digits.dropLast())
        for candidate in 0...9 where luhn(head + String(candidate)) { return candidate }
        return nil
    }
}
