/// The one escaping function of the HTML report for text that did not come from Vigie itself (page text, URLs,
/// check messages and metadata): whatever a page contains, it reaches the reader as text, never as markup.
public enum HTMLText {
    /// Returns `text` safe in an element's content and in a double- or single-quoted attribute value:
    /// `&` `<` `>` `"` `'` become character references; control characters become a space; invisible direction
    /// overrides and isolates (which could reorder what the reader sees) are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": continue
            default:
                if scalar.properties.generalCategory == .control { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The `href` of a link to `address` (escaped), or nil when it should not be a link: only `http:`, `https:`
    /// and `file:` addresses are, so a `javascript:` or `data:` URL taken from a page is shown, never followed.
    public static func href(_ address: String) -> String? {
        let lower = address.lowercased()
        guard ["http://", "https://", "file:/"].contains(where: lower.hasPrefix),
              !address.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " }) else { return nil }
        return escape(address)
    }
}
