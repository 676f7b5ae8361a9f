import Foundation
import VigieCore

/// Hand-made audits for the renderer tests: a realistic site, and hostile text in every place a page can reach.
enum ReportFixtures {
    /// What a hostile page would like to inject into a report.
    static let hostile = "</td><script>alert(1)</script> | [x](javascript:alert(1)) ![i](http://evil)\n# titre\n`code` *gras* <img src=x onerror=alert(1)> &lt;b&gt;"

    static func meta(_ id: String, _ module: CheckModule, _ severity: Severity, _ fr: String, _ en: String, reference: String = "LCEN art. 1-1") -> CheckMeta {
        CheckMeta(
            id: id, module: module, title: Localized(fr: fr, en: en),
            explanation: Localized(fr: "Explication de \(fr).", en: "Explanation of \(en)."),
            remedy: Localized(fr: "Corriger : \(fr) avec <title> propre.", en: "Fix: \(en) with its own <title>."),
            reference: reference, severity: severity)
    }

    /// The cause the consent checks share (one priority action).
    static let consent = ActionCause("cookies.consent", Localized(fr: "Soumettre les traceurs au consentement", en: "Make trackers wait for consent"))

    static let catalog: [String: CheckMeta] = Dictionary(uniqueKeysWithValues: ([
        meta("legal.notice-page", .legal, .error, "Page de mentions légales", "Legal notice page"),
        meta("legal.publisher.name", .legal, .error, "Dénomination sociale", "Company name"),
        meta("legal.publisher.siren", .legal, .error, "Numéro SIREN valide", "Valid SIREN", reference: "Code de commerce R123-237"),
        meta("legal.host.phone", .legal, .error, "Téléphone de l'hébergeur", "Host's telephone"),
        meta("legal.privacy-policy", .legal, .error, "Politique de confidentialité", "Privacy policy", reference: "RGPD art. 13"),
        meta("legal.terms-of-sale", .legal, .error, "Conditions générales de vente", "Terms of sale", reference: "Code de la consommation L221-5"),
        meta("cookies.trackers", .cookies, .notice, "Traceurs chargés", "Trackers loaded", reference: "Loi 78-17 art. 82"),
        meta("cookies.consent-tool", .cookies, .error, "Outil de consentement", "Consent tool", reference: "Loi 78-17 art. 82"),
        meta("cookies.prior-loading", .cookies, .error, "Aucun traceur avant consentement", "No tracker before consent", reference: "Loi 78-17 art. 82"),
        meta("cookies.prior-cookies", .cookies, .error, "Aucun cookie avant consentement", "No cookie before consent", reference: "Loi 78-17 art. 82"),
        meta("cta.home", .cta, .error, "Appel à l'action en page d'accueil", "Call to action on the home page", reference: "UX"),
        meta("cta.vague-labels", .cta, .notice, "Libellés de liens explicites", "Explicit link labels", reference: "WCAG 2.4.4"),
        meta("responsive.viewport", .responsive, .error, "Balise viewport", "Viewport tag", reference: "WCAG 1.4.10"),
        meta("responsive.viewport-zoom", .responsive, .warning, "Zoom autorisé", "Zoom allowed", reference: "WCAG 1.4.4"),
        meta("header.logo", .structure, .warning, "Logo lié à l'accueil", "Logo linking home", reference: "UX"),
        meta("header.phone", .structure, .notice, "Téléphone dans l'en-tête", "Telephone in the header", reference: "UX"),
        meta("body.h1", .structure, .warning, "Un seul titre h1", "One h1 heading", reference: "RGAA 9.1"),
        meta("body.testimonials", .structure, .notice, "Témoignages clients", "Testimonials", reference: "UX"),
        meta("footer.legal-links", .structure, .error, "Liens légaux dans le pied de page", "Legal links in the footer"),
        meta("nav.broken-links", .structure, .error, "Aucun lien cassé", "No broken link", reference: "UX"),
        meta("page.description", .page, .notice, "Méta description", "Meta description", reference: "SEO"),
        meta("page.lang", .page, .warning, "Langue déclarée", "Language declared", reference: "WCAG 3.1.1"),
    ].map(presented)).map { ($0.id, $0) })

