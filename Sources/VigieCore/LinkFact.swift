/// An `<a href>` (or `<area href>`) of the page.
///
/// Laid out for the snapshot's memory (a 10,000-page site keeps half a million of them): the label,
/// zone and position are stored inline; where the link goes and how it is written (href, URL, rel,
/// classes, role, path) is one `SharedValue`, which the crawler shares between the links of the site
/// that go to the same place the same way (each page is linked from ~30 others, menus from all) — 32
/// bytes a link instead of 120. It reads, writes, compares and encodes as a plain struct of its properties:
/// the common part's fields as the link's own (`link.href`).
@dynamicMemberLookup
public struct LinkFact: Sendable, Hashable {
    /// What a link has in common with the other links to the same place, written the same way.
    public struct Common: Sendable, Hashable, Codable {
        /// The `href` as written.
        public var href: String
        /// The absolute URL (against `<base>` and the page), nil for `javascript:` and unparsable values.
        public var url: String?
        /// `rel` tokens, lower-case.
        public var rel: [String]
        /// Class names and the `role` attribute, for "styled as a button" and similar hints.
        public var classes: [String]
        public var role: String?
        /// A short selector-like path to the element (`header nav ul li a`).
        public var path: String

        public init(href: String, url: String?, rel: [String] = [], classes: [String] = [], role: String? = nil, path: String = "") {
            self.href = href
            self.url = url
            self.rel = rel
            self.classes = classes
            self.role = role
            self.path = path
        }
    }

    /// The visible label: text, else `aria-label`, else `title`, else the `alt` of an image inside.
    public var label: String
    /// `href`, `url`, `rel`, `classes`, `role` and `path`, shared with the links that have the same.
    public var common: SharedValue<Common>
    private var position: Int32
    public var zone: Zone
    /// The link wraps an image or an svg (a logo, a banner).
    public var hasImage: Bool

    public init(
        href: String, url: String?, label: String, rel: [String] = [], zone: Zone = .body, classes: [String] = [],
        role: String? = nil, hasImage: Bool = false, order: Int = 0, path: String = ""
    ) {
        self.label = label
        common = SharedValue(Common(href: href, url: url, rel: rel, classes: classes, role: role, path: path))
        position = Int32(clamping: order)
        self.zone = zone
        self.hasImage = hasImage
    }

    /// A field of the common part, as if it were the link's own; writing it makes a new `SharedValue`.
    @inlinable
    public subscript<Part>(dynamicMember keyPath: WritableKeyPath<Common, Part>) -> Part {
        get { common.value[keyPath: keyPath] }
        set { common = common.with(keyPath, newValue) }
    }

    /// Position among the page's elements, in document order.
    public var order: Int {
        get { Int(position) }
        set { position = Int32(clamping: newValue) }
    }
}

extension LinkFact: Codable {
    private enum CodingKeys: String, CodingKey {
        case label, zone, hasImage, order
    }

    /// The common part's keys sit beside the link's own, as if they were its fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let common = try Common(from: decoder)
        self.init(
            href: common.href, url: common.url, label: try container.decode(String.self, forKey: .label),
            zone: try container.decode(Zone.self, forKey: .zone), hasImage: try container.decode(Bool.self, forKey: .hasImage),
            order: try container.decode(Int.self, forKey: .order))
        self.common = SharedValue(common)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(zone, forKey: .zone)
        try container.encode(hasImage, forKey: .hasImage)
        try container.encode(order, forKey: .order)
        try common.value.encode(to: encoder)
    }
}
