import VigieCheckKit
import VigieCore

/// The facts every legal check starts from: legal pages, corpus and traits, computed per context.
struct LegalFacts: Sendable {
    var pages: LegalPages
    var corpus: LegalCorpus
    var traits: SiteTraits
    var words: LegalWords
    /// The address patterns, built once per audit from the pack's street words.
    var addresses: AddressPatterns

    /// Where the publisher's identity (RCS, SIREN, VAT, capital, legal form) may be read: the legal text,
    /// then the CGV and the « À propos » pages, whose URL is then the evidence.
    var identity: [LegalCorpus.Segment]
    /// The CGV's sentence restricting sales to professionals (« exclusivement aux professionnels »), if any.
    var professionalsOnly: LegalCorpus.Segment?

    init(_ context: AuditContext) {
        words = LegalWords.of(context)
        addresses = AddressPatterns(words)
        pages = LegalPages(snapshot: context.snapshot, words: context.rules.pack(PriorityPageWords.self))
        corpus = LegalCorpus(snapshot: context.snapshot, legalPages: pages, words: words)
        traits = SiteTraits(snapshot: context.snapshot, corpus: corpus, legalPages: pages, profile: context.profile, words: words)
        var cgv = LegalCorpus(words: words)
        for page in pages.pages(.cgv, in: context.snapshot) { cgv.appendPage(page.facts.textBlocks, url: page.record.url) }
        professionalsOnly = cgv.first(words.professionalsOnly)
        for page in Self.aboutPages(context.snapshot, words) { cgv.appendPage(page.facts.textBlocks, url: page.record.url) }
        identity = corpus.publisher + cgv.publisher
    }

    /// The site's « À propos » / « Qui sommes-nous » pages, from the labels of its links.
    static func aboutPages(_ snapshot: SiteSnapshot, _ words: LegalWords) -> [(record: PageRecord, facts: PageFacts)] {
        var wanted: Set<String> = []
        for (_, facts) in snapshot.htmlPages.prefix(5) {
            for link in facts.links where wanted.count < 3 {
                guard let url = link.url else { continue }
                let label = FoldedText.words(link.label)
                if words.aboutLabels.contains(where: { LabelText.contains(label, phrase: $0) }) { wanted.insert(url) }
            }
        }
        return wanted.isEmpty ? [] : snapshot.htmlPages.filter { wanted.contains($0.record.url) }
    }

    /// The legal facts of this audit, computed once for all the legal checks.
    static func of(_ context: AuditContext) -> LegalFacts {
        context.cache.value("legal.facts") { LegalFacts(context) }
    }

    /// The main text of the pages of `kind` (CGV, privacy…), read once per audit.
    static func text(_ kind: LegalPages.Kind, _ context: AuditContext) -> LegalCorpus {
        context.cache.value("legal.text." + kind.rawValue) {
            var corpus = LegalCorpus(words: of(context).words)
            for page in of(context).pages.pages(kind, in: context.snapshot) {
                corpus.appendPage(page.facts.textBlocks, url: page.record.url)
            }
            return corpus
        }
    }

    /// How `LegalCorpus.pagesRead` marks a page of which only the footer was read.
    static let footerMark = " (footer)"

    /// Evidence naming the pages read when nothing was found (and quoting the template text left there).
    var readEvidence: [Evidence] {
        corpus.placeholders.prefix(2).map { Evidence(url: $0.url, excerpt: $0.text) } + corpus.pagesRead.prefix(3).map { read in
            read.hasSuffix(Self.footerMark)
                ? Evidence.note(String(read.dropLast(Self.footerMark.count)), Localized(fr: "pied de page lu", en: "footer read"))
                : Evidence.note(read, Localized(fr: "page lue", en: "page read"))
        }
    }
}

