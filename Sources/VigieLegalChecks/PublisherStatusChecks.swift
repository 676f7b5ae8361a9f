import VigieCheckKit
import VigieCore

/// Mentions owed by some publishers only: the sole trader's "EI", the editor of an editorial site, the
/// anonymous individual's statement, and the accessibility status.
enum PublisherStatusChecks {
    static let all: [CheckDefinition] = [eiMention, editorInChief, anonymousIndividual, accessibility]

    static let eiPattern = TextPattern(#"\bE\.?I\.?\b|[Ee]ntrepreneur individuel|[Ee]ntreprise individuelle"#)
    static let articleTypes: Set<String> = ["Article", "NewsArticle", "BlogPosting", "Blog"]
    static let accessibilityPattern = TextPattern(#"[Aa]ccessibilit[ée]\s*:?\s*(?:du site\s*:?\s*)?(non conforme|partiellement conforme|totalement conforme)"#)

    static let eiMention = LegalMention.check(
        CheckMeta(
            id: "legal.publisher.ei-mention", module: .legal,
            title: Localized(fr: "Mention « EI »", en: "“EI” mention"),
            explanation: Localized(
                fr: "Depuis mai 2022, l'entrepreneur individuel fait suivre ou précéder son nom de « EI » ou « entrepreneur individuel ».",
                en: "Since May 2022 a sole trader writes “EI” or “entrepreneur individuel” next to their name."),
            remedy: Localized(
                fr: "Écrire « EI » à côté du nom (« Jean Dupont EI »).",
                en: "Write “EI” next to the name (“Jean Dupont EI”)."),
            reference: "C. com. L526-22, R526-26", severity: .warning),
        audience: LegalAudience(kinds: [.soleTrader]),
        examples: [
            CheckExample("name followed by EI", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Site édité par Jean Durand EI, 5 rue Haute 44000 Nantes, SIREN 732 829 320</p>")),
            CheckExample("micro-entrepreneur without EI", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Site édité par Jean Durand, micro-entrepreneur, SIREN 732 829 320</p>")),
            CheckExample("a company", expect: .na, pages: LegalExamples.full),
        ]) { facts in
        LegalMention.matched(eiPattern, facts.corpus.publisher)
    }

    static let editorMeta = CheckMeta(
        id: "legal.editor-in-chief", module: .legal,
        title: Localized(fr: "Responsable de la rédaction", en: "Editor-in-chief"),
        explanation: Localized(
            fr: "Un site qui publie des articles (blog, actualités) nomme, s'il existe, le responsable de la rédaction.",
            en: "A site publishing articles (blog, news) names its editor when it has one."),
        remedy: Localized(
            fr: "Nommer le responsable de la rédaction dans les mentions légales.",
            en: "Name the editor in the legal notice."),
        reference: "LCEN art. 1-1 ; loi du 29 juillet 1982 art. 93-2", severity: .notice)

    static let editorInChief = CheckDefinition(meta: editorMeta, examples: [
        CheckExample("editorial site naming its editor", expect: .pass, pages: LegalExamples.site("<p>Responsable de la rédaction : Paul Martin</p>" + LegalExamples.fullNotice, home: blog) + blogPages),
        CheckExample("editorial site without editor", expect: .fail, pages: LegalExamples.site(LegalExamples.fullNotice, home: blog) + blogPages),
        CheckExample("no articles", expect: .na, pages: LegalExamples.full),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(editorMeta, facts, .professionals) { return skipped }
        let articles = context.snapshot.htmlPages.filter { page in
            !page.facts.schemaTypes.filter(articleTypes.contains).isEmpty || facts.words.editorialPaths.contains { StructureText.containsBytes(page.record.url, $0) }
        }
        guard articles.count >= 3 else {
            return editorMeta.result(.na, Localized(fr: "Pas de contenu éditorial (moins de 3 articles trouvés).", en: "No editorial content (fewer than 3 articles found)."))
        }
        if let found = LegalCorpus.value(after: facts.words.editorLabels, in: facts.corpus.publisher) {
            return editorMeta.result(.pass, Localized(fr: "Responsable de la rédaction : \(found.value)", en: "Editor: \(found.value)"),
                                     evidence: [Evidence(url: found.segment.url, excerpt: found.segment.text)])
        }
        return editorMeta.result(.fail, Localized(
            fr: "\(articles.count) articles publiés, mais aucun responsable de la rédaction nommé.",
            en: "\(articles.count) articles published, but no editor named."),
            evidence: [Evidence.note(articles[0].record.url, Localized(fr: "article", en: "article"))] + facts.readEvidence)
    }

    static let blog = #"<h1>Le blog</h1><a href="/blog/pain">Le pain</a> <a href="/blog/farine">La farine</a> <a href="/blog/levain">Le levain</a>"#
    static let blogPages = ["pain", "farine", "levain"].map {
        CheckExample.Page("/blog/\($0)", #"<html lang="fr"><body><main><article><h1>Article</h1><p>Texte.</p></article></main></body></html>"#)
    }

    static let anonymousMeta = CheckMeta(
        id: "legal.anonymous-individual", module: .legal,
        title: Localized(fr: "Éditeur non professionnel anonyme", en: "Anonymous non-professional publisher"),
        explanation: Localized(
            fr: "Un particulier éditant à titre non professionnel peut rester anonyme, à condition d'indiquer l'hébergeur (nom, adresse, téléphone) à qui il a donné son identité.",
            en: "A private person publishing as a non-professional may stay anonymous, provided the host (name, address, phone), who holds their identity, is given."),
        remedy: Localized(
            fr: "Indiquer le nom, l'adresse et le téléphone de l'hébergeur.",
            en: "Give the host's name, address and phone."),
        reference: "LCEN art. 1-1 II", severity: .notice)

    static let anonymousIndividual = CheckDefinition(meta: anonymousMeta, examples: [
        CheckExample("anonymous, host given", expect: .pass, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Ce site est édité par un particulier, à titre non professionnel, qui a choisi de rester anonyme.</p><h2>Hébergeur</h2><p>OVH SAS, 2 rue Kellermann, 59100 Roubaix, 09 72 10 10 07</p>")),
        CheckExample("anonymous, no host", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Ce site est édité par un particulier, à titre non professionnel, qui a choisi de rester anonyme.</p>")),
        CheckExample("identified company", expect: .na, pages: LegalExamples.full),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(anonymousMeta, facts, .everyone) { return skipped }
        guard facts.traits.anonymous, let statement = facts.corpus.publisher.first(where: { FoldedText.firstMatch($0.folded, facts.words.anonymousWords) != nil }) else {
            return anonymousMeta.result(.na, Localized(fr: "L'éditeur ne se déclare pas particulier anonyme.", en: "The publisher does not declare itself an anonymous individual."))
        }
        let host = facts.corpus.host.first { !$0.isHeading }
        guard let host else {
            return anonymousMeta.result(.fail, Localized(
                fr: "Éditeur anonyme, mais l'hébergeur n'est pas identifié : c'est la seule identité que le site doit alors donner.",
                en: "Anonymous publisher, but the host is not identified: it is the one identity the site must then give."),
                evidence: [Evidence(url: statement.url, excerpt: statement.text)])
        }
        return anonymousMeta.result(.pass, Localized(
            fr: "Éditeur non professionnel anonyme (les mentions de l'éditeur deviennent sans objet) ; hébergeur indiqué.",
            en: "Anonymous non-professional publisher (publisher mentions do not apply); host given."),
            evidence: [Evidence(url: statement.url, excerpt: statement.text), Evidence(url: host.url, excerpt: host.text)])
    }

    static let accessibilityMeta = CheckMeta(
        id: "legal.accessibility", module: .legal,
        title: Localized(fr: "Statut d'accessibilité", en: "Accessibility status"),
        explanation: Localized(
            fr: "La page d'accueil indique « Accessibilité : non / partiellement / totalement conforme » et renvoie à la déclaration d'accessibilité. Obligatoire pour les organismes publics et les entreprises de plus de 250 M€ de chiffre d'affaires ; pour le commerce en ligne depuis l'Acte européen d'accessibilité (juin 2025), micro-entreprises exemptées.",
            en: "The home page shows “Accessibilité : non / partiellement / totalement conforme” and links the accessibility statement. Required for public bodies and companies over €250 M turnover; for e-commerce under the European Accessibility Act (June 2025), micro-enterprises exempt."),
        remedy: Localized(
            fr: "Publier une déclaration d'accessibilité et afficher le statut en pied de page.",
            en: "Publish an accessibility statement and show the status in the footer."),
        reference: "Loi 2005-102 art. 47 ; décret 2019-768 ; directive (UE) 2019/882 (EAA)", severity: .warning)

    static let accessibility = CheckDefinition(meta: accessibilityMeta, examples: [
        CheckExample("status and statement in the footer", expect: .pass, pages: LegalExamples.site(LegalExamples.fullNotice,
            footer: #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>"#)),
        CheckExample("public body without status", expect: .fail, pages: LegalExamples.site("<h1>Mentions légales</h1><p>Site édité par la Mairie de Trifouilly, 1 place de la Mairie 12345 Trifouilly</p>")),
        CheckExample("seller of unknown size without status", expect: .warn, pages: SalesTermsChecks.shop(cgv: SalesTermsChecks.fullCGV)),
        CheckExample("small company not selling", expect: .na, pages: LegalExamples.full),
    ]) { context in
        let facts = LegalFacts.of(context)
        if let skipped = LegalMention.applicability(accessibilityMeta, facts, .everyone) { return skipped }
        let statement = facts.pages.links[.accessibility]?.first
        var status: (String, Evidence)?
        for segment in facts.corpus.segments {
            if let found = accessibilityPattern.first(in: segment.text) { status = (found.groups.first ?? found.match, Evidence(url: segment.url, excerpt: segment.text)); break }
        }
        if status == nil, let link = facts.pages.links[.accessibility]?.first(where: { accessibilityPattern.first(in: $0.label) != nil }) {
            status = (accessibilityPattern.first(in: link.label)?.groups.first ?? link.label, Evidence(url: link.fromPage, excerpt: "<a href=\"\(link.url)\">\(link.label)</a>"))
        }
        if let status, let statement {
            return accessibilityMeta.result(.pass, Localized(fr: "Accessibilité : \(status.0), déclaration liée.", en: "Accessibility: \(status.0), statement linked."),
                                            evidence: [status.1, Evidence(url: statement.fromPage, excerpt: "<a href=\"\(statement.url)\">\(statement.label)</a>")])
        }
        let traits = facts.traits
        let required = traits.kind == .publicBody || traits.size == .large
        let eaa = traits.sellsOnline && traits.size != .micro
        let partial = status?.1 ?? statement.map { Evidence(url: $0.fromPage, excerpt: "<a href=\"\($0.url)\">\($0.label)</a>") }
        if let partial {
            return accessibilityMeta.result(.warn, Localized(
                fr: status == nil ? "Déclaration d'accessibilité liée, mais le statut (non / partiellement / totalement conforme) n'est pas affiché." : "Statut affiché, mais pas de lien vers la déclaration d'accessibilité.",
                en: status == nil ? "Accessibility statement linked, but the status (non / partially / fully compliant) is not shown." : "Status shown, but no link to the accessibility statement."),
                evidence: [partial])
        }
        if required {
            return accessibilityMeta.result(.fail, Localized(
                fr: "Aucun statut d'accessibilité alors que l'éditeur y est tenu (\(traits.kind == .publicBody ? "organisme public" : "grande entreprise")).",
                en: "No accessibility status although the publisher must show one (\(traits.kind == .publicBody ? "public body" : "large company"))."),
                evidence: [Evidence(url: context.snapshot.homeURL, excerpt: traits.kindReason ?? "site.size: large")])
        }
        if eaa {
            return accessibilityMeta.result(.warn, Localized(
                fr: "Aucun statut d'accessibilité : exigé pour le commerce en ligne (EAA) sauf micro-entreprise — indiquez `site.size: micro` si c'est le cas.",
                en: "No accessibility status: required for e-commerce (EAA) unless a micro-enterprise — set `site.size: micro` if so."),
                evidence: [Evidence(url: context.snapshot.homeURL, excerpt: traits.sellsReason ?? "")])
        }
        return accessibilityMeta.result(.na, Localized(
            fr: "Statut d'accessibilité non exigé pour ce type d'éditeur (ni organisme public, ni grande entreprise, ni vente en ligne hors micro-entreprise).",
            en: "Accessibility status not required for this publisher (not a public body, not a large company, no e-commerce beyond a micro-enterprise)."))
    }
}
