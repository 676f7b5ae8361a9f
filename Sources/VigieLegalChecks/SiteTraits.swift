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
    /// The site sells: online, or by quote, a price list or its CGV.
    public var sells: Bool
    /// The site sells online (a cart, a checkout, an online booking): the distance-selling rules apply.
    public var sellsOnline: Bool
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

        // Online selling first (a cart, a checkout, an online booking, a schema.org product): the distance-selling
        // rules apply; then selling otherwise (a quote, a price list, a CGV page): the CGV and consumer rules apply.
        var online: String?
        var offline: String?
        func shortLabel(_ labels: [String], _ phrases: [String]) -> String? {
            labels.first { label in
                // A short label (a button), not an FAQ question that says « réserver » in passing.
                let folded = FoldedText.words(label)
                return folded.utf8.count <= 48 && phrases.contains { LabelText.contains(folded, phrase: $0) }
            }
        }
        for (record, facts) in snapshot.htmlPages where online == nil {
            let labels = facts.buttons.map(\.label) + facts.links.map(\.label) + facts.forms.flatMap { $0.submits.map(\.label) }
            if let label = shortLabel(labels, words.sellerLabels) {
                online = "\(record.url) : « \(label) »"
            } else if facts.schemaTypes.contains("Product") || facts.schemaTypes.contains("Offer") {
                online = "\(record.url) : schema.org Product"
            } else if offline == nil, let label = shortLabel(labels, words.quoteLabels) {
                offline = "\(record.url) : « \(label) »"
            } else if offline == nil, let prices = Self.priceList(facts) {
                offline = "\(record.url) : « \(prices) »"
            }
        }
        if offline == nil, let cgv = legalPages.links[.cgv]?.first {
            offline = "\(cgv.fromPage) : <a href=\"\(cgv.url)\">\(cgv.label)</a>"
        }
        if let sells = profile.sells {
            self.sells = sells
            sellsOnline = sells
            sellsReason = "site.sells: \(sells)"
        } else {
            sells = online != nil || offline != nil
            sellsOnline = online != nil
            sellsReason = online ?? offline
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
