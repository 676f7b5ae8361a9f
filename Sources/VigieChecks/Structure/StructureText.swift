import Foundation

/// Text matching for the structure checks: accent- and case-blind, on whole words.
enum StructureText {
    /// Lower-case, without accents, typographic apostrophes made plain.
    static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// `text` folded, every run of non-alphanumerics made one space, padded with spaces: `" plan du site "`.
    static func words(_ text: String) -> String {
        let folded = fold(text)
        var out = " "
        var lastSpace = true
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastSpace = false
            } else if !lastSpace {
                out.append(" ")
                lastSpace = true
            }
        }
        if !lastSpace { out.append(" ") }
        return out
    }

    /// The first of `terms` found as whole words in `text`, as written in the list.
    static func firstTerm(in text: String, _ terms: [String]) -> String? {
        let haystack = words(text)
        return terms.first { term in
            let needle = words(term)
            return needle != " " && haystack.contains(needle)
        }
    }

    /// The first of `patterns` found as a plain lower-case substring of `text`.
    static func firstPattern(in text: String, _ patterns: [String]) -> String? {
        let lower = text.lowercased()
        return patterns.first { lower.contains($0.lowercased()) }
    }

    /// A French telephone number (`01 23 45 67 89`, `01.23.45.67.89`, `+33 1 23 45 67 89`, `+33 (0)1…`).
    static let phonePattern = try! NSRegularExpression(
        pattern: #"(?<![\d+])(?:(?:\+|00)\s?33[\s.\-]?(?:\(0\)[\s.\-]?)?|0)[1-9](?:[\s.\-]?\d{2}){4}(?!\d)"#)

    /// A French postcode followed by a town (`75001 Paris`, `69 003 Lyon`).
    static let postcodePattern = try! NSRegularExpression(
        pattern: #"(?<![\d.,\-])(?:\d{2}\s?\d{3}|2[AB]\d{3})\s+(?:cedex\s+)?[A-Za-zÀ-ÿ]"#)

    /// A numbered street line (`12 rue de la Paix`, `3 bis avenue…`, `5 ZA des Prés`).
    static let streetPattern = try! NSRegularExpression(
        pattern: #"\b\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|all[ée]e|impasse|route|quai|cours|square|voie|rond-point|lieu-dit|hameau|passage|za|zi|zac)\s+[^\n–—|•;,]{2,60}"#,
        options: [.caseInsensitive])

    /// The first match of `regex` in `text`.
    static func firstMatch(_ regex: NSRegularExpression, in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range), let r = Range(match.range, in: text) else { return nil }
        return String(text[r])
    }

    /// The first French phone number in `text`.
    static func phone(in text: String) -> String? { firstMatch(phonePattern, in: text) }

    /// The first postal address line (street or postcode + town) in `text`.
    static func address(in text: String) -> String? {
        (firstMatch(streetPattern, in: text) ?? firstMatch(postcodePattern, in: text))?.trimmingCharacters(in: .whitespaces)
    }
}