/// Who a legal mention is owed by (CHECKS.md's "applies to" column).
struct LegalAudience: Sendable {
    /// The kinds of publisher that owe it; nil for every kind.
    var kinds: Set<SiteProfile.Kind>?
    /// Anonymous non-professional publishers are exempt.
    var professionalsOnly = true
    var sellersOnly = false
    /// Owed to consumers only: `na` when the CGV restrict sales to professionals.
    var consumersOnly = false
    /// Owed by online sellers only (a contract concluded through the site: cart, checkout, online booking).
    var onlineOnly = false
    /// An obligation of EU law (GDPR): owed by German sites as well.
    var euWide = false

    static let professionals = LegalAudience()
    static let everyone = LegalAudience(professionalsOnly: false)
    /// Everyone, in France and Germany alike (the GDPR's obligations).
    static let everyoneInEU = LegalAudience(professionalsOnly: false, euWide: true)
    static let companies = LegalAudience(kinds: [.company])
    /// Companies and registered sole traders.
    static let registered = LegalAudience(kinds: [.company, .soleTrader])
    static let sellers = LegalAudience(sellersOnly: true)
    /// Sellers to consumers (consumer law: mediator, withdrawal, legal guarantees).
    static let consumerSellers = LegalAudience(sellersOnly: true, consumersOnly: true)
    /// Sellers to consumers through the site itself (the online withdrawal function).
    static let onlineConsumerSellers = LegalAudience(sellersOnly: true, consumersOnly: true, onlineOnly: true)
}

/// Builds legal checks from a finder: applicability first, then pass with the value or fail.
enum LegalMention {
    /// What a finder returns: the value and where it stood, and a status when not a plain pass.
    struct Found {
        var value: String
        /// A remark on the value, in both languages ("expected key: …"), added to the message.
        var note: Localized?
        var segment: LegalCorpus.Segment
        var status: CheckStatus = .pass
        var data: [String: JSONValue] = [:]
    }

    /// The remedy of the identifier checks: add the number, or correct it.
    static let identifierRemedy = Localized(
        fr: "Indiquer le numéro exact, recopié de l'extrait d'immatriculation (vérifiable sur annuaire-entreprises.data.gouv.fr).",
        en: "Give the exact number, copied from the registration record (checkable on annuaire-entreprises.data.gouv.fr).")

    /// `na` (or `unknown`) with a worded reason when the mention does not apply; nil when it does.
    static func applicability(_ meta: CheckMeta, _ facts: LegalFacts, _ audience: LegalAudience, readsGerman: Bool = false) -> CheckResult? {
        let traits = facts.traits
        if traits.jurisdiction == .germany, readsGerman { return nil }
        if traits.jurisdiction == .germany, audience.euWide {
            // GDPR obligations: owed in Germany too.
        } else if traits.jurisdiction == .germany {
            return meta.result(.na, Localized(
                fr: "Site allemand (\(traits.jurisdictionReason.fr)) : mention propre au droit français, non exigée.",
                en: "German site (\(traits.jurisdictionReason.en)): a mention of French law only, not required."),
                evidence: [Evidence(url: facts.corpus.pagesRead.first ?? "", excerpt: "lang=\(traits.language ?? "")")])
        } else if traits.jurisdiction != .france {
            return meta.result(.unknown, Localized(
                fr: "Site en langue « \(traits.language ?? "?") » (\(traits.jurisdictionReason.fr)) : règle française, qui ne s'applique peut-être pas ; vérification non faite.",
                en: "Site in language “\(traits.language ?? "?")” (\(traits.jurisdictionReason.en)): a French rule, which may not apply; not checked."),
                evidence: [Evidence(url: facts.corpus.pagesRead.first ?? "", excerpt: "lang=\(traits.language ?? "")")])
        }
        if audience.professionalsOnly, !traits.isProfessional {
            return meta.result(.na, Localized(fr: "Éditeur non professionnel anonyme : mention non exigée.", en: "Anonymous non-professional publisher: not required."))
        }
        if audience.sellersOnly, !traits.sells {
            return meta.result(.na, Localized(
                fr: "Mention exigée des vendeurs : aucun signe de vente (panier, commande, réservation, devis, tarifs, CGV) ; indiquez `site.sells: true` pour l'exiger.",
                en: "Required from sellers: no sign of selling (cart, order, booking, quote, prices, terms of sale); set `site.sells: true` to require it."))
        }
        if audience.onlineOnly, !traits.sellsOnline {
            return meta.result(.na, Localized(
                fr: "Exigé des contrats conclus en ligne : le site vend sans commande en ligne (\(traits.sellsReason ?? "")) ; indiquez `site.sells: true` pour l'exiger.",
                en: "Required for contracts concluded online: the site sells without an online order (\(traits.sellsReason ?? "")); set `site.sells: true` to require it."))
        }
        if audience.consumersOnly, let sentence = facts.professionalsOnly {
            return meta.result(.na, Localized(
                fr: "Règle du droit de la consommation : les CGV réservent la vente aux professionnels (« \(Evidence.clip(sentence.text, limit: 160)) »).",
                en: "A consumer-law rule: the terms of sale restrict sales to professionals (“\(Evidence.clip(sentence.text, limit: 160))”)."),
                evidence: [Evidence(url: sentence.url, excerpt: sentence.text)])
        }
        if let kinds = audience.kinds, let kind = traits.kind, !kinds.contains(kind),
           !(kind == .publicBody && kinds.contains(.soleTrader) && traits.registeredPublicBody != nil) {
            return meta.result(.na, Localized(
                fr: "Mention non exigée : l'éditeur semble être « \(kind.label.fr) » (\(traits.kindReason ?? "")) ; indiquez `site.kind` pour corriger.",
                en: "Not required: the publisher looks like “\(kind.label.en)” (\(traits.kindReason ?? "")); set `site.kind` to correct it."))
        }
        return nil
    }

