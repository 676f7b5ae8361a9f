import VigieCore

/// Tells which zone an `id` or class name names, from the words of `rules/zones.yml`.
///
/// A value matches a word when, lower-cased with `_` read as `-`, it equals the word, or when a
/// run of one to three of its `-`-separated tokens equals a word of four letters or more
/// (`site-footer`, `bloc-pied-de-page`). Short words (`top`, `bas`, `nav`) match whole values only,
/// so `back-to-top` or `margin-bottom` name nothing. Values holding a number token, `:` or `[`
/// (utility classes such as `top-0`, `md:flex`) name nothing, nor values whose first token is a
/// style or behaviour word (`margin-bottom`, `back-to-top`). When tokens name several zones,
/// the last one in the value wins (`main-menu` is a menu).
struct ZoneMatcher: Sendable {
    private let words: [String: Zone]

    init(_ zoneWords: ZoneWords) {
        var words: [String: Zone] = [:]
        let lists: [(Zone, [String])] = [
            (.main, zoneWords.main), (.aside, zoneWords.aside), (.nav, zoneWords.nav),
            (.footer, zoneWords.footer), (.header, zoneWords.header),
        ]
        for (zone, list) in lists {
            for word in list { words[Self.normalize(word)] = zone }
        }
        self.words = words
    }

    /// The zone named by one id or class value, nil when none.
    func zone(of value: String) -> Zone? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        var dashes = 0
        for byte in value.utf8 {
            switch byte {
            case 0x3A, 0x5B: return nil
            case 0x5F, 0x2D: bytes.append(0x2D); dashes += 1
            case 0x41...0x5A: bytes.append(byte | 0x20)
            default: bytes.append(byte)
            }
        }
        let normalized = String(decoding: bytes, as: UTF8.self)
        if let zone = words[normalized] { return zone }
        guard dashes > 0, dashes < 8 else { return nil }
        let tokens = normalized.utf8.split(separator: 0x2D).map { Substring($0) }
        guard !tokens.contains(where: { $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
              let first = tokens.first, !Self.modifiers.contains(String(first))
        else { return nil }
        var found: Zone?
        for end in tokens.indices {
            for length in 1...3 where end - length + 1 >= 0 {
                let run = length == 1 ? String(tokens[end]) : tokens[(end - length + 1)...end].joined(separator: "-")
                if run.utf8.count >= 4, let zone = words[run] { found = zone }
            }
        }
        return found
    }

    /// First tokens that make a value about style or behaviour, not a zone (`margin-bottom`, `back-to-top`).
    private static let modifiers: Set<String> = [
        "margin", "padding", "border", "align", "valign", "text", "pull", "float", "position", "scroll", "back", "go", "to",
        "is", "has", "no", "with", "bg", "mt", "mb", "pt", "pb", "my", "py", "hide", "show", "hidden", "visible",
    ]

    private static func normalize(_ value: String) -> String {
        String(value.lowercased().map { $0 == "_" ? "-" : $0 })
    }
}
