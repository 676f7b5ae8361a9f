import VigieCheckKit
import VigieCore

/// Which country's rules apply, decided from the legal text itself — a stop-word count — and the
/// country signals (`.fr`, « RCS », a SIREN; `.de`, « Impressum », « HRB »), the declared `<html lang>`
/// last: a French legal notice on pages declared `lang="en"` is still a French legal notice.
struct LegalLanguage: Sendable {
    var jurisdiction: SiteTraits.Jurisdiction
    /// Why, in words quoting what decided ("texte en français (42 mots-outils), « RCS »").
    var reason: Localized
    /// The language the legal text reads in, when the count decided (`fr`, `de`, `en`).
    var textLanguage: String?

    /// Stop words counted at most in this many words of the legal text.
    static let wordLimit = 3000
    /// A language is the text's when it has at least this many stop words and twice any other's.
    static let minimumHits = 8

    init(declared: String?, host: String, corpus: LegalCorpus, words: LegalWords) {
        let counts = Self.count(corpus, words.stopWords)
        let ranked = counts.sorted { $0.value > $1.value }
        if let top = ranked.first, top.value >= Self.minimumHits, top.value >= 2 * (ranked.dropFirst().first?.value ?? 0) {
            textLanguage = top.key
        }
        let joined = " " + corpus.publisher.map(\.folded).joined(separator: " \n ") + " "
        let french = FoldedText.firstMatch(joined, words.frenchSignals) ?? (host.hasSuffix(".fr") ? host : nil)
        let german = FoldedText.firstMatch(joined, words.germanSignals) ?? (host.hasSuffix(".de") ? host : nil)
        let lang = (declared ?? "").lowercased()
        let counted = textLanguage.map { language in
            Localized(fr: "texte des pages légales en « \(language) » (\(counts[language] ?? 0) mots-outils)",
                      en: "legal pages' text in “\(language)” (\(counts[language] ?? 0) stop words)")
        }
        func signal(_ value: String) -> Localized { Localized(fr: "« \(value.trimmed(of: []) ) »", en: "“\(value.trimmed(of: []))”") }
        func because(_ parts: [Localized?]) -> Localized {
            let present = parts.compactMap { $0 }
            return Localized(fr: present.map(\.fr).joined(separator: ", "), en: present.map(\.en).joined(separator: ", "))
        }
        switch textLanguage {
        case "fr":
            jurisdiction = .france
            reason = because([counted, french.map(signal)])
        case "de":
            jurisdiction = .germany
            reason = because([counted, german.map(signal)])
        default:
            // No clear French or German text (English, or too little text): the country signals, then
            // the declared language, then the host name.
            if let french, german == nil {
                jurisdiction = .france
                reason = because([counted, signal(french)])
            } else if let german, french == nil {
                jurisdiction = .germany
                reason = because([counted, signal(german)])
            } else if lang.hasPrefix("fr") || lang.isEmpty && textLanguage == nil && !host.hasSuffix(".de") {
                jurisdiction = .france
                reason = because([counted, Localized(fr: "lang=\(lang)", en: "lang=\(lang)")])
            } else if lang.hasPrefix("de") {
                jurisdiction = .germany
                reason = because([counted, Localized(fr: "lang=\(lang)", en: "lang=\(lang)")])
            } else {
                jurisdiction = .other
                reason = because([counted, Localized(fr: "lang=\(lang)", en: "lang=\(lang)")])
            }
        }
    }

    /// Stop words of each language in the folded words of the legal text (legal notice first, footers).
    static func count(_ corpus: LegalCorpus, _ stopWords: [String: Set<String>]) -> [String: Int] {
        var counts: [String: Int] = [:]
        var seen = 0
        for segment in corpus.segments where seen < wordLimit {
            for word in FoldedText.words(segment.text).split(separator: " ") {
                seen += 1
                let word = String(word)
                for (language, list) in stopWords where list.contains(word) { counts[language, default: 0] += 1 }
            }
        }
        return counts
    }
}
