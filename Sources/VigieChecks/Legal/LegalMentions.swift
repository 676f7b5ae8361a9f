import VigieCore

/// The facts every legal check starts from: legal pages, corpus and traits, computed per context.
struct LegalFacts: Sendable {
    var pages: LegalPages
    var corpus: LegalCorpus
    var traits: SiteTraits

    init(_ context: AuditContext) {
        pages = LegalPages(snapshot: context.snapshot, words: context.rules.pack(PriorityPageWords.self))
        corpus = LegalCorpus(snapshot: context.snapshot, legalPages: pages)
        traits = SiteTraits(snapshot: context.snapshot, corpus: corpus, profile: context.profile)
    }

    /// The legal facts of this audit, computed once for all the legal checks.
    static func of(_ context: AuditContext) -> LegalFacts {
        context.cache.value("legal.facts") { LegalFacts(context) }
    }

    /// Evidence naming the pages read when nothing was found.
    var readEvidence: [Evidence] {
        corpus.pagesRead.prefix(3).map { Evidence(url: $0, excerpt: "page lue / page read") }
    }
}

/// Builds legal checks from a finder: applicability first, then pass with the value or fail.
enum LegalMention {
    /// What a finder returns: the value and where it stood, and a status when not a plain pass.
    struct Found {
        var value: String
        var segment: LegalCorpus.Segment
        var status: CheckStatus = .pass
        var data: [String: JSONValue] = [:]
    }

    static func meta(_ id: String, _ fr: String, _ en: String, _ whyFr: String, _ whyEn: String, _ ref: String = "LCEN art. 1-1", _ severity: Severity = .error) -> CheckMeta {
        CheckMeta(
            id: id, module: .legal, title: Localized(fr: fr, en: en),
            explanation: Localized(fr: whyFr, en: whyEn),
            remedy: Localized(fr: "Ajouter « \(fr) » aux mentions légales, lisiblement.", en: "Add the \(en.lowercased()) to the legal notice."),
            reference: ref, severity: severity)
    }

    /// `na` with a worded reason when the mention does not apply; nil when it does.
    static func applicability(_ meta: CheckMeta, _ facts: LegalFacts, companiesOnly: Bool = false, professionalsOnly: Bool = true) -> CheckResult? {
        let traits = facts.traits
        if traits.jurisdiction == .other {
            return meta.result(.unknown, Localized(
                fr: "Site en langue « \(traits.language ?? "?") » : les règles françaises ne s'appliquent peut-être pas ; vérification non faite.",
                en: "Site in language “\(traits.language ?? "?")”: French rules may not apply; not checked."),
                evidence: [Evidence(url: facts.corpus.pagesRead.first ?? "", excerpt: "lang=\(traits.language ?? "")")])
        }
        if professionalsOnly, !traits.isProfessional {
            return meta.result(.na, Localized(fr: "Éditeur non professionnel anonyme : mention non exigée.", en: "Anonymous non-professional publisher: not required."))
        }
        if companiesOnly, let kind = traits.kind, kind != .company {
            return meta.result(.na, Localized(
                fr: "Mention non exigée : l'éditeur semble être « \(kind.rawValue) » (\(traits.kindReason ?? "")) ; indiquez `site.kind: company` pour l'exiger.",
                en: "Not required: the publisher looks like “\(kind.rawValue)” (\(traits.kindReason ?? "")); set `site.kind: company` to require it."))
        }
        return nil
    }

    /// A check over the legal text: `find` reads the corpus; absent is `fail`.
    static func check(_ meta: CheckMeta, companiesOnly: Bool = false, examples: [CheckExample], find: @escaping @Sendable (LegalFacts) -> Found?) -> CheckDefinition {
        CheckDefinition(meta: meta, examples: examples) { context in
            let facts = LegalFacts.of(context)
            if let na = applicability(meta, facts, companiesOnly: companiesOnly) { return na }
            guard let found = find(facts) else {
                return meta.result(.fail, Localized(
                    fr: "\(meta.title.fr) introuvable dans les pages lues (mentions légales, pied de page).",
                    en: "\(meta.title.en) not found in the pages read (legal notice, footer)."),
                    evidence: facts.readEvidence, data: ["pages_read": .array(facts.corpus.pagesRead.map { .string($0) })])
            }
            var data = found.data
            data["value"] = .string(found.value)
            data["page"] = .string(found.segment.url)
            let message = found.status == .pass
                ? Localized(fr: "\(meta.title.fr) : \(found.value)", en: "\(meta.title.en): \(found.value)")
                : Localized(fr: "\(meta.title.fr) à vérifier : \(found.value)", en: "\(meta.title.en) to check: \(found.value)")
            return meta.result(found.status, message, evidence: [Evidence(url: found.segment.url, excerpt: found.segment.text)], data: data)
        }
    }

    /// The value after one of `labels` in `segments`.
    static func labelled(_ labels: [String], _ segments: [LegalCorpus.Segment]) -> Found? {
        LegalCorpus.value(after: labels, in: segments).map { Found(value: $0.value, segment: $0.segment) }
    }

    /// The first match of `pattern`.
    static func matched(_ pattern: TextPattern, _ segments: [LegalCorpus.Segment]) -> Found? {
        LegalCorpus.first(pattern, in: segments).map { Found(value: $0.match.trimmed(of: [",", ";"]), segment: $0.segment) }
    }
}
