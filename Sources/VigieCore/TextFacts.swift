/// A heading `<h1>`…`<h6>`. Level and position are stored small (24 bytes a heading instead of 40).
public struct HeadingFact: Sendable, Hashable {
    public var text: String
    private var position: Int32
    private var rank: UInt8
    public var zone: Zone

    public init(level: Int, text: String, zone: Zone = .body, order: Int = 0) {
        self.text = text
        position = Int32(clamping: order)
        rank = UInt8(clamping: level)
        self.zone = zone
    }

    /// 1 for `<h1>` … 6 for `<h6>`.
    public var level: Int {
        get { Int(rank) }
        set { rank = UInt8(clamping: newValue) }
    }

    /// Position among the page's elements, in document order.
    public var order: Int {
        get { Int(position) }
        set { position = Int32(clamping: newValue) }
    }
}

extension HeadingFact: Codable {
    private enum CodingKeys: String, CodingKey {
        case level, text, zone, order
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            level: try container.decode(Int.self, forKey: .level), text: try container.decode(String.self, forKey: .text),
            zone: try container.decode(Zone.self, forKey: .zone), order: try container.decode(Int.self, forKey: .order))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(text, forKey: .text)
        try container.encode(zone, forKey: .zone)
        try container.encode(order, forKey: .order)
    }
}

/// A block of the page's visible text (a paragraph, a list item, a cell, a heading, a div's own text).
/// Inline tags and line breaks inside a block are joined with single spaces; `<br>` becomes a newline.
///
/// Laid out for the snapshot's memory like `LinkFact`: the element name, the section and the names
/// around it, which the blocks of a section (and the template's blocks on every page) share, are one
/// `SharedValue` — 32 bytes a block instead of 72. They read and write as the block's own (`block.tag`).
@dynamicMemberLookup
public struct TextBlock: Sendable, Hashable {
    /// Where a block sits: its element, its section and the ids and classes around it.
    public struct Place: Sendable, Hashable, Codable {
        /// The block's element name (`p`, `li`, `td`, `h2`, `div`, `address`…).
        public var tag: String
        /// The text of the nearest heading before this block (sections such as "Hébergement").
        public var section: String?
        /// Ids and class names of the block and its ancestors (`cookie-banner`, `hebergeur`…), capped.
        public var context: [String]

        public init(tag: String, section: String? = nil, context: [String] = []) {
            self.tag = tag
            self.section = section
            self.context = context
        }
    }

    public var text: String
    /// `tag`, `section` and `context`, shared with the blocks that have the same.
    public var place: SharedValue<Place>
    private var position: Int32
    public var zone: Zone

    public init(text: String, tag: String, zone: Zone = .body, section: String? = nil, context: [String] = [], order: Int = 0) {
        self.text = text
        place = SharedValue(Place(tag: tag, section: section, context: context))
        position = Int32(clamping: order)
        self.zone = zone
    }

    /// A field of the place, as if it were the block's own; writing it makes a new `SharedValue`.
    @inlinable
    public subscript<Part>(dynamicMember keyPath: WritableKeyPath<Place, Part>) -> Part {
        get { place.value[keyPath: keyPath] }
        set { place = place.with(keyPath, newValue) }
    }

    /// Position among the page's elements, in document order.
    public var order: Int {
        get { Int(position) }
        set { position = Int32(clamping: newValue) }
    }
}

extension TextBlock: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, zone, order
    }

    /// The place's keys sit beside the block's own, as if they were its fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let place = try Place(from: decoder)
        self.init(
            text: try container.decode(String.self, forKey: .text), tag: place.tag, zone: try container.decode(Zone.self, forKey: .zone),
            section: place.section, context: place.context, order: try container.decode(Int.self, forKey: .order))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(zone, forKey: .zone)
        try container.encode(order, forKey: .order)
        try place.value.encode(to: encoder)
    }
}
