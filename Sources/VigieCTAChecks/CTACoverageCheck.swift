import VigieCheckKit
import VigieCore

/// `cta.coverage`: the share of content pages with at least one call to action.
enum CTACoverageCheck {
    static let meta = CheckMeta(
        id: "cta.coverage", module: .cta,
        title: Localized(fr: "Appels à l'action sur les pages de contenu", en: "Calls to action across content pages"),
        passTitle: Localized(fr: "Appels à l'action sur les pages de contenu", en: "Calls to action on the content pages"),
        failTitle: Localized(fr: "Pages de contenu sans appel à l'action", en: "Content pages without a call to action"),
        explanation: Localized(
            fr: "Beaucoup de visiteurs arrivent par une page intérieure (un service, un article). Chaque page de contenu devrait leur proposer l'étape suivante : devis, réservation, achat, contact.",
            en: "Many visitors land on an inner page (a service, an article). Every content page should offer them the next step: quote, booking, purchase, contact."),
        remedy: Localized(
            fr: "Ajouter un appel à l'action (bouton « Demander un devis », « Réserver »…) sur les pages listées.",
            en: "Add a call to action (a 'Get a quote', 'Book'… button) to the pages listed."),
        reference: "Nielsen Norman Group, call-to-action guidelines", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("every content page has one", expect: .pass, pages: [
                .init("/", #"<html><body><main><h1>Dupont</h1><a class="btn" href="/devis">Demander un devis</a><a href="/services">Services</a></main></body></html>"#),
                .init("/services", #"<html><body><main><h1>Services</h1><button>Prendre rendez-vous</button></main></body></html>"#),
                .init("/mentions-legales", "<html><head><title>Mentions légales</title></head><body><p>Éditeur : Dupont SARL</p></body></html>"),
            ]),
            CheckExample("redirect stubs have none: not pages", expect: .pass, pages: [
                .init("/", #"<html><body><main><h1>Dupont</h1><a class="btn" href="/devis">Demander un devis</a><a href="/services">Services</a></main></body></html>"#),
                .init("/services", #"<html><body><main><h1>Services</h1><button>Prendre rendez-vous</button></main></body></html>"#),
                .init("/index4599.html", StubExamples.httrack(to: "services")),
                .init("/prestations/", StubExamples.jekyll(to: "/services")),
                .init("/tarifs.html", StubExamples.script(to: "https://www.example.fr/services")),
            ]),
            CheckExample("most content pages have none", expect: .warn, pages: [
                .init("/", #"<html><body><main><h1>Dupont</h1><a class="btn" href="/devis">Demander un devis</a></main></body></html>"#),
                .init("/a", "<html><body><main><h1>A</h1><p>Texte.</p></main></body></html>"),
                .init("/b", "<html><body><main><h1>B</h1><p>Texte.</p></main></body></html>"),
            ]),
            CheckExample("no page has one", expect: .fail, pages: [
                .init("/", #"<html><body><nav><a href="/contact">Contact</a></nav><main><h1>Dupont</h1></main></body></html>"#),
                .init("/a", "<html><body><main><h1>A</h1><p>Texte.</p></main></body></html>"),
            ]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let detector = CTAReport.detector(context)
        let words = context.rules.pack(CTAWords.self)
        let pageWords = context.rules.pack(PriorityPageWords.self)
        var total = 0
        var covered = 0
        var without: [String] = []
        // Each distinct call to action once (label, target, zone), with the first page and the number of pages.
        var listed: [(cta: CallToAction, page: String)] = []
        var listedIndex: [String: Int] = [:]
        var listedPages: [Int] = []
        var competing: [JSONValue] = []
        var evidence: [Evidence] = []
        var actions = Memo(detector.action(in:))
        var normalized = Memo(LabelText.normalize)
        let utilityPhrases = CTAReport.utilityPhrases(pageWords)
        for (record, facts) in context.snapshot.htmlPages where !CTAReport.isUtilityPage(record.url, title: facts.title, phrases: utilityPhrases) {
            total += 1
            let ctas = detector.callsToAction(in: facts, actions: &actions)
            let hasForm = facts.forms.contains { ContactPathCheck.isContactForm($0) && !$0.submits.isEmpty }
            if ctas.isEmpty && !hasForm {
                without.append(record.url)
            } else {
                covered += 1
                if evidence.count < 3 {
                    if let first = ctas.first {
                        evidence.append(CTAReport.evidence(first, page: record.url))
                    } else if let form = facts.forms.first(where: ContactPathCheck.isContactForm) {
                        evidence.append(Evidence.note(record.url, Localized(fr: "formulaire vers \(form.action ?? record.url)", en: "form to \(form.action ?? record.url)"), selector: "form"))
                    }
                }
            }
            for cta in ctas {
                let key = "\(normalized(cta.label))|\(cta.target ?? "")|\(cta.zone.rawValue)"
                if let index = listedIndex[key] {
                    listedPages[index] += 1
                } else if listed.count < 100 {
                    listedIndex[key] = listed.count
                    listed.append((cta, record.url))
                    listedPages.append(1)
                }
            }
            if let labels = CTAReport.competing(ctas, words: words), competing.count < 20 {
                competing.append(["page": .string(record.url), "count": .number(Double(labels.count)), "labels": .array(labels.prefix(10).map { .string($0) })])
            }
        }
        guard total > 0 else {
            return meta.result(.na, Localized(fr: "Aucune page de contenu lue.", en: "No content page was read."))
        }
        let share = Double(covered) / Double(total)
        var data: [String: JSONValue] = [
            "content_pages": .number(Double(total)), "pages_with_cta": .number(Double(covered)), "share": .number((share * 100).rounded() / 100),
            "pages_without_cta": .array(without.prefix(50).map { .string($0) }),
            "ctas": .array(zip(listed, listedPages).map { entry, pages in
                guard case .object(var object)? = CTAReport.json([entry.cta], page: entry.page).first else { return .null }
                object["pages"] = .number(Double(pages))
                return .object(object)
            }),
        ]
        if !competing.isEmpty { data["competing"] = .array(competing) }
        let percent = Int((share * 100).rounded())
        let message = Localized(
            fr: "\(covered) \(Plural.fr(total, "page de contenu", "pages de contenu")) sur \(total) (\(percent) %) \(Plural.fr(covered, "propose", "proposent")) un appel à l'action.",
            en: "\(covered) of \(total) content \(Plural.en(total, "page", "pages")) (\(percent)%) offer a call to action.")
        let missing = without.prefix(20).map { Evidence.note($0, Localized(fr: "aucun appel à l'action", en: "no call to action"), selector: "body") }
        let table = CTAReport.table(zip(listed, listedPages).map { (cta: $0.cta, page: $0.page, pages: $1) })
        if covered == 0 { return meta.result(.fail, message, evidence: missing, data: data).with(table) }
        if share < words.coverageThreshold { return meta.result(.warn, message, evidence: missing, data: data).with(table) }
        return meta.result(.pass, message, evidence: evidence + missing.prefix(5), data: data).with(table)
    }
}
