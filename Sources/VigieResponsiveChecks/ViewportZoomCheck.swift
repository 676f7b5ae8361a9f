import VigieCheckKit
import VigieCore

/// `responsive.viewport-zoom`: the viewport does not block zooming.
enum ViewportZoomCheck {
    static let meta = CheckMeta(
        id: "responsive.viewport-zoom", module: .responsive,
        title: Localized(fr: "Zoom autorisé", en: "Zoom allowed"),
        passTitle: Localized(fr: "Zoom autorisé", en: "Zoom allowed"),
        failTitle: Localized(fr: "Zoom bloqué ({pages})", en: "Zoom blocked ({pages})"),
        explanation: Localized(
            fr: "user-scalable=no ou maximum-scale inférieur à 2 empêchent d'agrandir la page avec deux doigts. Les personnes malvoyantes ne peuvent alors plus lire le texte.",
            en: "user-scalable=no or a maximum-scale below 2 stop people from enlarging the page with two fingers. People with low vision then cannot read the text."),
        remedy: Localized(
            fr: "Retirer user-scalable=no et maximum-scale de la balise viewport (ou mettre maximum-scale à 5).",
            en: "Remove user-scalable=no and maximum-scale from the viewport tag (or set maximum-scale to 5)."),
        reference: "WCAG 2.2 SC 1.4.4 (resize text), RGAA 10.4", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("zoom allowed", expect: .pass, html: #"<html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body></body></html>"#),
            CheckExample("user-scalable=no", expect: .fail, html: #"<html><head><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"></head><body></body></html>"#),
            CheckExample("user-scalable=0", expect: .fail, html: #"<html><head><meta name="viewport" content="width=device-width,user-scalable=0"></head><body></body></html>"#),
            CheckExample("maximum-scale 1.5", expect: .fail, html: #"<html><head><meta name="viewport" content="width=device-width, maximum-scale=1.5"></head><body></body></html>"#),
            CheckExample("maximum-scale 5", expect: .pass, html: #"<html><head><meta name="viewport" content="width=device-width, maximum-scale=5"></head><body></body></html>"#),
            CheckExample("no viewport at all", expect: .na, html: "<html><head></head><body><p>x</p></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        var level = PageLevel()
        for (record, facts) in context.snapshot.htmlPages {
            let page = PageViewport(facts)
            guard let viewport = page.viewport else { continue }
            level.add(viewport.blocksZoom ? .fail : .pass, Evidence(url: record.url, excerpt: page.excerpt, selector: "head > meta[name=viewport]"))
        }
        guard !level.outcomes.isEmpty else {
            return meta.result(.na, Localized(fr: "Aucune page n'a de balise viewport.", en: "No page has a viewport tag."))
        }
        return level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Le zoom est permis sur les \(total) pages qui ont une viewport.", en: "Zoom is allowed on all \(total) pages with a viewport.")
                : Localized(fr: "Zoom bloqué (user-scalable=no ou maximum-scale < 2) : \(Plural.pagesOf(failing, total).fr).", en: "\(Plural.pagesOf(failing, total).en) block zooming (user-scalable=no or maximum-scale < 2).")
        }
    }
}
