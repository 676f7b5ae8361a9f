import VigieCheckKit
import VigieCore

/// `cta.vague-labels`: no link or button whose label says nothing out of context.
enum VagueLabelsCheck {
    static let meta = CheckMeta(
        id: "cta.vague-labels", module: .cta,
        title: Localized(fr: "Intitulés de liens explicites", en: "Meaningful link labels"),
        passTitle: Localized(fr: "Intitulés de liens explicites", en: "Explicit link labels"),
        failTitle: Localized(fr: "Intitulés de liens vagues", en: "Vague link labels"),
        explanation: Localized(
            fr: "« Cliquez ici », « En savoir plus » ou « Lire la suite » ne disent pas où mène le lien. Les lecteurs d'écran listent les liens hors contexte, et les moteurs de recherche lisent leur intitulé.",
            en: "'Click here', 'Read more' or 'Learn more' do not say where the link goes. Screen readers list links out of context, and search engines read their labels."),
        remedy: Localized(
            fr: "Remplacer l'intitulé par ce que l'on obtient : « Voir nos tarifs de plomberie » plutôt que « Cliquez ici ».",
            en: "Replace the label with what one gets: 'See our plumbing prices' rather than 'Click here'."),
        reference: "WCAG 2.2 SC 2.4.4 (link purpose in context), RGAA 6.1", severity: .notice)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("explicit labels", expect: .pass, html: #"<html><body><a href="/tarifs">Voir nos tarifs</a><a href="/devis">Demander un devis</a></body></html>"#),
            CheckExample("cliquez ici", expect: .warn, html: #"<html><body><p>Pour nos tarifs, <a href="/tarifs">cliquez ici</a>.</p></body></html>"#),
            CheckExample("En savoir plus button and Read more", expect: .warn, pages: [
                .init("/", #"<html><body><button>En savoir plus…</button><a href="/b">Blog</a></body></html>"#),
                .init("/b", #"<html><body><a href="/post">Read more »</a></body></html>"#),
            ]),
            CheckExample("no link at all", expect: .na, html: "<html><body><p>x</p></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let detector = CTAReport.detector(context)
        var found: [JSONValue] = []
        var evidence: [Evidence] = []
        var count = 0
        var pages: Set<String> = []
        var controls = 0
        // Menus and footers repeat on every page: their labels are judged once.
        var repeatedVague = Memo(detector.isVague)
        for (record, facts) in context.snapshot.htmlPages {
            controls += facts.links.count + facts.buttons.count
            let vagueLinks = facts.links.filter { $0.zone.isTemplate ? repeatedVague($0.label) : detector.isVague($0.label) }.map { ($0.label, $0.href, $0.path) }
            let vagueButtons = facts.buttons.filter { detector.isVague($0.label) }.map { ($0.label, "<\($0.tag)>", $0.path) }
            for (label, target, path) in vagueLinks + vagueButtons {
                count += 1
                pages.insert(record.url)
                if found.count < 50 { found.append(["page": .string(record.url), "label": .string(label), "target": .string(target)]) }
                if evidence.count < 20 { evidence.append(Evidence(url: record.url, excerpt: label, selector: path, note: Localized(fr: "vers \(target)", en: "to \(target)"))) }
            }
        }
        guard controls > 0 else {
            return meta.result(.na, Localized(fr: "Aucun lien ni bouton lu.", en: "No link or button was read."))
        }
        let data: [String: JSONValue] = ["count": .number(Double(count)), "links": .array(found)]
        if count == 0 {
            return meta.result(.pass, Localized(
                fr: "Aucun intitulé vague parmi les \(controls) liens et boutons.", en: "No vague label among the \(controls) links and buttons."),
                evidence: [Evidence.note(context.snapshot.homeURL, Localized(fr: "\(Plural.nfr(controls, "lien ou bouton", "liens et boutons")), aucun « cliquez ici » ni « en savoir plus »",
                                                                        en: "\(Plural.nen(controls, "link or button", "links and buttons")), no “click here” or “read more”"))], data: data)
        }
        return meta.result(.warn, Localized(
            fr: "\(Plural.nfr(count, "lien ou bouton", "liens ou boutons")) à l'intitulé vague sur \(Plural.nfr(pages.count, "page", "pages")).",
            en: "\(Plural.nen(count, "link or button", "links or buttons")) with a vague label on \(Plural.nen(pages.count, "page", "pages"))."),
            evidence: evidence, data: data)
    }
}
