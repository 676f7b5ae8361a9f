import VigieCheckKit
import VigieCore

/// `cookies.manage-link`: every page offers a way to change one's choice later.
enum ManageLinkCheck {
    static let meta = CheckMeta(
        id: "cookies.manage-link", module: .cookies,
        title: Localized(fr: "Lien pour modifier ses choix", en: "Link to change one's choice"),
        passTitle: Localized(fr: "Lien pour modifier ses choix", en: "Link to change one's choices"),
        failTitle: Localized(fr: "Pas de lien pour modifier ses choix ({pages})", en: "No link to change one's choices ({pages})"),
        explanation: Localized(
            fr: "Retirer son consentement doit être aussi simple que le donner : un lien « Gérer les cookies » ou un bouton permanent, sur chaque page, rouvre le choix.",
            en: "Withdrawing consent must be as easy as giving it: a \"Manage cookies\" link or a permanent button, on every page, reopens the choice."),
        remedy: Localized(
            fr: "Ajouter dans le pied de page un lien « Gérer les cookies » qui rouvre le panneau de l'outil de consentement.",
            en: "Add a \"Manage cookies\" footer link that reopens the consent tool's panel."),
        reference: CookieReference.consent, severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("footer link", expect: .pass, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood, footer:
                ##"<footer><a href="#" onclick="tarteaucitron.userInterface.openPanel();return false">Gérer les cookies</a></footer>"##)),
            CheckExample("tarteaucitron icon", expect: .pass, html: CookieExamples.page(head: CookieExamples.tarteaucitron)),
            CheckExample("no way back", expect: .fail, html: CookieExamples.page(head: CookieExamples.gatedGA, body: CookieExamples.bannerGood, footer:
                #"<footer><a href="/mentions-legales">Mentions légales</a></footer>"#)),
            CheckExample("banner drawn by a self-hosted script, no link", expect: .warn, html: CookieExamples.page(head: CookieExamples.bannerScript)),
            CheckExample("a « Cookies » link to the cookie policy is not a way back", expect: .fail, html: CookieExamples.page(
                head: CookieExamples.gtag, footer: #"<footer><a href="/mentions-legales/">Mentions légales</a> <a href="/politique-cookies/">Cookies</a></footer>"#)),
            CheckExample("nothing to manage", expect: .na, html: CookieExamples.page()),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(CookieWords.self)
        let analysis = CookieAnalysis.of(context)
        guard analysis.scriptBanner != nil || analysis.banner != nil || !analysis.trackers([.yes, .review]).isEmpty else {
            return meta.result(.na, Localized(fr: "Ni traceur ni outil de consentement : aucun choix à modifier.", en: "No tracker and no consent tool: no choice to change."))
        }
        var level = PageLevel()
        for page in analysis.pages {
            level.add(contentsOf: outcome(page, words: words, analysis: analysis))
        }
        return level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Un moyen de modifier son choix \(Plural.onEvery(total).fr).", en: "A way to change one's choice \(Plural.onEvery(total).en).")
                : Localized(fr: "Aucun moyen de modifier son choix : \(Plural.pagesOf(failing, total).fr).", en: "No way to change one's choice: \(Plural.pagesOf(failing, total).en).")
        }
    }

    private static func outcome(
        _ page: (url: String, facts: PageFacts, detections: [TrackerDetection]), words: CookieWords, analysis: CookieAnalysis
    ) -> PageLevel.Outcome {
        for link in page.facts.links {
            let label = LabelText.normalize(link.label)
            let href = link.href.lowercased()
            // « Cookies » leading to the cookie policy is the policy's link, not a way to change one's choice.
            let policyPage = !href.hasPrefix("#") && !href.hasPrefix("javascript:") && words.policy.contains(label)
            if CookieWords.starting(words.manage, label: label) != nil && !policyPage || words.manageCalls.contains(where: href.contains) {
                return .init(.pass, Evidence(url: page.url, excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: link.path))
            }
        }
        for button in page.facts.buttons {
            let calls = (button.attributes.values.joined(separator: " ") + " " + (button.id ?? "") + " " + button.classes.joined(separator: " ")).lowercased()
            if CookieWords.starting(words.manage, label: LabelText.normalize(button.label)) != nil || words.manageCalls.contains(where: calls.contains) {
                return .init(.pass, Evidence(url: page.url, excerpt: "<\(button.tag)>\(button.label)</\(button.tag)>", selector: button.path))
            }
        }
        let tools = page.detections.filter(\.signature.isConsentTool)
        if let tool = tools.first(where: { $0.signature.floatingButton }) {
            let hidden = tool.signature.name == "tarteaucitron.js" && TarteaucitronConfig(page.facts)?.showIcon == false
            if !hidden {
                return .init(.pass, Evidence.note(page.url, Localized(fr: "bouton permanent de \(tool.signature.name)", en: "\(tool.signature.name)'s permanent button"), selector: tool.selector))
            }
        }
        if let tool = tools.first {
            return .init(.warn, Evidence.note(page.url, Localized(fr: "aucun lien « Gérer les cookies » ; \(tool.signature.name) en affiche peut-être un : à vérifier",
                                                         en: "no “Manage cookies” link; \(tool.signature.name) may show one: to verify"), selector: "footer"))
        }
        if let shown = analysis.scriptBanner {
            return .init(.warn, Evidence.note(page.url, Localized(
                fr: "aucun lien « Gérer les cookies » ; le bandeau affiché par \(shown.drawnBy.fr) en offre peut-être un : à vérifier dans un navigateur",
                en: "no “Manage cookies” link; the banner drawn by \(shown.drawnBy.en) may offer one: to verify in a browser"), selector: "footer"))
        }
        return .init(.fail, Evidence.note(page.url, Localized(fr: "aucun lien « Gérer les cookies » ni bouton permanent", en: "no “Manage cookies” link nor permanent button"), selector: "footer"))
    }
}

extension PageLevel {
    /// Adds one page's outcome.
    mutating func add(contentsOf outcome: Outcome) { add(outcome.status, outcome.evidence) }
}
