/// An `<img>` (or `<input type=image>`).
///
/// Laid out for the snapshot's memory like `LinkFact`: the source and the text alternative inline,
/// the attributes images share (srcset, sizes, width, height, classes, id) in one `SharedValue`,
/// the position in 32 bits — 48 bytes an image instead of 144. The shared attributes read and write as
/// the image's own (`image.width`).
@dynamicMemberLookup
public struct ImageFact: Sendable, Hashable {
    /// The attributes of an image that many images of a site share.
    public struct Details: Sendable, Hashable, Codable {
        public var srcset: String?
        public var sizes: String?
        public var width: String?
        public var height: String?
        /// Inside a `<picture>` element.
        public var inPicture: Bool
        public var classes: [String]
        public var id: String?

        public init(
            srcset: String? = nil, sizes: String? = nil, width: String? = nil, height: String? = nil, inPicture: Bool = false,
            classes: [String] = [], id: String? = nil
        ) {
            self.srcset = srcset
            self.sizes = sizes
            self.width = width
            self.height = height
            self.inPicture = inPicture
            self.classes = classes
            self.id = id
        }
    }

    /// The absolute `src`.
    public var src: String?
    /// The `alt` attribute: nil when absent, "" when empty (decorative).
    public var alt: String?
    /// `srcset`, `sizes`, `width`, `height`, `inPicture`, `classes` and `id`, shared with the images that have the same.
    public var details: SharedValue<Details>
    private var position: Int32
    public var zone: Zone
    /// Inside a link to the page's home (`/`), as logos are.
    public var linksHome: Bool

    public init(
        src: String?, alt: String? = nil, srcset: String? = nil, sizes: String? = nil, width: String? = nil, height: String? = nil,
        inPicture: Bool = false, linksHome: Bool = false, classes: [String] = [], id: String? = nil, zone: Zone = .body, order: Int = 0
    ) {
        self.src = src
        self.alt = alt
        details = SharedValue(Details(srcset: srcset, sizes: sizes, width: width, height: height, inPicture: inPicture, classes: classes, id: id))
        position = Int32(clamping: order)
        self.zone = zone
        self.linksHome = linksHome
    }

    /// A shared attribute, as if it were the image's own; writing it makes a new `SharedValue`.
    @inlinable
    public subscript<Part>(dynamicMember keyPath: WritableKeyPath<Details, Part>) -> Part {
        get { details.value[keyPath: keyPath] }
        set { details = details.with(keyPath, newValue) }
    }

    /// Position among the page's elements, in document order.
    public var order: Int {
        get { Int(position) }
        set { position = Int32(clamping: newValue) }
    }
}

extension ImageFact: Codable {
    private enum CodingKeys: String, CodingKey {
        case src, alt, zone, linksHome, order
    }

    /// The details' keys sit beside the image's own, as if they were its fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            src: try container.decodeIfPresent(String.self, forKey: .src), alt: try container.decodeIfPresent(String.self, forKey: .alt),
            linksHome: try container.decode(Bool.self, forKey: .linksHome), zone: try container.decode(Zone.self, forKey: .zone),
            order: try container.decode(Int.self, forKey: .order))
        details = SharedValue(try Details(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(src, forKey: .src)
        try container.encodeIfPresent(alt, forKey: .alt)
        try container.encode(zone, forKey: .zone)
        try container.encode(linksHome, forKey: .linksHome)
        try container.encode(order, forKey: .order)
        try details.value.encode(to: encoder)
    }
}
