import VigieCheckKit
import VigieCore

/// A "is this feature on the site?" check (news, reviews, chat, newsletter): found on the home page,
/// found elsewhere, or not found; the home page and the site each get their own grid item.
struct Presence {
    /// Where a feature was seen and what it was (a widget name, a heading).
    struct Sighting {
        var excerpt: String
        var selector: String?
        /// A short name for the wording ("Trustpilot", "« Nos actualités »").
        var label: String
    }

    var meta: CheckMeta
    var zone: GridZone
    /// Wording of the grid items, given the sighting's label.
    var strength: (String) -> Localized
    var homeWeakness: Localized
    var siteWeakness: Localized
    /// The result message when found (given the label) and when missing.
    var found: (String) -> Localized
    var missing: Localized

    func run(_ context: AuditContext, detect: (StructurePage) -> Sighting?) -> CheckResult {
        guard let home = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        var notes = GridNotes(zone)
        let onHome = detect(home)
        var sightings: [(url: String, sighting: Sighting)] = onHome.map { [(home.url, $0)] } ?? []
        for page in context.structurePages where page.url != home.url && sightings.count < 5 {
            if let seen = detect(page) { sightings.append((page.url, seen)) }
        }
        if let onHome {
            notes.home(.strength, strength(onHome.label).fr, strength(onHome.label).en)
        } else {
            notes.home(.weakness, homeWeakness.fr, homeWeakness.en)
        }
        guard let first = sightings.first else {
            notes.site(.weakness, siteWeakness.fr, siteWeakness.en)
            return notes.apply(to: meta.result(.fail, missing,
                evidence: [Evidence.note(home.url, Localized(fr: "\(Plural.nfr(context.structurePages.count, "page lue", "pages lues")), rien trouvé",
                                                         en: "\(Plural.nen(context.structurePages.count, "page", "pages")) read, nothing found"))]))
        }
        notes.site(.strength, strength(first.sighting.label).fr, strength(first.sighting.label).en)
        return notes.apply(to: meta.result(.pass, found(first.sighting.label),
            evidence: sightings.map { Evidence(url: $0.url, excerpt: $0.sighting.excerpt, selector: $0.sighting.selector) },
            data: ["on_home": .bool(onHome != nil), "found": .string(first.sighting.label)]))
    }
}