    /// The result when a mention that applies was not found: `fail`, or `unknown` when it is owed by some
    /// kinds of publisher only and the publisher's kind could not be told.
    static func notFound(_ meta: CheckMeta, _ facts: LegalFacts, _ audience: LegalAudience) -> CheckResult {
        let data: [String: JSONValue] = ["pages_read": .array(facts.corpus.pagesRead.map { .string($0) })]
        if let unread = unreadNotice(meta, facts) { return unread }
        // Template text left in place (« … doivent être complétées ») says itself that the mentions are missing.
        if audience.kinds != nil, facts.traits.kind == nil, facts.corpus.placeholders.isEmpty {
            return meta.result(.unknown, Localized(
                fr: "\(meta.title.fr) introuvable, mais le type d'éditeur (société, entrepreneur individuel, association…) n'a pas pu être déterminé : indiquez `site.kind` dans .vigie.yml.",
                en: "\(meta.title.en) not found, but the kind of publisher (company, sole trader, association…) could not be told: set `site.kind` in .vigie.yml."),
                evidence: facts.readEvidence, data: data)
        }
        return meta.result(.fail, Localized(
            fr: "\(meta.title.fr) introuvable dans les pages lues (mentions légales, pied de page).",
            en: "\(meta.title.en) not found in the pages read (legal notice, footer)."),
            evidence: facts.readEvidence, data: data)
    }

    /// `unknown` when the legal notice is linked on another origin and was not read: a mention is never
    /// failed on a page that was not read.
    static func unreadNotice(_ meta: CheckMeta, _ facts: LegalFacts) -> CheckResult? {
        guard let link = facts.corpus.unreadNotice else { return nil }
        if let reason = facts.corpus.unreadReason {
            let why = reason == "robots.txt" || reason.hasPrefix("HTTP ") ? .verbatim(reason)
                : reason == "not-read" ? Localized(fr: "limite de pages atteinte", en: "page limit reached") : CrawlErrorText.describe(reason)
            return meta.result(.unknown, Localized(
                fr: "\(meta.title.fr) introuvable dans les pages lues, mais la page « \(link.label) » (\(link.url)) n'a pas été lue (\(why.fr)) : vérifier cette page.",
                en: "\(meta.title.en) not found in the pages read, but the page “\(link.label)” (\(link.url)) was not read (\(why.en)): check that page."),
                evidence: [Evidence(url: link.fromPage, excerpt: "<a href=\"\(link.url)\">\(link.label)</a>")] + facts.readEvidence,
                data: ["unread_notice": .string(link.url), "reason": .string(reason)])
        }
        return meta.result(.unknown, Localized(
            fr: "\(meta.title.fr) introuvable dans les pages lues, mais le lien « \(link.label) » mène à un autre site (\(link.url)), non lu, et la même adresse n'existe pas sur le site audité : vérifier cette page.",
            en: "\(meta.title.en) not found in the pages read, but the link “\(link.label)” leads to another site (\(link.url)), not read, and the same path does not exist on the audited site: check that page."),
            evidence: [Evidence(url: link.fromPage, excerpt: "<a href=\"\(link.url)\">\(link.label)</a>")] + facts.readEvidence,
            data: ["unread_notice": .string(link.url), "reason": .string("legal-notice-on-another-origin")])
    }

