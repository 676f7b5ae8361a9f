import Foundation
import VigieCheckKit
import VigieCore

/// `responsive.fixed-layout`: no fixed-width page layout (layout tables, `width: NNNpx` wrappers).
enum FixedLayoutCheck {
    static let meta = CheckMeta(
        id: "responsive.fixed-layout", module: .responsive,
        title: Localized(fr: "Pas de mise en page à largeur fixe", en: "No fixed-width layout"),
        passTitle: Localized(fr: "Pas de mise en page à largeur fixe", en: "No fixed-width layout"),
        failTitle: Localized(fr: "Mise en page à largeur fixe", en: "Fixed-width layout"),
        explanation: Localized(
            fr: "Un tableau de mise en page de 960 pixels ou un conteneur avec width: 960px sans max-width obligent à faire défiler la page de côté sur un téléphone, même avec une balise viewport.",
            en: "A 960-pixel layout table or a wrapper with width: 960px and no max-width force sideways scrolling on a phone, even with a viewport tag."),
        remedy: Localized(
            fr: "Remplacer les tableaux de mise en page par du CSS, et les largeurs fixes des conteneurs par max-width: 960px; width: 100%.",
            en: "Replace layout tables with CSS, and fixed wrapper widths with max-width: 960px; width: 100%."),
        reference: "WCAG 2.2 SC 1.4.10 (reflow), RGAA 10.11", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("fluid wrapper", expect: .pass, html: "<html><head><style>#wrapper { max-width: 960px; width: 100%; margin: 0 auto }</style></head><body><div id='wrapper'><p>x</p></div></body></html>"),
            CheckExample("table layout", expect: .fail, html: #"<html><body><table width="980" align="center"><tr><td><p>Bienvenue</p></td></tr></table></body></html>"#),
            CheckExample("fixed wrapper in the linked stylesheet", expect: .fail, pages: [
                .init("/", #"<html><head><link rel="stylesheet" href="/style.css"></head><body><div id="container"><p>x</p></div></body></html>"#),
            ], stylesheets: ["/style.css": "body { font: 12px Verdana }\ndiv#container { width: 960px; margin: 0 auto; }"]),
            CheckExample("fixed width neutralised by max-width", expect: .pass, html: "<html><head><style>.container { width: 1000px } .container { max-width: 100% }</style></head><body></body></html>"),
            CheckExample("fixed width adapted in a media query", expect: .pass, html: "<html><head><style>#page { width: 980px } @media (max-width: 980px) { #page { width: auto } }</style></head><body></body></html>"),
            CheckExample("data table at 100%", expect: .pass, html: #"<html><body><table width="100%"><tr><td>1</td></tr></table></body></html>"#),
            CheckExample("max-width none does not help", expect: .fail, html: "<html><head><style>#main { width: 1000px; max-width: none }</style></head><body></body></html>"),
            CheckExample("fixed body in a style attribute", expect: .fail, html: #"<html><body style="width: 1024px"><p>x</p></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(ResponsiveWords.self)
        let wrappers = Set(words.wrappers.map { $0.lowercased() })
        let css = SiteCSS(context.snapshot)
        var findings: [Evidence] = []
        var tables = 0

        for (record, facts) in context.snapshot.htmlPages {
            for width in facts.tableWidths {
                guard let pixels = Self.pixels(width), pixels >= words.fixedWidth else { continue }
                tables += 1
                if findings.count < 20 { findings.append(Evidence(url: record.url, excerpt: "<table width=\"\(width)\">", selector: "table[width]")) }
            }
        }
        for attribute in css.styleAttributes {
            let width = attribute.declarations.last { $0.property == "width" || $0.property == "min-width" }
            guard let pixels = width?.pixels, pixels >= words.fixedWidth,
                  !attribute.declarations.contains(where: { $0.property == "max-width" }) else { continue }
            if findings.count < 20 { findings.append(Evidence(url: attribute.page, excerpt: "style=\"\(attribute.text)\"", selector: "body[style]")) }
        }

        // Wrappers with a fixed width outside width queries, unless max-width or a width query adapts them.
        var fixed: [String: (url: String, excerpt: String)] = [:]
        var adapted: Set<String> = []
        for source in css.sources where !source.linkMedia.isEmpty && source.linkMedia.allSatisfy({ SiteCSS.isNonScreen($0) || SiteCSS.isWidthMedia($0) }) {
            for rule in source.sheet.rules { for key in wrapperKeys(rule, wrappers) { adapted.insert(key) } }
        }
        for source in css.sources where source.linkMedia.isEmpty || !source.linkMedia.allSatisfy({ SiteCSS.isNonScreen($0) || SiteCSS.isWidthMedia($0) }) {
            for rule in source.sheet.rules {
                let keys = wrapperKeys(rule, wrappers)
                guard !keys.isEmpty else { continue }
                let conditional = rule.conditions.contains { $0.isWidthQuery || ($0.name == "media" && SiteCSS.isNonScreen($0.prelude)) }
                let width = rule.declaration("width") ?? rule.declaration("min-width")
                let maxWidth = rule.declaration("max-width").map { !["none", "initial", "unset", "revert", "inherit"].contains($0.value.lowercased()) } ?? false
                if conditional || maxWidth {
                    if maxWidth || width != nil { keys.forEach { adapted.insert($0) } }
                    continue
                }
                guard let width, let pixels = width.pixels, pixels >= words.fixedWidth else { continue }
                for key in keys where fixed[key] == nil {
                    fixed[key] = (source.url, "\(rule.selectors.joined(separator: ", ")) { \(width.property): \(width.value) }")
                }
            }
        }
        let wrappersFixed = fixed.filter { !adapted.contains($0.key) }.sorted { $0.key < $1.key }
        for (key, place) in wrappersFixed where findings.count < 20 {
            findings.append(Evidence(url: place.url, excerpt: place.excerpt, selector: key))
        }

        let data: [String: JSONValue] = [
            "layout_tables": .number(Double(tables)),
            "fixed_wrappers": .array(wrappersFixed.map { .string($0.key) }),
        ]
        guard !context.snapshot.htmlPages.isEmpty else {
            return meta.result(.na, Localized(fr: "Aucune page HTML lue.", en: "No HTML page was read."))
        }
        if findings.isEmpty {
            return meta.result(.pass, Localized(
                fr: "Aucune mise en page à largeur fixe trouvée (\(Plural.nfr(css.sources.count, "source CSS lue", "sources CSS lues"))).",
                en: "No fixed-width layout found (\(Plural.nen(css.sources.count, "CSS source", "CSS sources")) read)."),
                evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "ni tableau de mise en page ≥ \(Int(words.fixedWidth)) px, ni conteneur à largeur fixe",
                                                                     en: "no layout table ≥ \(Int(words.fixedWidth)) px, no fixed-width wrapper"))], data: data)
        }
        return meta.result(.fail, Localized(
            fr: "Mise en page à largeur fixe : \(Plural.nfr(tables, "tableau", "tableaux")) de mise en page, \(Plural.nfr(wrappersFixed.count, "conteneur", "conteneurs")) à largeur fixe.",
            en: "Fixed-width layout: \(Plural.nen(tables, "layout table", "layout tables")), \(Plural.nen(wrappersFixed.count, "fixed-width wrapper", "fixed-width wrappers"))."),
            evidence: findings, data: data)
    }

    /// The wrapper names a rule's selectors end with (`#wrapper` for `body > div#wrapper:hover`).
    static func wrapperKeys(_ rule: CSSStyleRule, _ wrappers: Set<String>) -> [String] {
        var keys: [String] = []
        for selector in rule.selectors {
            let compounds = selector.lowercased().split(whereSeparator: { $0 == " " || $0 == ">" || $0 == "+" || $0 == "~" })
            guard let last = compounds.last else { continue }
            var compound = Substring(last)
            if let colon = compound.firstIndex(of: ":") { compound = compound[..<colon] }
            let tagEnd = compound.firstIndex { $0 == "#" || $0 == "." || $0 == "[" } ?? compound.endIndex
            let tag = String(compound[..<tagEnd])
            if wrappers.contains(tag) { keys.append(tag) }
            var rest = compound[tagEnd...]
            while let first = rest.first, first == "#" || first == "." {
                let nameEnd = rest.dropFirst().firstIndex { $0 == "#" || $0 == "." || $0 == "[" } ?? rest.endIndex
                let simple = String(rest[..<nameEnd])
                if wrappers.contains(simple) { keys.append(simple) }
                rest = rest[nameEnd...]
            }
        }
        return keys
    }

    /// A table width attribute in pixels (`960`, `960px`); nil for percentages and junk.
    static func pixels(_ width: String) -> Double? {
        var text = width.trimmingWhitespace().lowercased()
        if text.hasSuffix("px") { text.removeLast(2) }
        return Double(text)
    }
}
