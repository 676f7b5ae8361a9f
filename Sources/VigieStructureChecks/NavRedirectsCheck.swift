import Foundation
import VigieCheckKit
import VigieCore

/// `nav.redirects`: no redirect chain (more than one hop) and no loop on internal URLs.
enum NavRedirectsCheck {
    static let meta = CheckMeta(
        id: "nav.redirects", module: .structure,
        title: Localized(fr: "Pas de chaîne ni de boucle de redirections", en: "No redirect chains or loops"),
        passTitle: Localized(fr: "Pas de chaîne ni de boucle de redirections", en: "No redirect chain or loop"),
        failTitle: Localized(fr: "Chaînes ou boucles de redirections", en: "Redirect chains or loops"),
        explanation: Localized(
            fr: "Chaque redirection ralentit l'affichage ; enchaînées, elles perdent du référencement, et une boucle rend la page inaccessible.",
            en: "Each redirect slows the page down; chained, they lose search ranking, and a loop makes the page unreachable."),
        remedy: Localized(
            fr: "Faire pointer liens et redirections directement vers l'adresse finale (une seule redirection 301), et casser les boucles.",
            en: "Point links and redirects straight at the final address (a single 301), and break the loops."),
        reference: "RFC 9110 §15.4 ; Google Search Central (redirections)", severity: .warning, section: .navigation, gridZone: .navigation)

    /// Example sites have one hop per page: chains are tested in StructureNavigationTests.
    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("no redirect", expect: .pass, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/b'>b</a></body></html>"),
                .init("/b", "<html><body><h1>B</h1></body></html>"),
            ]),
            CheckExample("single 301", expect: .pass, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/ancien'>Offres</a></body></html>"),
                .init("/ancien", "", status: 301, headers: [HTTPHeader(name: "Location", value: "https://www.example.fr/offres")]),
            ]),
            CheckExample("page that redirects to itself", expect: .fail, pages: [
                .init("/", "<html><body><h1>A</h1><a href='/boucle'>Promo</a></body></html>"),
                .init("/boucle", "", status: 302, headers: [HTTPHeader(name: "Location", value: "https://www.example.fr/boucle")]),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let snapshot = context.snapshot
        guard snapshot.mode == .http else { return meta.directoryMode(Localized(fr: "contrôle des redirections", en: "checking redirects")) }
        var notes = GridNotes(.navigation)
        let redirected = snapshot.pages.filter { !$0.redirects.isEmpty && StructurePage.isInternal($0.url, homeURL: snapshot.homeURL) }
        let loops = redirected.filter { $0.error?.hasPrefix("redirect-loop") == true || isLoop($0.redirects) }
        let chains = redirected.filter { $0.redirects.count > 1 && !loops.map(\.url).contains($0.url) }
        let describe = { (record: PageRecord) -> Evidence in
            let hops = record.redirects.map { "\($0.status) → \($0.location)" }.joined(separator: " ; ")
            return Evidence.note(record.url, Localized(
                fr: "\(Plural.nfr(record.redirects.count, "saut", "sauts")) : \(hops)" + (record.referrers.isEmpty ? "" : ", lié depuis \(record.referrers[0])"),
                en: "\(Plural.nen(record.redirects.count, "hop", "hops")): \(hops)" + (record.referrers.isEmpty ? "" : ", linked from \(record.referrers[0])")))
        }
        let data: [String: JSONValue] = [
            "redirected": .number(Double(redirected.count)),
            "chains": .array(chains.map { .string($0.url) }), "loops": .array(loops.map { .string($0.url) }),
        ]
        if !loops.isEmpty {
            notes.site(.weakness, "\(Plural.nfr(loops.count, "boucle", "boucles")) de redirection : pages inaccessibles", "\(Plural.nen(loops.count, "redirect loop", "redirect loops")): unreachable pages")
        }
        if !chains.isEmpty {
            notes.site(.weakness, "\(Plural.nfr(chains.count, "chaîne de redirections qui ralentit", "chaînes de redirections qui ralentissent")) la navigation", "\(Plural.nen(chains.count, "redirect chain", "redirect chains")) slowing navigation")
        }
        if loops.isEmpty && chains.isEmpty {
            notes.site(.strength, "Redirections directes, sans chaîne ni boucle", "Direct redirects, no chains or loops")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Aucune chaîne ni boucle de redirections (\(Plural.nfr(redirected.count, "redirection simple", "redirections simples"))).", en: "No redirect chain or loop (\(Plural.nen(redirected.count, "single redirect", "single redirects")))."),
                evidence: redirected.prefix(3).map(describe) + (redirected.isEmpty ? [Evidence.note(snapshot.homeURL, Localized(fr: "aucune redirection interne", en: "no internal redirect"))] : []), data: data))
        }
        return notes.apply(to: meta.result(loops.isEmpty ? .warn : .fail,
            Localized(fr: "\(Plural.nfr(loops.count, "boucle", "boucles")) et \(Plural.nfr(chains.count, "chaîne", "chaînes")) de redirections.", en: "\(Plural.nen(loops.count, "redirect loop", "redirect loops")) and \(Plural.nen(chains.count, "chain", "chains"))."),
            evidence: (loops + chains).prefix(20).map(describe), data: data))
    }

    /// A hop points back to a URL already visited.
    static func isLoop(_ hops: [RedirectHop]) -> Bool {
        var seen = Set<String>()
        for hop in hops {
            seen.insert(hop.url)
            if seen.contains(hop.location) { return true }
        }
        return false
    }
}
