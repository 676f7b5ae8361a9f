import VigieCheckKit
import VigieCore

/// Who publishes the site and whether it sells, decided from the facts, overridable by `.vigie.yml`
/// (`site.kind`, `site.sells`, `site.size`). Each trait keeps the excerpt that decided it.
public struct SiteTraits: Sendable {
    /// The language family whose rules apply.
    public enum Jurisdiction: String, Sendable {
        case france, germany, other
    }

    public var kind: SiteProfile.Kind?
    /// Why `kind` was chosen (an excerpt, or "site.kind").
    public var kindReason: String?
    /// A public body registered with the RCS (an EPIC): it owes its registration and SIREN like a company.
    public var registeredPublicBody: String?
    public var sells: Bool
    public var sellsReason: String?
    public var size: SiteProfile.Size?
    /// The publisher says it keeps anonymity as a non-professional (LCEN art. 1-1 II).
    public var anonymous: Bool
    public var jurisdiction: Jurisdiction
    /// The home page's language as declared, for messages.
    public var language: String?
    /// Why `jurisdiction` was chosen (the legal text's language, a country signal, `lang`).
    public var jurisdictionReason: Localized

    static let companyForms = TextPattern(#"\b(S\.?A\.?S\.?U?|S\.?A\.?R\.?L\.?|SA|EURL|SNC|SCI|SCOP|SELARL|SELAS|SCA|SCS|SCP|GIE|EARL|GAEC)\b"#)

    /// Decides the traits from the snapshot (home page, every page's buttons and links) and the legal text.
    init(snapshot: SiteSnapshot, corpus: LegalCorpus, legalPages: LegalPages, profile: SiteProfile, words: LegalWords) {
        let home = snapshot.home
        language = home?.lang
        let host = LegalPages.host(of: snapshot.homeURL)
        let decided = LegalLanguage(declared: home?.lang, host: host, corpus: corpus, words: words)
        jurisdiction = decided.jurisdiction
        jurisdictionReason = decided.reason
        size = profile.size

        var sellsReason: String?
        if let cgv = legalPages.links[.cgv]?.first {
            sellsReason = "\(cgv.fromPage) : <a href=\"\(cgv.url)\">\(cgv.label)</a>"
        }
        for (record, facts) in snapshot.htmlPages where sellsReason == nil {
            let labels = facts.buttons.map(\.label) + facts.links.map(\.label) + facts.forms.flatMap { $0.submits.map(\.label) }
            if let label = labels.first(where: { label in
                // A short label (a button), not an FAQ question that says « réserver » in passing.
                let folded = FoldedText.words(label)
                return folded.utf8.count <= 48 && words.sellerLabels.contains { LabelText.contains(folded, phrase: $0) }
            }) {
                sellsReason = "\(record.url) : « \(label) »"
            } else if facts.schemaTypes.contains("Product") || facts.schemaTypes.contains("Offer") {
                sellsReason = "\(record.url) : schema.org Product"
            } else if let prices = Self.priceList(facts) {
                sellsReason = "\(record.url) : « \(prices) »"
            }
        }
        if let sells = profile.sells {
            self.sells = sells
            self.sellsReason = "site.sells: \(sells)"
        } else {
            self.sells = sellsReason != nil
            self.sellsReason = sellsReason
        }

        let text = corpus.segments.filter { !$0.isHost }
        let joined = " " + text.map(\.folded).joined(separator: " \n ") + " "
        anonymous = FoldedText.firstMatch(joined, words.anonymousWords) != nil && Self.companyForms.first(in: text.map(\.text).joined(separator: "\n")) == nil
        if let kind = profile.kind {
            self.kind = kind
            kindReason = "site.kind: \(kind.rawValue)"
        } else if host.hasSuffix(".gouv.fr") || FoldedText.firstMatch(joined, words.publicBodyWords) != nil {
            kind = .publicBody
            kindReason = host.hasSuffix(".gouv.fr") ? host : FoldedText.firstMatch(joined, words.publicBodyWords)
        } else if let word = FoldedText.firstMatch(joined, words.associationWords) {
            kind = .association
            kindReason = word
        } else if let word = FoldedText.firstMatch(joined, words.soleTraderWords) {
            kind = .soleTrader
            kindReason = word.trimmed(of: ["(", ")", "-"])
        } else if let match = text.lazy.compactMap({ Self.companyForms.first(in: $0.text) }).first {
            kind = .company
            kindReason = match.match
        } else if let word = FoldedText.firstMatch(joined, words.companyWords) {
            kind = .company
            kindReason = word
        } else if anonymous {
            kind = .individual
            kindReason = FoldedText.firstMatch(joined, words.anonymousWords)
        } else {
            kind = nil
            kindReason = nil
        }
        registeredPublicBody = Self.registration(of: kind, in: joined, words)
    }

    /// A non-zero amount in euros ("45 €", "110,00 EUR", "9,90 €").
    static let euroAmount = TextPattern(#"(?<![0-9.,])(?<![0-9][\s\u00A0\u202F])[1-9]\d{0,3}(?:[.,]\d{2})?[\s\u00A0\u202F]?(?:€|EUR\b|euros?\b)"#)
    /// A price list: at least two short content blocks of one page (not the footer) holding an amount in
    /// euros — « 110 € », « 45 € la séance » —; a sentence quoting a sum is not a price list.
    static func priceList(_ facts: PageFacts) -> String? {
        var quoted: [String] = []
        for block in facts.textBlocks where block.zone != .footer && block.text.count <= 40 {
            guard euroAmount.first(in: block.text) != nil else { continue }
            quoted.append(block.text.trimmed(of: []))
            if quoted.count == 2 { return quoted.joined(separator: " » ; « ") }
        }
        return nil
    }

    /// Whether a public body states an RCS registration (an EPIC), quoting the word.
    static func registration(of kind: SiteProfile.Kind?, in joined: String, _ words: LegalWords) -> String? {
        kind == .publicBody ? FoldedText.firstMatch(joined, words.registeredPublicBody) : nil
    }

    /// A professional publisher (everything but an anonymous individual).
    var isProfessional: Bool { !(anonymous || kind == .individual) }
}

extension LegalPages {
    /// The host name of an absolute URL, lower-case.
    static func host(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return "" }
        let rest = url[scheme.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == ":" || $0 == "?" } ?? rest.endIndex
        return rest[..<end].lowercased()
    }
}
