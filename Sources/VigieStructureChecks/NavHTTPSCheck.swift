import Foundation
import VigieCheckKit
import VigieCore

/// `nav.https`: the site is served over HTTPS, HTTP redirects to HTTPS, and HTTPS pages load no `http://` resources.
/// A folder audit can only show mixed content (`http://` resources in the pages); otherwise it is `na`.
enum NavHTTPSCheck {
    static let meta = CheckMeta(
        id: "nav.https", module: .structure,
        title: Localized(fr: "HTTPS partout", en: "HTTPS everywhere"),
        passTitle: Localized(fr: "HTTPS partout", en: "HTTPS everywhere"),
        failTitle: Localized(fr: "HTTPS incomplet", en: "HTTPS incomplete"),
        explanation: Localized(
            fr: "Sans HTTPS, le navigateur affiche « Non sécurisé » et les données saisies circulent en clair ; une ressource en http:// sur une page https (contenu mixte) est bloquée ou rend la page non sûre.",
            en: "Without HTTPS, browsers show \"Not secure\" and what visitors type travels in clear; an http:// resource on an https page (mixed content) is blocked or makes the page unsafe."),
        remedy: Localized(
            fr: "Installer un certificat (Let's Encrypt), rediriger http:// vers https:// (301) et charger toutes les ressources en https://.",
            en: "Install a certificate (Let's Encrypt), redirect http:// to https:// (301) and load every resource over https://."),
        reference: "RGPD art. 32 (sécurité du traitement) ; ANSSI, recommandations TLS ; W3C Mixed Content", severity: .error, section: .navigation, gridZone: .navigation)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("resources over https or relative", expect: .pass, html: #"<html><head><link rel="stylesheet" href="/style.css"><script src="https://cdn.example.net/app.js"></script></head><body><h1>A</h1><img src="/a.jpg" alt="a"></body></html>"#),
            CheckExample("script over http://", expect: .fail, html: #"<html><head><script src="http://cdn.example.net/app.js"></script></head><body><h1>A</h1></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let snapshot = context.snapshot
        let overHTTP = snapshot.mode == .http
        var notes = GridNotes(.navigation)
        var evidence: [Evidence] = []
        var status = CheckStatus.pass
        var problems: [Localized] = []

        let homeIsHTTPS = snapshot.homeURL.lowercased().hasPrefix("https://")
        if overHTTP, !homeIsHTTPS {
            status = .fail
            problems.append(Localized(fr: "le site est servi en HTTP, sans chiffrement", en: "the site is served over HTTP, unencrypted"))
            notes.both(.weakness, "Site non sécurisé : pas de HTTPS", "Insecure site: no HTTPS")
            evidence.append(Evidence.note(snapshot.homeURL, Localized(fr: "page d'accueil en http://", en: "home page over http://")))
        }
        let plain = snapshot.pages.filter { overHTTP && $0.url.lowercased().hasPrefix("http://") && StructurePage.isInternal($0.url, homeURL: snapshot.homeURL) }
        let servedPlain = plain.filter { (200..<300).contains($0.status) && $0.redirects.isEmpty }
        let upgraded = plain.filter { $0.redirects.last?.location.lowercased().hasPrefix("https://") == true || $0.finalURL?.lowercased().hasPrefix("https://") == true }
        if homeIsHTTPS, !servedPlain.isEmpty {
            status = .fail
            problems.append(Localized(fr: "\(servedPlain.count) adresse(s) http:// servie(s) sans redirection vers https://", en: "\(servedPlain.count) http:// address(es) served without a redirect to https://"))
            notes.site(.weakness, "Adresses http:// non redirigées vers https://", "http:// addresses not redirected to https://")
            evidence += servedPlain.prefix(5).map { Evidence.note($0.url, Localized(fr: "HTTP \($0.status) en clair, sans redirection", en: "HTTP \($0.status) in clear text, no redirect")) }
        }
        let redirectTested = !upgraded.isEmpty
        if let hop = upgraded.first?.redirects.first {
            evidence.append(Evidence(url: hop.url, excerpt: "\(hop.status) → \(hop.location)"))
        }

        var active = 0
        var passive = 0
        for (record, facts) in snapshot.htmlPages where !overHTTP || (record.finalURL ?? record.url).lowercased().hasPrefix("https://") {
            let activeURLs = facts.scripts.compactMap(\.src) + facts.stylesheets.filter(\.isStylesheet).map(\.href) + facts.iframes.compactMap(\.src)
            let passiveURLs = facts.images.compactMap(\.src) + facts.media.compactMap(\.src)
            let badActive = activeURLs.filter { $0.lowercased().hasPrefix("http://") }
            let badPassive = passiveURLs.filter { $0.lowercased().hasPrefix("http://") }
            active += badActive.count
            passive += badPassive.count
            if let first = (badActive + badPassive).first, evidence.count < 20 {
                let more = badActive.count + badPassive.count - 1
                evidence.append(Evidence(url: record.url, excerpt: first,
                                         note: Localized(fr: "contenu mixte" + (more > 0 ? " (et \(Plural.nfr(more, "autre", "autres")))" : ""),
                                                         en: "mixed content" + (more > 0 ? " (and \(more) more)" : ""))))
            }
        }
        if active > 0 {
            status = .fail
            problems.append(Localized(fr: "\(active) script(s), feuille(s) de style ou iframe(s) en http:// (contenu mixte bloqué)", en: "\(active) script(s), stylesheet(s) or iframe(s) over http:// (blocked mixed content)"))
        } else if passive > 0 {
            status = min(status, .warn)
            problems.append(Localized(fr: "\(passive) image(s) ou média(s) en http:// (contenu mixte)", en: "\(passive) image(s) or media over http:// (mixed content)"))
        }
        if active + passive > 0 {
            notes.both(.weakness, "Contenu mixte : ressources en http:// sur des pages https", "Mixed content: http:// resources on https pages")
        }
        let data: [String: JSONValue] = [
            "https": .bool(homeIsHTTPS), "http_redirect_checked": .bool(redirectTested),
            "mixed_active": .number(Double(active)), "mixed_passive": .number(Double(passive)),
        ]
        if status == .pass, !overHTTP {
            return meta.directoryMode(Localized(fr: "contrôle de la redirection vers HTTPS", en: "checking the redirect to HTTPS"))
        }
        if status == .pass {
            notes.both(.strength, "Site sécurisé en HTTPS", "Secure site over HTTPS")
            let redirect = redirectTested ? Localized(fr: ", http:// redirigé vers https://", en: ", http:// redirected to https://")
                : Localized(fr: " (redirection http:// non testée : l'audit est parti d'une adresse https://)", en: " (http:// redirect not tested: the audit started from an https:// address)")
            if evidence.isEmpty { evidence.append(Evidence.note(snapshot.homeURL, Localized(fr: "page d'accueil en https://, aucune ressource http://", en: "home page over https://, no http:// resource"))) }
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Site en HTTPS sans contenu mixte\(redirect.fr).", en: "Site over HTTPS with no mixed content\(redirect.en)."), evidence: evidence, data: data))
        }
        return notes.apply(to: meta.result(status,
            Localized(fr: "HTTPS : " + problems.map(\.fr).joined(separator: " ; ") + ".", en: "HTTPS: " + problems.map(\.en).joined(separator: "; ") + "."),
            evidence: evidence, data: data))
    }
}
