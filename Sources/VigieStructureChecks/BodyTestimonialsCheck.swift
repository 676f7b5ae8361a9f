import Foundation
import VigieCheckKit
import VigieCore

/// `body.testimonials`: customer reviews or testimonials (a section, quotes with attribution,
/// schema.org `Review`/`AggregateRating`, or a review widget).
enum BodyTestimonialsCheck {
    static let meta = CheckMeta(
        id: "body.testimonials", module: .structure,
        title: Localized(fr: "Avis clients ou témoignages", en: "Customer reviews or testimonials"),
        passTitle: Localized(fr: "Avis clients ou témoignages", en: "Customer reviews or testimonials"),
        failTitle: Localized(fr: "Pas d'avis clients ni de témoignages", en: "No customer reviews or testimonials"),
        explanation: Localized(
            fr: "Les avis et témoignages de clients rassurent les prospects : c'est la preuve sociale, un levier fort de conversion.",
            en: "Customer reviews and testimonials reassure prospects: social proof is a strong lever of conversion."),
        remedy: Localized(
            fr: "Afficher des avis clients (texte signé, widget d'avis vérifiés, balisage schema.org Review/AggregateRating).",
            en: "Show customer reviews (signed quotes, a verified-review widget, schema.org Review/AggregateRating markup)."),
        reference: "Grille d'audit BTS NDRC (réassurance) ; Code de la consommation L111-7-2 (avis en ligne)", severity: .notice, section: .body, gridZone: .body)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("testimonials section", expect: .pass, html: "<html><body><main><h1>Dupont</h1><section><h2>Ils nous font confiance</h2><blockquote>Travail soigné, équipe ponctuelle. — Marie L., Villeurbanne</blockquote></section></main></body></html>"),
            CheckExample("JSON-LD reviews", expect: .pass, html: #"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Dupont","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"57"}}</script></head><body><main><h1>Dupont</h1></main></body></html>"#),
            CheckExample("Trustpilot widget", expect: .pass, html: #"<html><head><script src="https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script></head><body><main><h1>Dupont</h1><div class="trustpilot-widget" data-template-id="x"></div></main></body></html>"#),
            CheckExample("Google reviews feed: author, star row, review", expect: .pass, html: #"<html><body><main><h1>Cousseau</h1><div class="google-post"><div class="google-author-name">Sébastien Le Roux</div><div class="google-star-row"><img src="images/Etoile.png" alt="" class="image-122"></div><blockquote class="google-caption">Un grand merci à Alexandre pour son excellent travail. Bravo et merci!</blockquote></div></main></body></html>"#),
            CheckExample("unsigned quote, no stars", expect: .fail, html: #"<html><body><main><h1>Cousseau</h1><div class="post"><blockquote class="caption">Un grand merci à Alexandre pour son excellent travail. Bravo et merci!</blockquote></div></main></body></html>"#),
            CheckExample("no reviews", expect: .fail, html: "<html><body><main><h1>Dupont</h1><h2>Nos services</h2><p>Plomberie, chauffage.</p></main></body></html>"),
        ],
        run: run)

    private static let reviewTypes: Set<String> = ["Review", "AggregateRating", "Rating", "UserReview", "EmployerAggregateRating"]

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let rules = context.rules.pack(StructureWords.self)
        let words = rules.sections.testimonials
        let presence = Presence(
            meta: meta, zone: .body,
            strength: { Localized(fr: "Avis clients / témoignages qui rassurent (\($0))", en: "Reassuring customer reviews / testimonials (\($0))") },
            homeWeakness: Localized(fr: "Pas d'avis clients ni de témoignages sur l'accueil", en: "No customer reviews or testimonials on the home page"),
            siteWeakness: Localized(fr: "Pas d'avis clients ni de témoignages sur le site", en: "No customer reviews or testimonials on the site"),
            found: { Localized(fr: "Avis ou témoignages trouvés (\($0)).", en: "Reviews or testimonials found (\($0)).") },
            missing: Localized(fr: "Aucun avis, témoignage, widget d'avis ni balisage schema.org Review.", en: "No review, testimonial, review widget or schema.org Review markup."))
        var widgets = WidgetMatcher(rules.reviewWidgets, readsInlineScripts: false)
        // Headings outside the content (an aside, a menu) repeat on every page: those are read once.
        let terms = StructureText.Terms(words)
        var repeatedTerm = Memo(terms.first(in:))
        func namesReviews(_ heading: HeadingFact) -> Bool {
            (heading.zone.isTemplate ? repeatedTerm(heading.text) : terms.first(in: heading.text)) != nil
        }
        return presence.run(context) { page in
            let facts = page.facts
            if let type = facts.schemaTypes.first(where: { reviewTypes.contains($0) }) {
                return .init(excerpt: "schema.org \(type)", selector: "script[type=\"application/ld+json\"], [itemtype]", label: "schema.org \(type)")
            }
            if let widget = widgets.first(in: facts) {
                return .init(excerpt: widget.excerpt, selector: nil, label: widget.name)
            }
            if let heading = facts.headings.first(where: { page.inBody($0.zone, $0.order) && namesReviews($0) }) {
                return .init(excerpt: "<h\(heading.level)>\(heading.text)", selector: "h\(heading.level)", label: "« \(Evidence.clip(heading.text, limit: 40)) »")
            }
            if let quote = facts.blockquotes.first(where: hasAttribution) {
                return .init(excerpt: "<blockquote>\(quote)", selector: "blockquote", label: "citation signée")
            }
            return nil
        }
    }


    private static let attribution = try! NSRegularExpression(pattern: #"(?:—|–|-|~)\s*\p{Lu}[\p{L}.]*|\bpar\s+\p{Lu}"#)

    /// A quote that names its author: a dash, "par", or a trailing "Name, Town".
    private static func hasAttribution(_ text: String) -> Bool {
        StructureText.firstMatch(attribution, in: text) != nil
    }
}
