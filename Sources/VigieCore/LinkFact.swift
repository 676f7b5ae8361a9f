/// An `<a href>` (or `<area href>`) of the page.
///
/// Laid out for the snapshot's memory (a 10,000-page site keeps half a million of them): what varies
/// per link is stored inline, what links share (rel, classes, role, path) is one `SharedValue`, and
/// the position is 32 bits — 64 bytes a link instead of 120. It reads, writes, compares and encodes
/// as a plain struct of its properties.
public struct LinkFact: Sendable, Hashable {
    /// The parts of a link that most links of a site share with others.
    public struct Style: Sendable, Hashable, Codable {
        public var rel: [String]
        public var classes: [String]
        public var role: String?
        public var path: String

        public init(rel: [String] = [], classes: [String] = [], role: String? = nil, path: String = "") {
            self.rel = rel
            self.classes = classes
            self.role = role
            self.path = path
        }
    }

    /// The `href` as written.
    public var href: String
    /// The absolute URL (against `<base>` and the page), nil for `javascript:` and unparsable values.
    public var url: String?
    /// The visible label: text, else `aria-label`, else `title`, else the `alt` of an image inside.
    public var label: String
    /// `rel`, `classes`, `role` and `path`, shared with the links that have the same.
    public var style: SharedValue<Style>
    private var position: Int32
    public var zone: Zone
    /// The link wraps an image or an svg (a logo, a banner).
    public var hasImage: Bool

    public init(
        href: String, url: String?, label: String, rel: [String] = [], zone: Zone = .body, classes: [String] = [],
        role: String? = nil, hasImage: Bool = false, order: Int = 0, path: String = ""
    ) {
        self.href = href
        self.url = url
        self.label = label
        style = SharedValue(Style(rel: rel, classes: classes, role: role, path: path))
        position = Int32(clamping: order)
        self.zone = zone
        self.hasImage = hasImage
    }

    /// `rel` tokens, lower-case.
    public var rel: [String] {
        get { style.value.rel }
        set { style = style.with(\.rel, newValue) }
    }

    /// Class names and the `role` attribute, for "styled as a button" and similar hints.
    public var classes: [String] {
        get { style.value.classes }
        set { style = style.with(\.classes, newValue) }
    }

    public var role: String? {
        get { style.value.role }
        set { style = style.with(\.role, newValue) }
    }

    /// A short selector-like path to the element (`header nav ul li a`).
    public var path: String {
        get { style.value.path }
        set { style = style.with(\.path, newValue) }
    }

    /// Position among the page's elements, in document order.
    public var order: Int {
        get { Int(position) }
        set { position = Int32(clamping: newValue) }
    }
}

extension LinkFact: Codable {
    private enum CodingKeys: String, CodingKey {
        case href, url, label, zone, hasImage, order
    }

    /// The style's keys sit beside the link's own, as if they were its fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            href: try container.decode(String.self, forKey: .href), url: try container.decodeIfPresent(String.self, forKey: .url),
            label: try container.decode(String.self, forKey: .label), zone: try container.decode(Zone.self, forKey: .zone),
            hasImage: try container.decode(Bool.self, forKey: .hasImage), order: try container.decode(Int.self, forKey: .order))
        style = SharedValue(try Style(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(href, forKey: .href)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encode(label, forKey: .label)
        try container.encode(zone, forKey: .zone)
        try container.encode(hasImage, forKey: .hasImage)
        try container.encode(order, forKey: .order)
        try style.value.encode(to: encoder)
    }
}
