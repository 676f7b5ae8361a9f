import Foundation

/// Label text as the lexicons match it: lower-case, accents removed, apostrophes, hyphens and every
/// other non-alphanumeric character read as a space, runs of spaces collapsed.
/// `S’inscrire`, `S'inscrire` and `s inscrire` are all `s inscrire`; `Être rappelé` is `etre rappele`.
public enum LabelText {
    public static func normalize(_ text: String) -> String { FoldedText.words(text) }

    /// Whether `phrase` (normalised) occurs in `text` (normalised) as whole words.
    public static func contains(_ text: String, phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        return (" " + text + " ").contains(" " + phrase + " ")
    }

    /// Whether `text` (normalised) starts with `phrase` (normalised) as whole words.
    public static func starts(_ text: String, with phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        return text == phrase || text.hasPrefix(phrase + " ")
    }
}