    /// A check over the legal text: `find` reads the corpus; absent is `fail` (see `notFound`). `german`,
    /// when given, reads a German site's Impressum instead (§ 5 DDG), where absent is `germanMissing`.
    static func check(_ meta: CheckMeta, audience: LegalAudience = .professionals, examples: [CheckExample],
                      german: (@Sendable (LegalFacts) -> Found?)? = nil, germanMissing: CheckStatus = .fail, warnOnlyWhen: (@Sendable (LegalFacts) -> Bool)? = nil,
                      find: @escaping @Sendable (LegalFacts) -> Found?) -> CheckDefinition {
        CheckDefinition(meta: meta, examples: examples) { context in
            let facts = LegalFacts.of(context)
            if let skipped = applicability(meta, facts, audience, readsGerman: german != nil) { return skipped }
            let isGerman = facts.traits.jurisdiction == .germany
            guard let found = isGerman ? german?(facts) : find(facts) else {
                if let unread = unreadNotice(meta, facts) { return unread }
                if isGerman {
                    return meta.result(germanMissing, Localized(
                        fr: "\(meta.title.fr) introuvable dans l'Impressum (§ 5 DDG, site allemand).",
                        en: "\(meta.title.en) not found in the Impressum (§ 5 DDG, German site)."),
                        evidence: facts.readEvidence, data: ["reference": .string("§ 5 DDG")])
                }
                var result = notFound(meta, facts, audience)
                if result.status == .fail, warnOnlyWhen?(facts) == true { result.status = .warn }
                return result
            }
            var data = found.data
            data["value"] = .string(found.value)
            data["page"] = .string(found.segment.url)
            if isGerman { data["reference"] = .string("§ 5 DDG") }
            // the value is the page's own text: quoted, so that it reads as a quote in either language
            let fr = "« \(found.value) »" + (found.note.map { " (\($0.fr))" } ?? "")
            let en = "“\(found.value)”" + (found.note.map { " (\($0.en))" } ?? "")
            let message = switch found.status {
            case .pass: Localized(fr: fr, en: en)
            case .na: Localized(fr: "Non applicable : \(fr)", en: "Not applicable: \(en)")
            case .fail: Localized(fr: "Invalide : \(fr)", en: "Invalid: \(en)")
            default: Localized(fr: "À vérifier : \(fr)", en: "To check: \(en)")
            }
            return meta.result(found.status, message, evidence: [Evidence(url: found.segment.url, excerpt: found.segment.text)], data: data)
        }
    }

    /// The value after one of `labels` in `segments`.
    static func labelled(_ labels: [String], _ segments: [LegalCorpus.Segment]) -> Found? {
        LegalCorpus.value(after: labels, in: segments).map { Found(value: $0.value, segment: $0.segment) }
    }

    /// The first match of `pattern`.
    static func matched(_ pattern: TextPattern, _ segments: [LegalCorpus.Segment]) -> Found? {
        LegalCorpus.first(pattern, in: segments).map {
            Found(value: $0.match.split(whereSeparator: \.isNewline).joined(separator: " ").trimmed(of: [",", ";"]), segment: $0.segment)
        }
    }
}