    /// The fixture's catalogue as the real checks place it: sections, grid zones, pass and fail titles, causes.
    static func presented(_ meta: CheckMeta) -> CheckMeta {
        var meta = meta
        switch meta.id {
        case "legal.privacy-policy": meta = meta.titled(pass: .init(fr: "Politique de confidentialité publiée", en: "Privacy policy published"),
                                                        fail: .init(fr: "Pas de politique de confidentialité", en: "No privacy policy")).weighed(.keystone)
        case "legal.host.phone": meta = meta.titled(pass: .init(fr: "Téléphone de l'hébergeur indiqué", en: "Host's telephone given"),
                                                    fail: .init(fr: "Téléphone de l'hébergeur introuvable", en: "Host's telephone not found"))
        case "cookies.trackers", "cookies.prior-loading": meta = meta.placed(.cookiesTrackers)
        case "cookies.prior-cookies": meta = meta.placed(.cookiesStored)
        default: break
        }
        if meta.id == "cookies.prior-loading" {
            meta = meta.titled(pass: .init(fr: "Aucun traceur avant le consentement", en: "No tracker before consent"),
                               fail: .init(fr: "Traceurs chargés avant le consentement ({pages})", en: "Trackers loaded before consent ({pages})"))
        }
        if ["cookies.consent-tool", "cookies.prior-loading", "cookies.prior-cookies"].contains(meta.id) { meta = meta.weighed(cause: consent) }
        if meta.id == "page.lang" { meta = meta.weighed(verify: .init(fr: "Lire l'attribut lang de la balise <html>.", en: "Read the lang attribute of the <html> tag.")) }
        for (prefix, zone) in [("header.", GridZone.header), ("body.", .body), ("footer.", .footer), ("nav.", .navigation)] where meta.id.hasPrefix(prefix) {
            meta = meta.placed(ReportSection(rawValue: zone.rawValue) ?? .header, zone: zone)
        }
        return meta
    }

    /// The exam profile's checklist, as `rules/profiles/bts-ndrc.yml` words it (a part).
    static let checklist = [
        ChecklistItem(item: .init(fr: "Dénomination sociale", en: "Company name"), checks: ["legal.publisher.name"]),
        ChecklistItem(item: .init(fr: "Adresse du siège", en: "Registered office"), checks: ["legal.publisher.address"]),
        ChecklistItem(item: .init(fr: "Hébergeur (nom, adresse, téléphone)", en: "Host (name, address, telephone)"), checks: ["legal.host.name", "legal.host.address", "legal.host.phone"]),
        ChecklistItem(item: .init(fr: "Numéro RCS", en: "RCS number"), checks: ["legal.publisher.registration", "legal.publisher.siren"]),
        ChecklistItem(item: .init(fr: "Cookies : information, consentement, refus", en: "Cookies: information, consent, refusal"), checks: ["cookies.consent-tool", "cookies.prior-loading"]),
    ]

    static func result(_ id: String, _ status: CheckStatus, _ fr: String, evidence: [Evidence] = [], data: [String: JSONValue] = [:], severity: Severity? = nil) -> CheckResult {
        CheckResult(id: id, status: status, severity: severity ?? catalog[id]?.severity ?? .notice,
                    message: Localized(fr: fr, en: "EN " + fr), evidence: evidence, data: data)
    }

    /// `grid_home` / `grid_site` data as the structure checks write it.
    static func grid(_ zone: GridZone, home: [(GridItem.Kind, String)], site: [(GridItem.Kind, String)]) -> [String: JSONValue] {
        ["grid_zone": .string(zone.rawValue),
         "grid_home": .array(home.map { AuditGrid.item(zone, $0.0, Localized(fr: $0.1, en: "EN " + $0.1)) }),
         "grid_site": .array(site.map { AuditGrid.item(zone, $0.0, Localized(fr: $0.1, en: "EN " + $0.1)) })]
    }

    static func merged(_ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String: JSONValue] {
        a.merging(b) { first, _ in first }
    }

    static let home = "https://www.atelier-dupont.fr/"
    static let hostilePage = "https://www.atelier-dupont.fr/blog/piege"

