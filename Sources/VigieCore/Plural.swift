/// Counts in words with real plurals (« 1 page », « 7 pages », « 0 page »; "1 page", "7 pages", "0 pages"):
/// French takes the singular for 0 and 1, English only for 1.
public enum Plural {
    /// `n` and the noun in the form its count asks, in both languages.
    public static func count(_ n: Int, fr: (String, String), en: (String, String)) -> Localized {
        Localized(fr: "\(n) " + (n <= 1 ? fr.0 : fr.1), en: "\(n) " + (n == 1 ? en.0 : en.1))
    }

    /// The French form for `n`: `one` for 0 and 1, `many` otherwise (« lue » / « lues »).
    public static func fr(_ n: Int, _ one: String, _ many: String) -> String { n <= 1 ? one : many }

    /// The English form for `n`: `one` for 1, `many` otherwise.
    public static func en(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? one : many }

    /// « 7 pages » / "7 pages".
    public static func pages(_ n: Int) -> Localized { count(n, fr: ("page", "pages"), en: ("page", "pages")) }

    /// `template` with `{pages}` replaced by the page count in words; without a count, `{pages}` goes with
    /// the parentheses or the separator around it.
    public static func fill(_ template: Localized, pages: Int?) -> Localized {
        func one(_ text: String, _ words: String?) -> String {
            guard text.contains("{pages}") else { return text }
            if let words { return text.replacingOccurrences(of: "{pages}", with: words) }
            var out = text
            for hole in [" ({pages})", " — {pages}", ", {pages}", " {pages}", "{pages}"] {
                out = out.replacingOccurrences(of: hole, with: "")
            }
            return out
        }
        let words = pages.map(Self.pages)
        return Localized(fr: one(template.fr, words?.fr), en: one(template.en, words?.en))
    }
}

extension Plural {
    /// « 1 page sur 7 » / "1 of 7 pages": a part of the pages read, without a verb to agree.
    public static func pagesOf(_ part: Int, _ total: Int) -> Localized {
        Localized(fr: "\(part) \(fr(part, "page", "pages")) sur \(total)", en: "\(part) of \(total) \(en(total, "page", "pages"))")
    }

    /// `n` and the French noun phrase for it: `Plural.nfr(3, "lien cassé", "liens cassés")` → « 3 liens cassés ».
    public static func nfr(_ n: Int, _ one: String, _ many: String) -> String { "\(n) " + fr(n, one, many) }

    /// `n` and the English noun phrase for it: `Plural.nen(1, "broken link", "broken links")` → "1 broken link".
    public static func nen(_ n: Int, _ one: String, _ many: String) -> String { "\(n) " + en(n, one, many) }
}

extension Plural {
    /// « sur les 7 pages » / « sur la page lue »; "on all 7 pages" / "on the page read".
    public static func onEvery(_ total: Int) -> Localized {
        Localized(fr: total <= 1 ? "sur la page lue" : "sur les \(total) pages", en: total == 1 ? "on the page read" : "on all \(total) pages")
    }
}

extension Plural {
    /// « aussi sur 2 autres pages » / "also on 2 other pages".
    public static func alsoOn(_ others: Int) -> Localized {
        Localized(fr: "aussi sur \(nfr(others, "autre page", "autres pages"))", en: "also on \(nen(others, "other page", "other pages"))")
    }
}
