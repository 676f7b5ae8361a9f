import VigieCheckKit
import VigieCore

/// `responsive.media-queries`: the site's CSS has width-based media queries.
enum MediaQueriesCheck {
    static let meta = CheckMeta(
        id: "responsive.media-queries", module: .responsive,
        title: Localized(fr: "Mise en page adaptée à la largeur d'écran", en: "Layout adapted to screen width"),
        passTitle: Localized(fr: "Mise en page adaptée à la largeur d'écran", en: "Layout adapted to the screen width"),
        failTitle: Localized(fr: "Mise en page non adaptée à la largeur d'écran", en: "Layout not adapted to the screen width"),
        explanation: Localized(
            fr: "Les requêtes média sur la largeur (@media (max-width: …)) adaptent la mise en page au téléphone : colonnes empilées, menu replié. Sans elles, la même mise en page de bureau est servie partout.",
            en: "Width media queries (@media (max-width: …)) adapt the layout to phones: stacked columns, folded menu. Without them, the same desktop layout is served everywhere."),
        remedy: Localized(
            fr: "Ajouter des requêtes média sur la largeur (ou passer à un thème responsive) pour que la mise en page s'adapte aux petits écrans.",
            en: "Add width media queries (or move to a responsive theme) so the layout adapts to small screens."),
        reference: "Google Search Central, mobile-friendly sites; WCAG 2.2 SC 1.4.10 (reflow)", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("media query inline", expect: .pass, html: "<html><head><style>.col{float:left} @media (max-width: 600px) { .col { float: none } }</style></head><body></body></html>"),
            CheckExample("media query only in the linked stylesheet", expect: .pass, pages: [
                .init("/", #"<html><head><link rel="stylesheet" href="/style.css"></head><body><p>x</p></body></html>"#),
            ], stylesheets: ["/style.css": "body{margin:0}\n@media screen and (min-width: 48em) {\n  .nav { display: flex }\n}"]),
            CheckExample("media attribute on the link", expect: .pass, pages: [
                .init("/", #"<html><head><link rel="stylesheet" href="/small.css" media="(max-width: 640px)"></head><body></body></html>"#),
            ], stylesheets: ["/small.css": "body{font-size:18px}"]),
            CheckExample("import with a width query", expect: .pass, html: #"<html><head><style>@import url("mobile.css") screen and (max-width: 700px); body{color:#333}</style></head><body></body></html>"#),
            CheckExample("media query hidden in a comment", expect: .fail, pages: [
                .init("/", #"<html><head><link rel="stylesheet" href="/style.css"></head><body></body></html>"#),
            ], stylesheets: ["/style.css": "/* @media (max-width: 600px) { body { font-size: 20px } } */\nbody { width: 960px; margin: 0 auto }\n.note:after { content: \"@media (max-width: 1px)\" }"]),
            CheckExample("print media only", expect: .fail, html: "<html><head><style>@media print { nav { display:none } } body{font:12px Arial}</style></head><body></body></html>"),
            CheckExample("stylesheet from another site not read", expect: .unknown, html: #"<html><head><link rel="stylesheet" href="https://cdn.example.net/theme.css"></head><body></body></html>"#),
            CheckExample("unread Google Fonts stylesheet does not hide the verdict", expect: .fail, pages: [
                .init("/", #"<html><head><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Lato"><link rel="stylesheet" href="/style.css"></head><body></body></html>"#),
            ], stylesheets: ["/style.css": "#wrapper { width: 960px }"]),
            CheckExample("no CSS at all", expect: .na, html: "<html><head></head><body><p>x</p></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let css = SiteCSS(context.snapshot)
        let words = context.rules.pack(ResponsiveWords.self)
        var found: [Evidence] = []
        var count = 0
        for source in css.sources {
            for rule in source.sheet.atRules where rule.isWidthQuery {
                count += 1
                if found.count < 5 {
                    found.append(Evidence(url: source.url, excerpt: rule.text, selector: source.inline ? "style" : nil,
                                          note: Localized(fr: "ligne \(rule.line)", en: "line \(rule.line)")))
                }
            }
        }
        for link in css.links {
            guard let media = link.media, SiteCSS.isWidthMedia(media) else { continue }
            count += 1
            if found.count < 5 {
                found.append(Evidence(url: link.page, excerpt: "<link rel=\"stylesheet\" href=\"\(link.href)\" media=\"\(media)\">", selector: "head > link[media]"))
            }
        }
        let data: [String: JSONValue] = [
            "width_queries": .number(Double(count)),
            "stylesheets_read": .number(Double(css.sources.filter { !$0.inline }.count)),
            "inline_styles_read": .number(Double(css.sources.filter(\.inline).count)),
            "stylesheets_unread": .array(css.unread.prefix(20).map { .string($0) }),
        ]
        if !found.isEmpty {
            return meta.result(.pass, Localized(
                fr: "\(Plural.nfr(count, "requête média sur la largeur trouvée", "requêtes média sur la largeur trouvées")) dans le CSS du site.",
                en: "\(count) width media quer(ies) found in the site's CSS."), evidence: found, data: data)
        }
        let allLinks = css.links.map(\.href) + css.sources.map(\.url)
        if let framework = allLinks.first(where: { href in
            words.responsiveFrameworks.contains { href.lowercased().contains($0.lowercased()) }
        }) {
            return meta.result(.pass, Localized(
                fr: "Le site charge un framework CSS responsive (\(framework)).",
                en: "The site loads a responsive CSS framework (\(framework))."),
                evidence: [Evidence(url: context.snapshot.homeURL, excerpt: "<link rel=\"stylesheet\" href=\"\(framework)\">", selector: "head > link")], data: data)
        }
        // Unread font and icon stylesheets cannot hold the layout: they do not make the verdict unknown.
        let unread = css.unread.filter { href in !words.fontStylesheets.contains { href.lowercased().contains($0.lowercased()) } }
        if css.sources.isEmpty, unread.isEmpty {
            return meta.result(.na, Localized(
                fr: "Le site n'a pas de CSS : des pages sans mise en forme s'adaptent d'elles-mêmes à l'écran.",
                en: "The site has no CSS: unstyled pages reflow by themselves."), data: data)
        }
        if !unread.isEmpty {
            return meta.result(.unknown, Localized(
                fr: "Aucune requête média dans le CSS lu, mais \(Plural.nfr(unread.count, "feuille de style n'a", "feuilles de style n'ont")) pas pu être lues (autre site ou erreur).",
                en: "No media query in the CSS read, but \(Plural.nen(unread.count, "stylesheet", "stylesheets")) could not be read (another site or an error)."),
                evidence: unread.prefix(5).map { Evidence.note($0, Localized(fr: "feuille de style non lue", en: "stylesheet not read"), selector: "link[rel=stylesheet]") }, data: data)
        }
        let evidence = css.sources.prefix(5).map { Evidence(url: $0.url, excerpt: $0.inline ? "<style> sans @media sur la largeur" : "feuille de style sans @media sur la largeur", selector: $0.inline ? "style" : nil) }
        return meta.result(.fail, Localized(
            fr: "Aucune requête média sur la largeur dans le CSS du site (\(Plural.nfr(css.sources.count, "source lue", "sources lues"))) : la mise en page ne s'adapte pas aux téléphones.",
            en: "No width media query in the site's CSS (\(Plural.nen(css.sources.count, "source", "sources")) read): the layout does not adapt to phones."),
            evidence: evidence, data: data)
    }
}