    static func snapshot(host: String = "www.atelier-dupont.fr") -> SiteSnapshot {
        let base = "https://\(host)"
        var facts = PageFacts(url: base + "/")
        facts.title = "Atelier Dupont"
        let pages = [
            PageRecord(url: base + "/", depth: 0, status: 200, contentType: "text/html; charset=utf-8", facts: facts),
            PageRecord(url: base + "/services", depth: 1, status: 200, contentType: "text/html", referrers: [base + "/"]),
            PageRecord(url: base + "/plan-du-site", depth: 1, status: 404, contentType: "text/html", referrers: [base + "/", base + "/services"]),
            PageRecord(url: base + "/ancien", depth: 1, status: 200, contentType: "text/html",
                       redirects: [RedirectHop(url: base + "/ancien", status: 301, location: base + "/vieux"),
                                   RedirectHop(url: base + "/vieux", status: 302, location: base + "/services")],
                       finalURL: base + "/services", referrers: [base + "/"]),
            PageRecord(url: base + "/a/b/c/d", depth: 4, status: 200, contentType: "text/html", referrers: [base + "/a/b/c"]),
            PageRecord(url: base + "/blog/piege", depth: 2, status: 200, contentType: "text/html; " + hostile, referrers: [hostile]),
            PageRecord(url: base + "/panne", depth: 2, status: 0, error: "timeout: " + hostile, referrers: [base + "/"]),
        ]
        let cookies = [
            CookieFact(name: "_ga", value: "GA1.1", domain: ".atelier-dupont.fr", hostOnly: false, path: "/", lifetimeSeconds: 400 * 86_400,
                       secure: true, httpOnly: false, sameSite: nil, setBy: base + "/", raw: "_ga=GA1.1; Max-Age=34560000"),
            CookieFact(name: hostile, value: "x", domain: host, hostOnly: true, path: "/", lifetimeSeconds: nil,
                       secure: true, httpOnly: true, sameSite: "Lax", setBy: base + "/blog/piege", raw: "x"),
        ]
        return SiteSnapshot(
            startURL: "http://\(host)", homeURL: base + "/", pages: pages,
            robots: RobotsFacts(url: base + "/robots.txt", status: 200, ignored: true),
            crawl: CrawlStats(pagesFetched: 7, htmlPages: 5, errors: 1, durationSeconds: 3.25, stoppedBy: .maxPages,
                              notes: ["--max-pages 7", hostile], startedAt: "2026-11-22T18:00:00Z"),
            cookies: cookies)
    }

