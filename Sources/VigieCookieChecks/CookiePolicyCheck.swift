import VigieCheckKit
import VigieCore

/// `cookies.policy`: a cookie policy (or a privacy policy) is linked.
enum CookiePolicyCheck {
    static let meta = CheckMeta(
        id: "cookies.policy", module: .cookies,
        title: Localized(fr: "Politique cookies accessible", en: "Cookie policy available"),
        passTitle: Localized(fr: "Politique cookies accessible", en: "Cookie policy available"),
        failTitle: Localized(fr: "Pas de politique cookies", en: "No cookie policy"),
        explanation: Localized(
            fr: "Une page explique quels traceurs le site utilise, à quoi ils servent, combien de temps ils vivent et comment changer d'avis ; un lien y mène depuis chaque page, en général dans le pied de page.",
            en: "A page explains which trackers the site uses, what for, how long they live and how to change one's mind; a link leads there from every page, usually in the footer."),
        remedy: Localized(fr: "Publier une page « Politique cookies » et la lier dans le pied de page.", en: "Publish a \"Cookie policy\" page and link it in the footer."),
        reference: CookieReference.consent + " ; RGPD art. 13", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("cookie policy in the footer", expect: .pass, html: CookieExamples.page()),
            CheckExample("privacy policy only", expect: .pass, html: CookieExamples.page(
                footer: #"<footer><a href="/confidentialite">Politique de confidentialité</a></footer>"#)),
            CheckExample("Google Analytics and no policy", expect: .fail, html: CookieExamples.page(
                head: CookieExamples.gtag, footer: #"<footer><a href="/mentions-legales">Mentions légales</a></footer>"#)),
            CheckExample("no tracker, no cookie, no policy", expect: .na, html: CookieExamples.page(footer: #"<footer><a href="/mentions-legales">Mentions légales</a></footer>"#)),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        var privacy: (url: String, link: LinkFact)?
        // Menus and footers repeat on every page: each distinct label and href is read once.
        var labelNames = Memo { label in
            let normalized = LabelText.normalize(label)
            return (policy: CookieWords.first(words.policy, in: normalized) != nil, privacy: CookieWords.first(words.privacy, in: normalized) != nil)
        }
        var hrefKind = Memo { href -> (followed: Bool, policy: Bool) in
            let lower = href.lowercased()
            guard !lower.hasPrefix("#"), !lower.hasPrefix("javascript:") else { return (false, false) }
            return (true, words.policyURL.contains { StructureText.containsBytes(lower, $0) })
        }
        for (record, facts) in context.snapshot.htmlPages {
            for link in facts.links {
                let href = hrefKind(link.href)
                guard href.followed else { continue }
                let label = labelNames(link.label)
                if label.policy || href.policy {
                    return meta.result(.pass, Localized(fr: "Politique cookies liée : « \(link.label) ».", en: "Cookie policy linked: \"\(link.label)\"."),
                                       evidence: [Evidence(url: record.url, excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: link.path)])
                }
                if privacy == nil, label.privacy { privacy = (record.url, link) }
            }
        }
        if let privacy {
            return meta.result(.pass, Localized(
                fr: "Pas de page cookies dédiée ; la politique de confidentialité est liée (« \(privacy.link.label) ») : vérifier qu'elle traite des cookies.",
                en: "No dedicated cookie page; the privacy policy is linked (\"\(privacy.link.label)\"): check that it covers cookies."),
                evidence: [Evidence(url: privacy.url, excerpt: "<a href=\"\(privacy.link.href)\">\(privacy.link.label)</a>", selector: privacy.link.path)])
        }
        let analysis = CookieAnalysis.of(context)
        if context.snapshot.cookies.isEmpty, analysis.consentTools.isEmpty, analysis.trackers([.yes, .review]).isEmpty {
            return meta.result(.na, Localized(
                fr: "Ni traceur, ni outil de consentement, ni cookie déposé : pas de politique cookies à exiger.",
                en: "No tracker, consent tool or cookie set: no cookie policy to require."))
        }
        return meta.result(.fail, Localized(fr: "Aucun lien vers une politique cookies ou de confidentialité.", en: "No link to a cookie or privacy policy."),
                           evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "aucun lien « cookies » ni « confidentialité »", en: "no “cookies” or “privacy” link"), selector: "footer a")])
    }
}
