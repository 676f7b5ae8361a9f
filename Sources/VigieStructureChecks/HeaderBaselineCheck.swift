import Foundation
import VigieCheckKit
import VigieCore

/// `header.baseline`: a short text near the logo says what the company does (not just its name).
enum HeaderBaselineCheck {
    static let meta = CheckMeta(
        id: "header.baseline", module: .structure,
        title: Localized(fr: "Baseline qui dit ce que fait l'entreprise", en: "Tagline saying what the company does"),
        passTitle: Localized(fr: "Baseline qui dit ce que fait l'entreprise", en: "Tagline saying what the business does"),
        failTitle: Localized(fr: "Pas de baseline", en: "No tagline"),
        explanation: Localized(
            fr: "La baseline, courte phrase près du logo (« Plombier chauffagiste à Lyon depuis 1990 »), dit en une seconde ce que fait l'entreprise ; le nom seul ne suffit pas.",
            en: "The tagline, a short sentence near the logo (\"Plumber in Lyon since 1990\"), tells in a second what the company does; the name alone does not."),
        remedy: Localized(
            fr: "Ajouter sous le logo une phrase courte : métier, lieu, promesse.",
            en: "Add a short sentence under the logo: trade, place, promise."),
        reference: "Grille d'audit BTS NDRC ; NN/g « Tagline »", severity: .notice, section: .header, gridZone: .header)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("tagline under the logo", expect: .pass, html: #"<html><head><title>Dupont</title></head><body><header><a href="/"><img src="/logo.png" alt="Dupont"></a><p>Plombier chauffagiste à Lyon depuis 1990</p><nav><a href="/a">Services</a></nav></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("class slogan", expect: .pass, html: #"<html><body><div id="entete"><a href="/">Dupont</a><span class="slogan">Votre confort, notre métier</span></div><div id="contenu"><h1>A</h1><p>Texte</p></div></body></html>"#),
            CheckExample("WordPress site-description", expect: .pass, html: #"<html><head><title>Dupont</title></head><body><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Dupont</a></p><p class="site-description">Plombier à Lyon</p></div><nav id="site-navigation"><ul><li><a href="/a">Services</a></li></ul></nav></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("name only", expect: .fail, html: #"<html><head><title>Dupont Plomberie</title></head><body><header><a href="/"><img src="/logo.png" alt="Dupont Plomberie"></a><p>Dupont Plomberie</p><nav><a href="/a">Nos services</a> <a href="/b">Contact</a></nav></header><main><h1>A</h1></main></body></html>"#),
            CheckExample("menu only", expect: .fail, html: #"<html><body><header><nav><ul><li><a href="/a">Nos services</a></li><li><a href="/b">Nos réalisations</a></li><li><a href="/c">Contactez-nous</a></li></ul></nav></header><main><h1>A</h1></main></body></html>"#),
        ],
        run: run)

    private static let greetings = ["bienvenue", "welcome", "accueil"]

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let page = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        let words = context.rules.pack(StructureWords.self)
        var notes = GridNotes(.header)
        let brand = brandWords(page)
        let linkLabels = page.headerLinks.map { StructureText.words($0.label) }.filter { $0 != " " }
        let hinted = page.headerText.first { block in
            block.context.contains { StructureText.firstTerm(in: $0, words.sections.baseline) != nil } && ownWords(block.text, minus: linkLabels).count >= 2
        }
        let candidate = hinted ?? page.headerText.first { isBaseline($0, brand: brand, linkLabels: linkLabels) }
        if let block = candidate {
            let quote = Evidence.clip(block.text, limit: 80)
            notes.both(.strength, "Baseline qui dit ce que fait l'entreprise : « \(quote) »", "Tagline saying what the company does: \"\(quote)\"")
            return notes.apply(to: meta.result(.pass,
                Localized(fr: "Baseline dans l'en-tête : « \(quote) ».", en: "Tagline in the header: \"\(quote)\"."),
                evidence: [Evidence(url: page.url, excerpt: block.text, selector: page.headerSelector)],
                data: ["baseline": .string(block.text), "zone_method": page.headerMethod]))
        }
        notes.both(.weakness, "Pas de baseline : l'en-tête ne dit pas ce que fait l'entreprise", "No tagline: the header does not say what the company does")
        let excerpt = page.facts.zoneFact(.header)?.textExcerpt ?? page.headerText.map(\.text).joined(separator: " | ")
        return notes.apply(to: meta.result(.fail,
            Localized(fr: "Aucune phrase de l'en-tête ne décrit l'activité (seulement le nom, le menu ou les contacts).",
                      en: "No sentence of the header describes the business (only the name, the menu or contact details)."),
            evidence: [Evidence(url: page.url, excerpt: excerpt.isEmpty ? nil : excerpt, selector: page.headerSelector,
                                note: excerpt.isEmpty ? Localized(fr: "en-tête sans texte", en: "header without text") : nil)],
            data: ["zone_method": page.headerMethod]))
    }

    /// Words of the brand: the logo's text alternative, `og:site_name`, the title's parts.
    private static func brandWords(_ page: StructurePage) -> Set<Substring> {
        var names = page.facts.images.filter { $0.linksHome }.compactMap(\.alt)
        names += page.facts.media.filter { $0.linksHome }.compactMap(\.textAlternative)
        names += page.facts.metas.filter { $0.property == "og:site_name" }.compactMap(\.content)
        names.append(page.facts.title ?? "")
        return Set(names.flatMap { StructureText.words($0).split(separator: " ") })
    }

    /// The words of `text` once every link label inside it is removed.
    private static func ownWords(_ text: String, minus labels: [String]) -> [Substring] {
        var rest = StructureText.words(text)
        for label in labels { rest = rest.replacingOccurrences(of: label, with: " ") }
        return rest.split(separator: " ")
    }

    /// A header text of 3 to 25 words that is not a menu, a phone, an address, a greeting or the brand's name alone.
    private static func isBaseline(_ block: TextBlock, brand: Set<Substring>, linkLabels: [String]) -> Bool {
        let own = ownWords(block.text, minus: linkLabels)
        guard (3...25).contains(own.count), block.text.count <= 200 else { return false }
        guard StructureText.phone(in: block.text) == nil, !block.text.contains("@"), !block.text.contains("©") else { return false }
        guard let first = own.first, !greetings.contains(String(first)) else { return false }
        let meaningful = own.filter { $0.count >= 4 && !brand.contains($0) }
        return meaningful.count >= 2
    }
}
