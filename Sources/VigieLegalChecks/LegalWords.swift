import Foundation
import VigieCheckKit
import VigieCore

/// The legal module's wording (`rules/legal.yml`): labels, the words that tell the publisher's kind and
/// whether the site sells, the consumer and privacy wordings, the items the CGV must cover. Text lists
/// are folded with `FoldedText.fold` when decoded, label lists with `FoldedText.words`.
struct LegalWords: RulePack {
    static let packName = "legal"

    /// One item the CGV must cover, with its folded wordings.
    struct Item: Sendable, Decodable {
        var name: Localized
        var words: [String]
        /// Said of goods only (delivery): not expected in the CGV of a service.
        var goodsOnly: Bool
        /// The withdrawal period: when it is said, a cited exemption does not make the check `na`.
        var isPeriod: Bool

        enum CodingKeys: String, CodingKey {
            case fr, en, words
            case goodsOnly = "goods-only"
            case isPeriod = "period"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = Localized(fr: try c.decode(String.self, forKey: .fr), en: try c.decode(String.self, forKey: .en))
            words = try c.decode([String].self, forKey: .words).map(FoldedText.fold)
            goodsOnly = try c.decodeIfPresent(Bool.self, forKey: .goodsOnly) ?? false
            isPeriod = try c.decodeIfPresent(Bool.self, forKey: .isPeriod) ?? false
        }
    }

    /// A GDPR right and its wordings (folded).
    struct Right: Sendable, Decodable {
        var name: String
        var words: [String]

