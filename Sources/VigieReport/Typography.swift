import VigieCore

/// French typography for Vigie's own words: the space before `:` `;` `!` `?` and inside « » becomes a
/// no-break space, so that a line never starts with the mark. Applied to the texts Vigie writes (titles,
/// messages, notes), never to a quote of a page.
enum Typography {
    static let noBreakSpace: Character = "\u{00A0}"

    /// `text` with French spacing when `lang` is French; unchanged in English.
    static func apply(_ text: String, _ lang: ReportLanguage) -> String {
        guard lang == .fr, text.contains(where: { $0 == ":" || $0 == ";" || $0 == "!" || $0 == "?" || $0 == "«" || $0 == "»" }) else { return text }
        var chars = Array(text)
        for index in chars.indices {
            switch chars[index] {
            case ":", ";", "!", "?", "»":
                // a mark used as punctuation (not `http://`, `12:30`): the space before it no longer breaks
                let next = index + 1 < chars.count ? chars[index + 1] : " "
                let ends = chars[index] == "»" || next == " " || next == noBreakSpace || next == ")" || next == "." || next == "," || next == "»"
                if ends, index > 0, chars[index - 1] == " " { chars[index - 1] = noBreakSpace }
            case "«":
                if index + 1 < chars.count, chars[index + 1] == " " { chars[index + 1] = noBreakSpace }
            default:
                continue
            }
        }
        return String(chars)
    }
}
