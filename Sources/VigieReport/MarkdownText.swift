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
    /// - white space and control characters (newlines included) collapse to one space, direction overrides go;
    /// - `\` `` ` `` `*` `_` `[` `]` `<` `>` `#` `!` `|` `&` `~` get a backslash, so no emphasis, code, link, image,
    ///   autolink, raw HTML, entity, heading, quote, strikethrough or table cell can be formed;
    /// - a leading `-`, `+`, `=` or `1.` / `1)` is escaped so no list or heading starts.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for scalarChar in text {
            let scalars = scalarChar.unicodeScalars
            if let first = scalars.first, scalars.count == 1,
               bidi.contains(first.value) || isolates.contains(first.value) {
                continue
            }
            if scalarChar.isWhitespace || scalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if special.contains(scalarChar) || (out.isEmpty && leading.contains(scalarChar)) {
                out.append("\\")
            }
            out.append(scalarChar)
        }
        return escapeOrderedListStart(out)
    }

    /// `12. text` or `12) text` at the start would make an ordered list: escape the punctuation.
    private static func escapeOrderedListStart(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return text }
        return String(digits) + "\\" + rest
    }
}
