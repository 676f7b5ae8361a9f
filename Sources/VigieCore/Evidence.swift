/// What decided a finding: the page, the text or element that a reader can verify, and the auditor's note.
/// The quote (`excerpt`) is the page's own text, never translated; the note is Vigie's words, in both languages.
public struct Evidence: Sendable, Hashable, Codable {
    public var url: String
    /// A short verbatim quote of the page (at most 200 characters once made).
    public var excerpt: String?
    /// The element that decided it, as a CSS-like selector (`footer a[href="/mentions"]`).
    public var selector: String?
    /// What the auditor read there, in words (« 7 pages lues, rien trouvé »), when it is not a quote.
    public var note: Localized?

    public init(url: String, excerpt: String? = nil, selector: String? = nil, note: Localized? = nil) {
        self.url = url
        self.excerpt = excerpt.map { Evidence.clip($0) }
        self.selector = selector.map { Evidence.clip($0) }
        self.note = note
    }

    /// Evidence that is the auditor's note on a page, without a quote.
    public static func note(_ url: String, _ note: Localized, selector: String? = nil) -> Evidence {
        Evidence(url: url, selector: selector, note: note)
    }

    /// Collapses white space and cuts `text` to `limit` characters, with an ellipsis when cut.
    public static func clip(_ text: String, limit: Int = 200) -> String {
        // Most excerpts are short labels already clean: returned as they are, without the Unicode
        // segmentation below (which took 2 % of a 10,000-page audit).
        if text.utf8.count <= limit, isCollapsed(text) { return text }
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit - 1)) + "…"
    }

    /// Whether `text` has no white space but single ASCII spaces between words, read on its UTF-8 bytes.
    /// White space beyond ASCII (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000: what `Character.isWhitespace` also splits on) answers false.
    static func isCollapsed(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isCollapsed) ?? isCollapsed(Array(text.utf8))
    }

    private static func isCollapsed<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var previousIsSpace = true
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x20:
                if previousIsSpace { return false }
                previousIsSpace = true
                continue
            case 0x09...0x0D: return false
            case 0xC2: if index + 1 < bytes.count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 { return false }
            case 0xE1: if index + 2 < bytes.count, bytes[index + 1] == 0x9A, bytes[index + 2] == 0x80 { return false }
            case 0xE2:
                guard index + 2 < bytes.count else { break }
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return false }
                if second == 0x81, third == 0x9F { return false }
            case 0xE3: if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return false }
            default: break
            }
            previousIsSpace = false
        }
        return !previousIsSpace || bytes.isEmpty
    }
}