    static func results(host: String = "www.atelier-dupont.fr") -> [CheckResult] {
        let base = "https://\(host)"
        let legal = base + "/mentions-legales"
        return [
            result("legal.notice-page", .pass, "Page de mentions légales trouvée.", evidence: [Evidence(url: legal, excerpt: "Mentions légales", selector: "footer a")]),
            result("legal.publisher.name", .pass, "Dénomination : Atelier Dupont SARL.", evidence: [Evidence(url: legal, excerpt: "Atelier Dupont SARL")], data: ["value": "Atelier Dupont SARL"]),
            result("legal.publisher.siren", .pass, "SIREN valide.", evidence: [Evidence(url: legal, excerpt: "SIREN 732 829 320")], data: ["value": "732829320"]),
            result("legal.host.phone", .fail, "Téléphone de l'hébergeur absent.", evidence: [Evidence(url: legal, excerpt: "Hébergeur : OVH SAS, 2 rue Kellermann")]),
            result("legal.privacy-policy", .fail, "Aucune politique de confidentialité.", evidence: [Evidence(url: base + "/")]),
            result("legal.terms-of-sale", .na, "Pas de vente en ligne : CGV non requises."),
            result("cookies.trackers", .info, "1 traceur trouvé.", evidence: [Evidence(url: base + "/", excerpt: "googletagmanager.com/gtag/js")])
                .with(ResultTable(title: .init(fr: "Traceurs et services tiers", en: "Trackers and third-party services"),
                                  columns: [.init(fr: "Nom", en: "Name"), .init(fr: "Éditeur", en: "Vendor"), .init(fr: "Pages", en: "Pages")],
                                  rows: [[.verbatim("Google Analytics"), .verbatim("Google"),
                                          .list([base + "/", base + "/services", base + "/contact", base + "/blog", hostilePage], limit: 3)],
                                         [.verbatim(hostile), .verbatim(hostile), .verbatim("2")]])),
            result("cookies.consent-tool", .fail, "Aucun outil de consentement alors que Google Analytics est chargé.", evidence: [Evidence(url: base + "/")]),
            result("cookies.prior-loading", .fail, "Google Analytics est chargé avant tout consentement.",
                   evidence: [Evidence(url: base + "/", excerpt: "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-X\">")],
                   data: ["pages_failing": 5, "pages_total": 6]),
            result("cookies.prior-cookies", .fail, "Le cookie _ga est déposé sans consentement.", evidence: [Evidence(url: base + "/", excerpt: "Set-Cookie: _ga=GA1.1")]),
            result("cta.home", .pass, "Appel à l'action « Demander un devis » en page d'accueil.", evidence: [Evidence(url: base + "/", excerpt: "Demander un devis")])
                .with(ctaTable([[base + "/", "Demander un devis", "/contact"], [hostilePage, hostile, "javascript:alert(1)"]])),
            result("cta.vague-labels", .warn, "1 lien « cliquez ici ».", evidence: [Evidence(url: base + "/services", excerpt: "cliquez ici")],
                   data: ["pages_failing": 1, "pages_total": 6]),
            result("responsive.viewport", .pass, "Toutes les pages ont un viewport.", data: ["pages_failing": 0, "pages_total": 6]),
            result("responsive.viewport-zoom", .fail, "Le zoom est bloqué (user-scalable=no).",
                   evidence: [Evidence(url: base + "/", excerpt: "width=device-width, user-scalable=no", selector: "meta[name=viewport]")],
                   data: ["pages_failing": 6, "pages_total": 6]),
            result("header.logo", .pass, "Logo lié à l'accueil.", evidence: [Evidence(url: base + "/", selector: "header a > img")],
                   data: grid(.header, home: [(.strength, "Logo visible, lien vers l'accueil")], site: [(.strength, "Logo visible, lien vers l'accueil")])),
            result("header.phone", .pass, "Téléphone dans l'en-tête.", evidence: [Evidence(url: base + "/", excerpt: "02 40 12 34 56")],
                   data: grid(.header, home: [(.strength, "Téléphone cliquable en haut de page")], site: [(.strength, "Téléphone cliquable en haut de page")])),
            result("body.h1", .warn, "1 page sans h1.", evidence: [Evidence(url: base + "/services", selector: "h1")], data: merged(["pages_failing": 1, "pages_total": 6], grid(.body, home: [(.strength, "Un seul titre h1")], site: [(.weakness, "1 page sans titre h1")]))),
            result("body.testimonials", .pass, "Témoignages présents.", evidence: [Evidence(url: base + "/", excerpt: "« Travail soigné » — Mme L.")],
                   data: grid(.body, home: [(.strength, "Témoignages clients")], site: [(.strength, "Témoignages clients")])),
            result("footer.legal-links", .fail, "Pas de lien vers la politique de confidentialité dans le pied de page.", evidence: [Evidence(url: base + "/", selector: "footer")],
                   data: grid(.footer, home: [(.strength, "Lien vers les mentions légales"), (.weakness, "Pas de lien vers la politique de confidentialité")],
                              site: [(.weakness, "Pas de lien vers la politique de confidentialité")])),
            result("nav.broken-links", .fail, "1 lien interne cassé.", evidence: [Evidence(url: base + "/plan-du-site", excerpt: "404")], data: merged(["pages_failing": 2], grid(.navigation, home: [(.weakness, "Lien cassé vers le plan du site | ![x](http://evil)")], site: [(.weakness, "1 lien interne cassé")]))),
            result("page.description", .warn, hostile, evidence: [Evidence(url: hostilePage, excerpt: hostile, selector: hostile)],
                   data: ["pages_failing": 1, "pages_total": 6, "value": .string(hostile)]),
            result("page.lang", .unknown, "Langue non décidée.", severity: .warning),
        ]
    }

    /// A table of calls to action as the cta checks give it (page, label quoted, target).
    static func ctaTable(_ rows: [[String]]) -> ResultTable {
        ResultTable(title: .init(fr: "Appels à l'action repérés", en: "Calls to action found"),
                    columns: [.init(fr: "Page", en: "Page"), .init(fr: "Libellé", en: "Label"), .init(fr: "Cible", en: "Target")],
                    rows: rows.map { $0.map(Localized.verbatim) }, quoted: [1])
    }

    static func audit(host: String = "www.atelier-dupont.fr", profile: String = "default") -> SiteAudit {
        SiteAudit(
            snapshot: snapshot(host: host), results: results(host: host),
            scores: Scores(overall: 61.4, modules: ["legal": 60, "cookies": 0, "cta": 75, "responsive": 50, "structure": 66.7, "page": 50],
                           unknown: ["page": 1]),
            profileName: profile,
            applicability: [Localized(fr: "CGV non requises : aucun signe de vente en ligne.", en: "Terms of sale not required: no sign of online sales."),
                            Localized(fr: hostile, en: hostile)],
            checklist: profile == "bts-ndrc" ? checklist : [])
    }

    static func report(_ language: ReportLanguage = .fr, profile: String = "default", sites: [SiteAudit]? = nil) -> AuditReport {
        AuditReport(toolVersion: "0.1.0", generatedAt: "2026-11-22T18:00:05Z", language: language,
                    sites: sites ?? [audit(profile: profile)], catalog: catalog)
    }
}
