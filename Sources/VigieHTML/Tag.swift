/// The element names the walk treats specially, read from libxml2's lower-case names without
/// making a String (names up to 8 bytes are packed into an integer and looked up).
enum Tag: UInt8 {
    case other
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case a, area, img, picture, source, video, audio, object, embed, svg, iframe, track
    case form, input, button, select, textarea, label, option, datalist, fieldset, legend
    case br, p, div, section, article, aside, nav, main, header, footer
    case h1, h2, h3, h4, h5, h6
    case li, ul, ol, dl, dd, dt, td, th, tr, table, tbody, thead, tfoot, caption
    case address, blockquote, figcaption, figure, pre, hr, center, details, summary, dialog, hgroup, time, menu

    /// The tag of a NUL-terminated lower-case element name.
    static func of(_ name: UnsafePointer<UInt8>) -> Tag {
        var key: UInt64 = 0
        var length = 0
        while length < 9 {
            let byte = name[length]
            if byte == 0 { break }
            if length == 8 { return long(name) }
            key |= UInt64(byte) << (8 * UInt64(length))
            length += 1
        }
        return byKey[key] ?? .other
    }

    private static func long(_ name: UnsafePointer<UInt8>) -> Tag {
        if equals(name, "blockquote") { return .blockquote }
        if equals(name, "figcaption") { return .figcaption }
        return .other
    }

    private static let byKey: [UInt64: Tag] = {
        let names: [(String, Tag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
            ("base", .base), ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template),
            ("a", .a), ("area", .area), ("img", .img), ("picture", .picture), ("source", .source), ("video", .video),
            ("audio", .audio), ("object", .object), ("embed", .embed), ("svg", .svg), ("iframe", .iframe), ("track", .track),
            ("form", .form), ("input", .input), ("button", .button), ("select", .select), ("textarea", .textarea),
            ("label", .label), ("option", .option), ("datalist", .datalist), ("fieldset", .fieldset), ("legend", .legend),
            ("br", .br), ("p", .p), ("div", .div), ("section", .section), ("article", .article), ("aside", .aside),
            ("nav", .nav), ("main", .main), ("header", .header), ("footer", .footer),
            ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6),
            ("li", .li), ("ul", .ul), ("ol", .ol), ("dl", .dl), ("dd", .dd), ("dt", .dt), ("td", .td), ("th", .th),
            ("tr", .tr), ("table", .table), ("tbody", .tbody), ("thead", .thead), ("tfoot", .tfoot), ("caption", .caption),
            ("address", .address), ("figure", .figure), ("pre", .pre), ("hr", .hr), ("center", .center),
            ("details", .details), ("summary", .summary), ("dialog", .dialog), ("hgroup", .hgroup), ("time", .time), ("menu", .menu),
        ]
        var table: [UInt64: Tag] = [:]
        for (name, tag) in names {
            var key: UInt64 = 0
            for (index, byte) in name.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
            table[key] = tag
        }
        return table
    }()

    /// Elements that start a text block of their own.
    var isBlock: Bool {
        switch self {
        case .html, .body, .p, .div, .section, .article, .aside, .nav, .main, .header, .footer,
             .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul, .ol, .dl, .dd, .dt, .td, .th, .tr, .table, .tbody, .thead, .tfoot,
             .caption, .address, .blockquote, .figcaption, .figure, .pre, .hr, .center, .details, .summary, .dialog,
             .hgroup, .form, .fieldset, .legend, .label, .menu, .option:
            return true
        default:
            return false
        }
    }

    /// Links and controls: words on either side of their edges do not run together.
    var isControl: Bool {
        switch self {
        case .a, .button, .input, .select, .textarea, .img: true
        default: false
        }
    }

    /// Elements whose content is not visible text.
    var hidesText: Bool {
        switch self {
        case .script, .style, .noscript, .template, .head, .select, .datalist, .textarea, .iframe, .svg, .object, .video, .audio:
            return true
        default:
            return false
        }
    }

    /// The heading level (1–6), 0 for other elements.
    var headingLevel: Int {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: 0
        }
    }
}

/// Whether the NUL-terminated `name` equals `literal` (ASCII).
@inline(__always)
func equals(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    let bytes = literal.utf8Start
    for index in 0..<count where name[index] != bytes[index] { return false }
    return name[count] == 0
}
