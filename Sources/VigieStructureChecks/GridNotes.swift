import VigieCheckKit
import VigieCore

/// The grid items a structure check puts in its result (see `AuditGrid` for the `data` keys).
struct GridNotes {
    /// The check's own zone (`grid_zone`).
    let zone: GridZone
    private(set) var home: [JSONValue] = []
    private(set) var site: [JSONValue] = []

    init(_ zone: GridZone) { self.zone = zone }

    /// An item of the home page's grid.
    mutating func home(_ kind: GridItem.Kind, _ fr: String, _ en: String, zone: GridZone? = nil) {
        home.append(AuditGrid.item(zone ?? self.zone, kind, Localized(fr: fr, en: en)))
    }

    /// An item of the site's grid.
    mutating func site(_ kind: GridItem.Kind, _ fr: String, _ en: String, zone: GridZone? = nil) {
        site.append(AuditGrid.item(zone ?? self.zone, kind, Localized(fr: fr, en: en)))
    }

    /// The same item in both grids (a header is the same on every page).
    mutating func both(_ kind: GridItem.Kind, _ fr: String, _ en: String, zone: GridZone? = nil) {
        home(kind, fr, en, zone: zone)
        site(kind, fr, en, zone: zone)
    }

    /// Writes `grid_zone`, `grid_home` and `grid_site` into `result`.
    func apply(to result: CheckResult) -> CheckResult {
        var result = result
        result.data["grid_zone"] = .string(zone.rawValue)
        result.data["grid_home"] = .array(home)
        result.data["grid_site"] = .array(site)
        return result
    }
}

extension CheckMeta {
    /// The `unknown` result when no HTML page was parsed.
    func noPage(_ snapshot: SiteSnapshot) -> CheckResult {
        let first = snapshot.pages.first
        let why = first.map { page in
            page.error.map(CrawlErrorText.describe) ?? Localized(fr: "HTTP \(page.status), \(page.contentType ?? "sans type")", en: "HTTP \(page.status), \(page.contentType ?? "no type")")
        } ?? Localized(fr: "aucune adresse explorée", en: "no address crawled")
        return result(.unknown, Localized(fr: "Aucune page HTML n'a pu être lue.", en: "No HTML page could be read."),
                      evidence: [Evidence.note(snapshot.startURL, why)])
    }

    /// The `na` result of a check that needs HTTP facts, in directory mode; `what` names the check ("contrôle des redirections").
    func directoryMode(_ what: Localized) -> CheckResult {
        result(.na, Localized(
            fr: "Audit d'un dossier : \(what.fr) impossible sans serveur HTTP.",
            en: "Directory audit: \(what.en) impossible without an HTTP server."))
    }
}
