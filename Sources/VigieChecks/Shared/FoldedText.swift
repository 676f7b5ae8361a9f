import Foundation

/// Text folded for matching: lower-case, without accents, typographic spaces and apostrophes made plain.
/// Folding is done character by character so offsets in the folded text match the original's.
public enum FoldedText {
    /// The folded form of `text`, with as many Characters as `text`.
    public static func fold(_ text: String) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\u{00A0}", "\u{202F}", "\u{2009}", "\t": out.append(" ")
            case "\u{2019}", "\u{2018}": out.append("'")
            default:
                if character.isASCII {
                    out.append(Character(character.lowercased()))
                } else {
                    let folded = String(character).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    out.append(folded.count == 1 ? Character(folded) : character)
                }
            }
        }
        return out
    }

    /// Whether the folded `haystack` contains any of the folded `needles`, returning the first one found.
    public static func firstMatch(_ foldedHaystack: String, _ foldedNeedles: [String]) -> String? {
        foldedNeedles.first { foldedHaystack.contains($0) }
    }
}
