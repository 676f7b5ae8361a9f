/// The one escaping function for text that did not come from Vigie itself (page text, URLs, check messages,
/// check metadata): whatever a page contains, it reaches the reader as plain text, never as markup.
public enum MarkdownText {
    /// Characters that can start Markdown or HTML syntax anywhere in a line (GFM, tables and strikethrough included).
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "&", "~"]
    /// Characters that start a block (list, heading underline) only at the start of a line.
    private static let leading: Set<Character> = ["-", "+", "="]
    /// Invisible direction overrides that could reorder what the reader sees.
    private static let bidi: ClosedRange<UInt32> = 0x202A...0x202E
    private static let isolates: ClosedRange<UInt32> = 0x2066...0x2069

    /// Returns `text` as one line of literal Markdown text, safe in a paragraph, a list item or a table cell:
    /// - white space and control characters (newlines included) collapse to one space, direction overrides go
    ///   (a no-break space stays);
    /// - `\` `` ` `` `*` `_` `[` `]` `<` `>` `#` `!` `|` `&` `~` get a backslash, so no emphasis, code, link, image,
    ///   autolink in angle brackets, raw HTML, entity, heading, quote, strikethrough or table cell can be formed;
    /// - a leading list or heading marker (`- `, `+ `, `1. `, `1) `, a line of `-` or `=`) gets a backslash.
    /// Bare `http(s)://` and `www.` addresses stay as they are: GitHub may show them as links whose text is
    /// their full target, so they hide nothing.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for character in text {
            let scalars = character.unicodeScalars
            if let first = scalars.first, scalars.count == 1,
               bidi.contains(first.value) || isolates.contains(first.value) {
                continue
            }
            // a no-break space is French typography (before « : », inside « »): kept
            if character != "\u{00A0}", character.isWhitespace || scalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if special.contains(character) {
                out.append("\\")
            }
            out.append(character)
        }
        return escapeBlockStart(out)
    }

    /// A list item (`- x`, `+ x`, `12. x`, `3) x`) or a setext/thematic line (`---`, `===`) would start a block
    /// when the text begins a line: escape its marker.
    private static func escapeBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if leading.contains(first) {
            let second = text.dropFirst().first
            let onlyMarks = text.allSatisfy { $0 == first || $0 == " " }
            return second == nil || second == " " || onlyMarks ? "\\" + text : text
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return text }
        let after = rest.dropFirst().first
        return after == nil || after == " " ? String(digits) + "\\" + rest : text
    }
}
