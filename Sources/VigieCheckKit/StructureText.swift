import Foundation
import Synchronization
import VigieCore

/// Text matching for the structure checks: accent- and case-blind, on whole words.
package enum StructureText {
    /// Lower-case, without accents, typographic apostrophes made plain.
    package static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// `text` folded, every run of non-alphanumerics made one space, padded with spaces: `" plan du site "`.
    /// Runs for every label of every page: plain ASCII, by far the most common case, takes a fast path.
    package static func words(_ text: String) -> String {
        let folded = FoldedText.words(text)
        return folded.isEmpty ? " " : " " + folded + " "
    }

    /// Terms already turned into `words`, shared by every check and page (word lists are few and small).
    private static let termCache = Mutex<[String: String]>([:])

    /// `words(term)`, computed once per distinct term.
    package static func termWords(_ term: String) -> String {
        if let cached = termCache.withLock({ $0[term] }) { return cached }
        let made = words(term)
        termCache.withLock { $0[term] = made }
        return made
    }

    /// A word list made ready once, for checks that match it against every heading or label of a site
    /// (`firstTerm` looks each term up in a shared cache on every call).
    package struct Terms {
        private let entries: [(term: String, needle: String)]

        package init(_ terms: [String]) {
            entries = terms.map { ($0, StructureText.termWords($0)) }.filter { $0.needle != " " }
        }

        /// The first term found as whole words in `text`, as written in the list.
        package func first(in text: String) -> String? {
            let haystack = StructureText.words(text)
            return entries.first { StructureText.containsBytes(haystack, $0.needle) }?.term
        }
    }

    /// The first of `terms` found as whole words in `text`, as written in the list.
    package static func firstTerm(in text: String, _ terms: [String]) -> String? {
        Terms(terms).first(in: text)
    }

    /// Whether `needle` occurs in `haystack`, compared as UTF-8 bytes (`ByteSearch`).
    /// Inlinable, like `Memo`: the check modules call it per label.
    @inlinable package static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in needle.withUTF8 { ByteSearch.contains(text, $0) } }
    }

    /// The first of `patterns` found as a plain lower-case substring of `text`.
    package static func firstPattern(in text: String, _ patterns: [String]) -> String? {
        let lower = FoldedText.asciiLowercased(text)
        let folded = lower.utf8.allSatisfy({ $0 < 0x80 }) ? lower : text.lowercased()
        return patterns.first { containsBytes(folded, FoldedText.asciiLowercased($0)) }
    }

    /// A French telephone number (`01 23 45 67 89`, `01.23.45.67.89`, `+33 1 23 45 67 89`, `+33 (0)1…`, `0 800 12 34 56`).
    static let phonePattern = try! NSRegularExpression(
        pattern: #"(?<![\d+])(?:(?:\+|00)\s?33[\s.\-]?(?:\(0\)[\s.\-]?)?|0\s?)[1-9](?:[\s.\-]?\d{2}){4}(?!\d)"#)

    /// A French postcode followed by a town (`75001 Paris`, `69 003 Lyon`).
    static let postcodePattern = try! NSRegularExpression(
        pattern: #"(?<![\d.,\-])(?:\d{2}\s?\d{3}|2[AB]\d{3})\s+(?:cedex\s+)?[A-Za-zÀ-ÿ]"#)

    /// A numbered street line (`12 rue de la Paix`, `3 bis avenue…`, `5 ZA des Prés`).
    static let streetPattern = try! NSRegularExpression(
        pattern: #"\b\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|all[ée]e|impasse|route|quai|cours|square|voie|rond-point|lieu-dit|hameau|passage|za|zi|zac)\s+[^\n–—|•;,]{2,60}"#,
        options: [.caseInsensitive])

    /// The first match of `regex` in `text`.
    package static func firstMatch(_ regex: NSRegularExpression, in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range), let r = Range(match.range, in: text) else { return nil }
        return String(text[r])
    }

    /// The first French phone number in `text`.
    package static func phone(in text: String) -> String? { firstMatch(phonePattern, in: text) }

    /// The first postal address line (street or postcode + town) in `text`.
    package static func address(in text: String) -> String? {
        (firstMatch(streetPattern, in: text) ?? firstMatch(postcodePattern, in: text))?.trimmingWhitespace()
    }
}
