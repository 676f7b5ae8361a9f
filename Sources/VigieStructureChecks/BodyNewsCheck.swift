import Foundation
import VigieCheckKit
import VigieCore

/// `body.news`: the site publishes news, a blog or articles (a sign that it lives).
enum BodyNewsCheck {
    static let meta = CheckMeta(
        id: "body.news", module: .structure,
        title: Localized(fr: "Actualités ou blog", en: "News or blog"),
        passTitle: Localized(fr: "Actualités ou blog", en: "News or blog"),
        failTitle: Localized(fr: "Pas d'actualités ni de blog", en: "No news or blog"),
        explanation: Localized(
            fr: "Des actualités ou un blog montrent que l'entreprise est active, fidélisent les visiteurs et nourrissent le référencement.",
            en: "News or a blog show the company is active, bring visitors back and feed search rankings."),
        remedy: Localized(
            fr: "Ouvrir une rubrique « Actualités » ou un blog et mettre en avant les derniers articles sur l'accueil.",
            en: "Open a \"News\" section or a blog and show the latest posts on the home page."),
        reference: "Grille d'audit BTS NDRC (animation du site)", severity: .notice, section: .body, gridZone: .body)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("news section on the home page", expect: .pass, html: "<html><body><main><h1>Dupont</h1><section><h2>Nos actualités</h2><article><h3>Nouveau showroom</h3><time datetime='2024-05-02'>2 mai 2024</time></article></section></main></body></html>"),
            CheckExample("blog link in the menu", expect: .pass, html: "<html><body><header><nav><a href='/services'>Services</a><a href='/blog/'>Blog</a></nav></header><main><h1>Dupont</h1></main></body></html>"),
            CheckExample("no news", expect: .fail, html: "<html><body><header><nav><a href='/services'>Services</a><a href='/contact'>Contact</a></nav></header><main><h1>Dupont</h1><p>Plombier.</p></main></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(StructureWords.self).sections.news
        let presence = Presence(
            meta: meta, zone: .body,
            strength: { Localized(fr: "Actualités / blog qui montrent un site vivant (\($0))", en: "News / blog showing a living site (\($0))") },
            homeWeakness: Localized(fr: "Pas d'actualités ni de blog mis en avant", en: "No news or blog put forward"),
            siteWeakness: Localized(fr: "Pas d'actualités ni de blog sur le site", en: "No news or blog on the site"),
            found: { Localized(fr: "Actualités ou blog trouvés (\($0)).", en: "News or blog found (\($0)).") },
            missing: Localized(fr: "Aucune rubrique d'actualités, de blog ni d'article daté.", en: "No news section, blog or dated article."))
        let articlePages = Set(context.snapshot.htmlPages.filter { $0.facts.articleCount > 0 }.map { StructurePage.key($0.record.url) })
        let terms = StructureText.Terms(words)
        return presence.run(context) { page in
            if let heading = page.facts.headings.first(where: { page.inBody($0.zone, $0.order) && terms.first(in: $0.text) != nil }) {
                return .init(excerpt: "<h\(heading.level)>\(heading.text)", selector: "h\(heading.level)", label: "« \(Evidence.clip(heading.text, limit: 40)) »")
            }
            if page.facts.articleCount > 0 {
                return .init(excerpt: Plural.nfr(page.facts.articleCount, "article daté", "articles datés"), selector: "article time", label: Plural.nfr(page.facts.articleCount, "article", "articles"))
            }
            if let link = page.facts.links.first(where: { link in
                StructurePage.isInternal(link.url, homeURL: context.snapshot.homeURL)
                    && (terms.first(in: link.label) != nil || link.url.map { articlePages.contains(StructurePage.key($0)) } == true)
            }) {
                return .init(excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: link.path.isEmpty ? nil : link.path, label: "lien « \(Evidence.clip(link.label, limit: 40)) »")
            }
            return nil
        }
    }
}
