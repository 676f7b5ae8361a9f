import VigieCheckKit
import VigieCore

/// `responsive.touch-icons`: icons and manifest for phones (`apple-touch-icon`, `manifest`, `theme-color`).
enum TouchIconsCheck {
    static let meta = CheckMeta(
        id: "responsive.touch-icons", module: .responsive,
        title: Localized(fr: "Icônes pour mobile", en: "Mobile icons"),
        passTitle: Localized(fr: "Icônes pour mobile", en: "Mobile icons"),
        failTitle: Localized(fr: "Pas d'icônes pour mobile", en: "No mobile icons"),
        explanation: Localized(
            fr: "Quand on ajoute le site à l'écran d'accueil d'un téléphone, apple-touch-icon et le manifeste donnent son icône et son nom ; theme-color colore la barre du navigateur.",
            en: "When the site is added to a phone's home screen, apple-touch-icon and the manifest give its icon and name; theme-color tints the browser bar."),
        remedy: Localized(
            fr: "Ajouter <link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">, <link rel=\"manifest\" href=\"/site.webmanifest\"> et <meta name=\"theme-color\" content=\"#…\">.",
            en: "Add <link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">, <link rel=\"manifest\" href=\"/site.webmanifest\"> and <meta name=\"theme-color\" content=\"#…\">."),
        reference: "Web App Manifest (W3C); Apple Safari Web Content Guide", severity: .notice)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("all three", expect: .pass, html: ##"<html><head><link rel="apple-touch-icon" href="/t.png"><link rel="manifest" href="/m.json"><meta name="theme-color" content="#004080"></head><body></body></html>"##),
            CheckExample("icon only", expect: .warn, html: #"<html><head><link rel="apple-touch-icon-precomposed" href="/t.png"></head><body></body></html>"#),
            CheckExample("none", expect: .fail, html: #"<html><head><link rel="icon" href="/favicon.ico"></head><body></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let home = context.snapshot.home else {
            return meta.result(.unknown, Localized(fr: "La page d'accueil n'a pas pu être lue.", en: "The home page could not be read."))
        }
        let url = context.snapshot.homeURL
        let icon = home.stylesheets.first { $0.rel.contains("apple-touch-icon") || $0.rel.contains("apple-touch-icon-precomposed") }
        let manifest = home.stylesheets.first { $0.rel.contains("manifest") }
        let theme = home.metas.first { $0.name?.lowercased() == "theme-color" && !($0.content ?? "").isEmpty }
        var evidence: [Evidence] = []
        var missing: [String] = []
        if let icon { evidence.append(Evidence(url: url, excerpt: "<link rel=\"\(icon.rel.joined(separator: " "))\" href=\"\(icon.href)\">", selector: "head > link")) } else { missing.append("apple-touch-icon") }
        if let manifest { evidence.append(Evidence(url: url, excerpt: "<link rel=\"manifest\" href=\"\(manifest.href)\">", selector: "head > link[rel=manifest]")) } else { missing.append("manifest") }
        if let theme { evidence.append(Evidence(url: url, excerpt: "<meta name=\"theme-color\" content=\"\(theme.content ?? "")\">", selector: "head > meta[name=theme-color]")) } else { missing.append("theme-color") }
        let data: [String: JSONValue] = ["missing": .array(missing.map { .string($0) })]
        if missing.isEmpty {
            return meta.result(.pass, Localized(fr: "Icône tactile, manifeste et theme-color présents.", en: "Touch icon, manifest and theme-color present."), evidence: evidence, data: data)
        }
        let list = missing.joined(separator: ", ")
        if missing.count == 3 {
            return meta.result(.fail, Localized(fr: "Ni icône tactile, ni manifeste, ni theme-color sur la page d'accueil.", en: "No touch icon, manifest or theme-color on the home page."),
                               evidence: [Evidence(url: url, excerpt: list, selector: "head", note: Localized(fr: "absents", en: "missing"))], data: data)
        }
        evidence.append(Evidence(url: url, excerpt: list, selector: "head", note: Localized(fr: "absents", en: "missing")))
        return meta.result(.warn, Localized(fr: "Il manque sur la page d'accueil : \(list).", en: "Missing on the home page: \(list)."), evidence: evidence, data: data)
    }
}
