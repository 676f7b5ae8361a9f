import Foundation

/// Label text as the lexicons match it: lower-case, accents removed, apostrophes, hyphens and every
/// other non-alphanumeric character read as a space, runs of spaces collapsed.
/// `S’inscrire`, `S'inscrire` and `s inscrire` are all `s inscrire`; `Être rappelé` is `etre rappele`.
public enum LabelText {
    public static func normalize(_ text: String) -> String { FoldedText.words(text) }

    /// Whether `phrase` (normalised) occurs in `text` (normalised) as whole words.
    /// Compares UTF-8 bytes (it runs on every text block of every page); inlinable so that the check
    /// modules' loops compile it in.
    @inlinable public static func contains(_ text: String, phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        var text = text
        var phrase = phrase
        return text.withUTF8 { haystack in
            phrase.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                let first = needle[0]
                var index = 0
                while index <= haystack.count - needle.count {
                    defer { index += 1 }
                    guard haystack[index] == first, index == 0 || haystack[index - 1] == 0x20 else { continue }
                    let end = index + needle.count
                    guard end == haystack.count || haystack[end] == 0x20 else { continue }
                    var offset = 1
                    while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
    }

    /// Whether `text` (normalised) starts with `phrase` (normalised) as whole words.
    public static func starts(_ text: String, with phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        return text == phrase || text.hasPrefix(phrase + " ")
    }
}
