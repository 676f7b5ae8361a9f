import VigieCheckKit
import VigieCore

/// `cookies.trackers`: the trackers and widgets the pages load, by name and category, and unknown third-party scripts.
enum TrackersCheck {
    static let meta = CheckMeta(
        id: "cookies.trackers", module: .cookies,
        title: Localized(fr: "Traceurs et services tiers chargés", en: "Trackers and third-party services loaded"),
        passTitle: Localized(fr: "Aucun traceur tiers", en: "No third-party tracker"),
        failTitle: Localized(fr: "Traceurs et services tiers chargés ({pages})", en: "Trackers and third-party services loaded ({pages})"),
        explanation: Localized(
            fr: "La liste des outils tiers que les pages chargent (mesure d'audience, publicité, réseaux sociaux, vidéos, chat, cartes), avec ceux qui exigent le consentement de l'internaute avant de s'exécuter.",
            en: "The third-party tools the pages load (audience measurement, advertising, social networks, videos, chat, maps), with those that need the visitor's consent before they run."),
        remedy: Localized(
            fr: "Tenir cette liste à jour dans la politique cookies et soumettre chaque outil qui l'exige au consentement.",
            en: "Keep this list in the cookie policy and put every tool that needs it behind consent."),
        reference: CookieReference.consent, severity: .notice, section: .cookiesTrackers)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("Google Analytics and a YouTube video", expect: .info, html: CookieExamples.page(
                head: CookieExamples.gtag, body: #"<iframe src="https://www.youtube.com/embed/abc" title="Vidéo"></iframe>"#)),
            CheckExample("no tracker", expect: .info, html: CookieExamples.page()),
            CheckExample("no HTML page", expect: .na, pages: [.init("/", "Not found", status: 404)]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard !context.snapshot.htmlPages.isEmpty else {
            return meta.result(.na, Localized(fr: "Aucune page HTML lue.", en: "No HTML page was read."))
        }
        let analysis = CookieAnalysis.of(context)
        let listed = analysis.products.filter { !($0.signature.category == "functional" && $0.signature.needsConsent == .no) }
        let trackers: [JSONValue] = listed.map { product in
            let needs: JSONValue = switch product.signature.needsConsent {
            case .yes: .bool(true)
            case .no: .bool(false)
            case .review: .string("review")
            }
            return .object([
                "name": .string(product.signature.name), "vendor": .string(product.signature.vendor),
                "category": .string(product.signature.category), "needs_consent": needs,
                "gated": .bool(!product.loadsBeforeConsent), "pages": .array(product.pages.map { .string($0) }),
            ])
        }
        let unknown: [JSONValue] = analysis.unknownHosts.map { .object(["host": .string($0.host), "pages": .array($0.pages.map { .string($0) })]) }
        let evidence = listed.prefix(20).compactMap { product in
            product.detections.first.map {
                Evidence(url: $0.url, excerpt: $0.detection.excerpt, selector: $0.detection.selector, note: .verbatim(product.signature.name))
            }
        } + analysis.unknownHosts.prefix(10).map {
            Evidence(url: $0.pages[0], excerpt: $0.host, selector: "script[src*=\"\($0.host)\"]",
                     note: Localized(fr: "script tiers inconnu", en: "unknown third-party script"))
        }
        let needing = listed.filter { $0.signature.needsConsent == .yes }.count
        let message = listed.isEmpty && unknown.isEmpty
            ? Localized(fr: "Aucun traceur ni service tiers connu dans le HTML des pages.", en: "No known tracker or third-party service in the pages' HTML.")
            : Localized(
                fr: "\(listed.count) \(Plural.fr(listed.count, "service tiers reconnu", "services tiers reconnus")), dont \(needing) soumis au consentement ; "
                    + "\(unknown.count) \(Plural.fr(unknown.count, "hôte de scripts tiers inconnu", "hôtes de scripts tiers inconnus")).",
                en: "\(listed.count) known third-party \(Plural.en(listed.count, "service", "services")), \(needing) needing consent; "
                    + "\(unknown.count) unknown third-party script \(Plural.en(unknown.count, "host", "hosts")).")
        let shown = evidence.isEmpty
            ? [Evidence.note(context.snapshot.homeURL, Localized(fr: "aucun script, iframe ou pixel de service tiers connu", en: "no known third-party script, iframe or pixel"),
                             selector: "script, iframe, img")]
            : evidence
        let yes = Localized(fr: "oui", en: "yes"), no = Localized(fr: "non", en: "no")
        let table = ResultTable(
            title: Localized(fr: "Traceurs et services tiers", en: "Trackers and third-party services"),
            columns: [Localized(fr: "Nom", en: "Name"), Localized(fr: "Éditeur", en: "Vendor"), Localized(fr: "Catégorie", en: "Category"),
                      Localized(fr: "Consentement requis", en: "Needs consent"), Localized(fr: "Bloqué avant consentement", en: "Blocked before consent"),
                      Localized(fr: "Pages", en: "Pages")],
            rows: listed.map { product in
                let needs = switch product.signature.needsConsent {
                case .yes: yes
                case .no: no
                case .review: Localized(fr: "à examiner", en: "to review")
                }
                return [.verbatim(product.signature.name), .verbatim(product.signature.vendor), .verbatim(product.signature.category), needs,
                        product.loadsBeforeConsent ? no : yes, .list(product.pages, limit: 3)]
            })
        return meta.result(.info, message, evidence: shown, data: ["trackers": .array(trackers), "unknown_scripts": .array(unknown)])
            .with(listed.isEmpty ? nil : table)
    }
}
