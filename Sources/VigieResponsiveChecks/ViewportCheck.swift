import VigieCheckKit
import VigieCore

/// `responsive.viewport`: every HTML page has `<meta name="viewport">` with `width=device-width`.
enum ViewportCheck {
    static let meta = CheckMeta(
        id: "responsive.viewport", module: .responsive,
        title: Localized(fr: "Balise viewport pour mobile", en: "Mobile viewport tag"),
        passTitle: Localized(fr: "Site adapté au mobile (balise viewport)", en: "Site ready for mobile (viewport tag)"),
        failTitle: Localized(fr: "Site non responsive : pas de balise viewport ({pages})", en: "Site not responsive: no viewport tag ({pages})"),
        explanation: Localized(
            fr: "Sans <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">, un téléphone affiche la page comme sur un écran de 980 pixels, en tout petit : il faut zoomer pour lire. Google indexe d'abord la version mobile des pages.",
            en: "Without <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">, a phone renders the page as on a 980-pixel screen, tiny: one must zoom to read. Google indexes the mobile version of pages first."),
        remedy: Localized(
            fr: "Ajouter <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> dans le <head> de chaque page.",
            en: "Add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> to the <head> of every page."),
        reference: "Google Search Central, mobile-first indexing; WCAG 2.2 SC 1.4.10 (reflow)", severity: .error, gridZone: .navigation)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("device-width", expect: .pass, html: #"<html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><p>x</p></body></html>"#),
            CheckExample("semicolons still read by browsers", expect: .pass, html: #"<html><head><meta name="viewport" content="width=device-width; initial-scale=1.0"></head><body><p>x</p></body></html>"#),
            CheckExample("no viewport", expect: .fail, html: "<html><head><title>A</title></head><body><p>x</p></body></html>"),
            CheckExample("fixed width viewport", expect: .fail, html: #"<html><head><meta name="viewport" content="width=1024"></head><body><p>x</p></body></html>"#),
            CheckExample("initial-scale without width", expect: .warn, html: #"<html><head><meta name="viewport" content="initial-scale=1"></head><body><p>x</p></body></html>"#),
            CheckExample("redirect stubs have no viewport: not pages", expect: .pass, pages: [
                .init("/", #"<html><head><meta name="viewport" content="width=device-width"></head><body><a href="/b">b</a><a href="/c">c</a><a href="/d">d</a></body></html>"#),
                .init("/b", StubExamples.httrack(to: "/")),
                .init("/c", StubExamples.jekyll(to: "/")),
                .init("/d", StubExamples.script(to: "https://www.example.fr/")),
            ]),
            CheckExample("a short page with one link is still a page", expect: .fail, pages: [
                .init("/", #"<html><head><meta name="viewport" content="width=device-width"></head><body><a href="/b">b</a></body></html>"#),
                .init("/b", #"<html><head><title>Page has moved</title></head><body><a href="/">Click here...</a></body></html>"#),
            ]),
            CheckExample("one page of two without viewport", expect: .fail, pages: [
                .init("/", #"<html><head><meta name="viewport" content="width=device-width"></head><body><a href="/b">b</a></body></html>"#),
                .init("/b", "<html><head></head><body><p>b</p></body></html>"),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        var level = PageLevel()
        for (record, facts) in context.snapshot.htmlPages {
            let page = PageViewport(facts)
            guard let viewport = page.viewport else {
                level.add(.fail, Evidence(url: record.url, excerpt: "<meta name=\"viewport\"> absente", selector: "head"))
                continue
            }
            let evidence = Evidence(url: record.url, excerpt: page.excerpt, selector: "head > meta[name=viewport]")
            if viewport.hasDeviceWidth {
                level.add(.pass, evidence)
            } else if viewport.value("width") == nil, viewport.initialScale != nil {
                level.add(.warn, evidence)
            } else {
                level.add(.fail, evidence)
            }
        }
        return level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Balise viewport avec width=device-width \(Plural.onEvery(total).fr).", en: "Viewport tag with width=device-width \(Plural.onEvery(total).en).")
                : Localized(fr: "Pas de balise viewport adaptée au mobile (width=device-width) : \(Plural.pagesOf(failing, total).fr).", en: "No mobile viewport (width=device-width): \(Plural.pagesOf(failing, total).en).")
        }
    }
}
