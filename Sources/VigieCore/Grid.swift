/// The audit grid of the BTS NDRC exam and of consultants: per zone of the page (header, body, footer,
/// navigation), the strengths and the weaknesses, each worded as an answer to "what are the strengths and
/// weaknesses of each part of the home page?" and tied to the check that found it.
///
/// The grid is built from check results alone, so a renderer that imports only VigieCore can draw it.
/// A check takes part by putting these keys in its result's `data`:
///
/// - `grid_zone` (string): the check's own zone, one of `header`, `body`, `footer`, `navigation`.
/// - `grid_home` (array): what the check says about the **home page**.
/// - `grid_site` (array): what the check says about **the site as a whole**.
///
/// Each element of `grid_home` / `grid_site` is an object
/// `{"zone": "header"|"body"|"footer"|"navigation", "kind": "strength"|"weakness", "fr": "…", "en": "…"}`.
/// A check may give several items, in several zones (CGV found but no legal notice: one strength and one
/// weakness in the footer; social links in the header and in the footer), or none (the check did not apply).
/// Make the items with `AuditGrid.item(_:_:_:)` and read them back with `AuditGrid.build(_:results:)`.
public struct AuditGrid: Sendable, Hashable, Codable {
    /// What the grid describes.
    public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
        /// The home page, as the exam asks.
        case home
        /// Every crawled page together.
        case site

        /// The `data` key that holds the items of this scope.
        public var dataKey: String { self == .home ? "grid_home" : "grid_site" }
    }

    public var scope: Scope
    /// One row per zone, in the order header, body, footer, navigation (every zone present, even empty).
    public var rows: [GridRow]

    public init(scope: Scope, rows: [GridRow]) {
        self.scope = scope
        self.rows = rows
    }

    /// The row of `zone`.
    public func row(_ zone: GridZone) -> GridRow {
        rows.first { $0.zone == zone } ?? GridRow(zone: zone)
    }

    /// Builds the grid of `scope` from the `data` of `results` (results without grid keys are skipped),
    /// keeping the order of `results` inside each list.
    public static func build(_ scope: Scope, results: [CheckResult]) -> AuditGrid {
        var rows = GridZone.allCases.map { GridRow(zone: $0) }
        for result in results {
            guard case .array(let entries)? = result.data[scope.dataKey] else { continue }
            for entry in entries {
                guard case .object(let fields) = entry,
                      let zone = fields["zone"]?.stringValue.flatMap(GridZone.init(rawValue:)),
                      let kind = fields["kind"]?.stringValue.flatMap(GridItem.Kind.init(rawValue:)),
                      let fr = fields["fr"]?.stringValue, let en = fields["en"]?.stringValue,
                      let index = rows.firstIndex(where: { $0.zone == zone })
                else { continue }
                let item = GridItem(checkId: result.id, text: Localized(fr: fr, en: en))
                switch kind {
                case .strength: rows[index].strengths.append(item)
                case .weakness: rows[index].weaknesses.append(item)
                }
            }
        }
        return AuditGrid(scope: scope, rows: rows)
    }

    /// The grid of `scope` from the results' own items, and, for each result of a check that names its grid zone
    /// in `catalog` (`CheckMeta.gridZone`) but gave no item of that scope, one item worded by its heading: a
    /// strength when it passes, a weakness when it fails or warns (a new check appears in the grid by its metadata).
    public static func build(_ scope: Scope, results: [CheckResult], catalog: [String: CheckMeta]) -> AuditGrid {
        var grid = build(scope, results: results)
        for result in results where result.data[scope.dataKey] == nil {
            guard let meta = catalog[result.id], let zone = meta.gridZone,
                  let index = grid.rows.firstIndex(where: { $0.zone == zone }) else { continue }
            let item = GridItem(checkId: result.id, text: meta.heading(for: result))
            switch result.status {
            case .pass: grid.rows[index].strengths.append(item)
            case .fail, .warn: grid.rows[index].weaknesses.append(item)
            case .na, .unknown, .info: continue
            }
        }
        return grid
    }

    /// The grid of the home page (`home: true`) or of the whole site, from results alone.
    public static func grid(home: Bool, results: [CheckResult]) -> AuditGrid {
        build(home ? .home : .site, results: results)
    }

    /// One grid item as stored in a result's `data` (an element of `grid_home` / `grid_site`).
    public static func item(_ zone: GridZone, _ kind: GridItem.Kind, _ text: Localized) -> JSONValue {
        .object(["zone": .string(zone.rawValue), "kind": .string(kind.rawValue), "fr": .string(text.fr), "en": .string(text.en)])
    }
}

/// A zone of the audit grid.
public enum GridZone: String, Sendable, Hashable, Codable, CaseIterable {
    case header, body, footer, navigation

    /// The zone's name in a report.
    public var title: Localized {
        switch self {
        case .header: Localized(fr: "En-tête", en: "Header")
        case .body: Localized(fr: "Corps de page", en: "Body")
        case .footer: Localized(fr: "Pied de page", en: "Footer")
        case .navigation: Localized(fr: "Navigation", en: "Navigation")
        }
    }
}

/// One row of the grid: a zone, its strengths and its weaknesses.
public struct GridRow: Sendable, Hashable, Codable {
    public var zone: GridZone
    public var strengths: [GridItem]
    public var weaknesses: [GridItem]

    public init(zone: GridZone, strengths: [GridItem] = [], weaknesses: [GridItem] = []) {
        self.zone = zone
        self.strengths = strengths
        self.weaknesses = weaknesses
    }
}

/// A strength or a weakness, in plain words, with the check that found it.
public struct GridItem: Sendable, Hashable, Codable {
    /// Whether the item is good or bad news.
    public enum Kind: String, Sendable, Hashable, Codable {
        case strength, weakness
    }

    public var checkId: String
    public var text: Localized

    public init(checkId: String, text: Localized) {
        self.checkId = checkId
        self.text = text
    }
}