        enum CodingKeys: String, CodingKey { case name, words }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            words = try c.decode([String].self, forKey: .words).map(FoldedText.fold)
        }
    }

    /// Stop words by language (`fr`, `de`, `en`), in the form of `FoldedText.words`.
    var stopWords: [String: Set<String>]
    var frenchSignals: [String]
    var germanSignals: [String]
    var hostLabels: [String]
    var publisherLabels: [String]
    var thirdPartyLabels: [String]
    var placeholderWords: [String]
    var nameLabels: [String]
    var directorLabels: [String]
    var editorLabels: [String]
    var identifierLabels: [String]
    var rnaLabels: [String]
    var aboutLabels: [String]
    var hostNameLabels: [String]
    var countries: [String]
    /// Street words, whole words of an address, as a regex alternation (escaped).
    var streetAlternation: String
    /// English street words ("Street", "Road"…), the same way.
    var englishStreetAlternation: String
    var publicBodyWords: [String]
    var registeredPublicBody: [String]
    var associationWords: [String]
    var soleTraderWords: [String]
    var companyWords: [String]
    var anonymousWords: [String]
    var sellerLabels: [String]
    var quoteLabels: [String]
    var professionalsOnly: [String]
    var withdrawalLabels: [String]
    var withdrawalExcluding: [String]
    var withdrawalAnnouncement: [String]
    var terminationLabels: [String]
    var subscriptionLabels: [String]
    var subscriptionExcluding: [String]
    var loginLabels: [String]
    var mediatorWords: [String]
    var mediatorPlaceholders: [String]
    var odrHosts: [String]
    var privacySectionWords: [String]
    var collectingScripts: [String]
    var rights: [Right]
    var exerciseWords: [String]
    var complaintWords: [String]
    var noticeWords: [String]
    /// The CGV items of each `legal.cgv.*` check, by the check's last id part (`price`, `delivery`…).
    var termsOfSale: [String: [Item]]
    var serviceWords: [String]
    var withdrawalExemptions: [String]
    var editorialPaths: [String]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let root = try decoder.container(keyedBy: Key.self)
        func section(_ name: String) throws -> KeyedDecodingContainer<Key> { try root.nestedContainer(keyedBy: Key.self, forKey: Key(name)) }
        func text(_ c: KeyedDecodingContainer<Key>, _ key: String) throws -> [String] { try c.decode([String].self, forKey: Key(key)).map(FoldedText.fold) }
        func labels(_ c: KeyedDecodingContainer<Key>, _ key: String) throws -> [String] { try c.decode([String].self, forKey: Key(key)).map(FoldedText.words) }
        let language = try section("language")
        let stops = try language.decode([String: [String]].self, forKey: Key("stop-words"))
        stopWords = stops.mapValues { Set($0.map(FoldedText.words)) }
        frenchSignals = try text(language, "french-signals")
        germanSignals = try text(language, "german-signals")
        let corpus = try section("corpus")
        hostLabels = try text(corpus, "host-labels")
        publisherLabels = try text(corpus, "publisher-labels")
        thirdPartyLabels = try text(corpus, "third-party-labels")
        placeholderWords = try text(corpus, "placeholder-words")
        let publisher = try section("publisher")
        nameLabels = try text(publisher, "name-labels")
        directorLabels = try text(publisher, "director-labels")
        editorLabels = try text(publisher, "editor-labels")
        identifierLabels = try text(publisher, "identifier-labels")
        rnaLabels = try text(publisher, "rna-labels")
        aboutLabels = try labels(publisher, "about-labels")
        let host = try section("host")
        hostNameLabels = try text(host, "name-labels")
        countries = try text(host, "countries")
        let streets = try root.decode([String].self, forKey: Key("street-words"))
        guard !streets.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: Key("street-words"), in: root, debugDescription: "at least one street word is needed")
        }
        streetAlternation = streets.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        englishStreetAlternation = try root.decode([String].self, forKey: Key("english-street-words")).map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let kinds = try section("kinds")
        publicBodyWords = try text(kinds, "public-body")
        registeredPublicBody = try text(kinds, "registered-public-body")
        associationWords = try text(kinds, "association")
        soleTraderWords = try text(kinds, "sole-trader")
        companyWords = try text(kinds, "company")
        anonymousWords = try text(kinds, "anonymous")
        let selling = try section("selling")
        sellerLabels = try labels(selling, "seller-labels")
        quoteLabels = try labels(selling, "quote-labels")
        professionalsOnly = try text(selling, "professionals-only")
        let consumer = try section("consumer")
        withdrawalLabels = try labels(consumer, "withdrawal-labels")
        withdrawalExcluding = try labels(consumer, "withdrawal-excluding")
        withdrawalAnnouncement = try text(consumer, "withdrawal-announcement")
        terminationLabels = try labels(consumer, "termination-labels")
        subscriptionLabels = try labels(consumer, "subscription-labels")
        subscriptionExcluding = try labels(consumer, "subscription-excluding")
        loginLabels = try labels(consumer, "login-labels")
        mediatorWords = try text(consumer, "mediator-words")
        mediatorPlaceholders = try text(consumer, "mediator-placeholders")
        odrHosts = try consumer.decode([String].self, forKey: Key("odr-hosts")).map(FoldedText.asciiLowercased)
        let privacy = try section("privacy")
        privacySectionWords = try text(privacy, "section-words")
        collectingScripts = try privacy.decode([String].self, forKey: Key("collecting-scripts")).map(FoldedText.asciiLowercased)
        rights = try privacy.decode([Right].self, forKey: Key("rights"))
        exerciseWords = try text(privacy, "exercise-words")
        complaintWords = try text(privacy, "complaint-words")
        noticeWords = try text(privacy, "notice-words")
        let sale = try section("terms-of-sale")
        var items: [String: [Item]] = [:]
        for key in ["price", "delivery", "payment", "after-sales", "withdrawal", "offer-duration", "remote-cost"] {
            items[key] = try sale.decode([Item].self, forKey: Key(key))
        }
        termsOfSale = items
        serviceWords = try text(sale, "service-words")
        withdrawalExemptions = try text(sale, "withdrawal-exemptions")
        editorialPaths = try section("editorial").decode([String].self, forKey: Key("paths")).map(FoldedText.asciiLowercased)
    }

    /// The legal wording of this audit.
    static func of(_ context: AuditContext) -> LegalWords { context.rules.pack(LegalWords.self) }
}
