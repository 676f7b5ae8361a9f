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
    public var sells: Bool
    public var sellsReason: String?
    public var size: SiteProfile.Size?
    /// The publisher says it keeps anonymity as a non-professional (LCEN art. 1-1 II).
    public var anonymous: Bool
    public var jurisdiction: Jurisdiction
    /// The home page's language as declared, for messages.
    public var language: String?

    static let companyForms = TextPattern(#"\b(S\.?A\.?S\.?U?|S\.?A\.?R\.?L\.?|SA|EURL|SNC|SCI|SCOP|SELARL|SELAS|SCA|SCS|SCP|GIE|EARL|GAEC)\b"#)

    /// Decides the traits from the snapshot (home page, every page's buttons and links) and the legal text.
    init(snapshot: SiteSnapshot, corpus: LegalCorpus, profile: SiteProfile, words: LegalWords) {
        let home = snapshot.home
        language = home?.lang
        let lang = (home?.lang ?? "").lowercased()
        let host = LegalPages.host(of: snapshot.homeURL)
        if lang.hasPrefix("fr") || (lang.isEmpty && !host.hasSuffix(".de")) {
            jurisdiction = .france
        } else if lang.hasPrefix("de") || (host.hasSuffix(".de") && lang.isEmpty) {
            jurisdiction = .germany
        } else if host.hasSuffix(".fr") {
            jurisdiction = .france
        } else {
            jurisdiction = .other
        }
        size = profile.size

        var sellsReason: String?
        for (record, facts) in snapshot.htmlPages where sellsReason == nil {
            let labels = facts.buttons.map(\.label) + facts.links.map(\.label) + facts.forms.flatMap { $0.submits.map(\.label) }
            if let label = labels.first(where: { label in
                let folded = FoldedText.words(label)
                return words.sellerLabels.contains { LabelText.contains(folded, phrase: $0) }
            }) {
                sellsReason = "\(record.url) : « \(label) »"
            } else if facts.schemaTypes.contains("Product") || facts.schemaTypes.contains("Offer") {
                sellsReason = "\(record.url) : schema.org Product"
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
