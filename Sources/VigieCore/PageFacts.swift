/// Everything the checks need to know about one HTML page, gathered in one walk of its DOM.
/// The DOM itself is freed once these facts are made: the snapshot keeps facts, not documents.
///
/// A value type held in one copy-on-write reference: copying a page (every loop over the snapshot's
/// pages does) costs one retain, not one per string and array of the page. The fields are those of
/// `PageFacts.Fields`, read and written as if they were the struct's own (`facts.links`).
public struct PageFacts: CopyOnWriteValue, Hashable {
    /// The facts themselves; see `PageFacts`.
    public struct Fields: Sendable, Hashable, Codable {
        /// The page's URL (after redirects), absolute.
        public var url: String
        /// `<html lang>`, as written (nil when absent).
        public var lang: String?
        /// The text of the first `<title>` (nil when absent); `titleCount` counts all of them.
        public var title: String?
        public var titleCount: Int
        public var metas: [MetaTag]
        public var canonical: String?
        /// The `<base href>` in effect, resolved (nil when absent).
        public var baseHref: String?
        public var encoding: EncodingFacts
        public var links: [LinkFact]
        public var scripts: [ScriptFact]
        public var stylesheets: [StylesheetFact]
        /// Text of inline `<style>` elements (each capped) and `style=""` attributes on body/html/top-level wrappers.
        public var inlineStyles: [String]
        public var iframes: [IframeFact]
        public var images: [ImageFact]
        /// `<video>`, `<audio>`, `<object>`, `<embed>` and inline `<svg>` elements that carry meaning.
        public var media: [MediaFact]
        public var forms: [FormFact]
        /// `<button>` elements and `<input type=button|submit>` outside forms, `role=button` elements.
        public var buttons: [ButtonFact]
        public var headings: [HeadingFact]
        /// The page's text cut into blocks (paragraphs, list items, cells, headings…), in document order.
        /// In a crawl, ordinary pages keep at most 2 KiB of main-content text and its last block (the home page
        /// and the legal, privacy, contact… pages keep it all; blocks outside `<main>` are always kept): see
        /// `textTruncated`.
        public var textBlocks: [TextBlock]
        /// How the page's zones were found.
        public var zones: [ZoneFact]
        /// Every `id` and every class name present in the page (for CMP banners, widgets, zone hints).
        public var ids: Set<String>
        public var classes: Set<String>
        /// schema.org types found in microdata (`itemtype`) and JSON-LD (`@type`), e.g. `Review`, `BreadcrumbList`.
        public var schemaTypes: Set<String>
        /// `<table>` elements with a `width` attribute (layout tables), as written.
        public var tableWidths: [String]
        /// Elements nested in `<article>` with a `<time>` or a date, and sections named news/blog.
        public var articleCount: Int
        /// `<blockquote>` elements (testimonials often use them), with their text.
        public var blockquotes: [String]
        /// Size of the HTML in bytes, and how many elements the walk saw.
        public var htmlBytes: Int
        public var elementCount: Int
        /// Links beyond the per-page cap of the parser (5,000), counted but not kept.
        public var omittedLinks: Int
        /// The page's text went beyond the parser's cap (256 KiB): later blocks were not kept.
        public var textTruncated: Bool
        /// The page only sends the visitor on (a redirect stub: `<meta http-equiv="refresh" content="0; url=…">`,
        /// HTTrack's « Page has moved », a script setting `location` on a page with next to no text): the absolute
        /// URL it sends to. Nil for a content page. A stub is not a page of the site (`SiteSnapshot.htmlPages`).
        public var redirectTarget: String?

        init(url: String) {
            self.url = url
            lang = nil
            title = nil
            titleCount = 0
            metas = []
            canonical = nil
            baseHref = nil
            encoding = EncodingFacts()
            links = []
            scripts = []
            stylesheets = []
            inlineStyles = []
            iframes = []
            images = []
            media = []
            forms = []
            buttons = []
            headings = []
            textBlocks = []
            zones = []
            ids = []
            classes = []
            schemaTypes = []
            tableWidths = []
            articleCount = 0
            blockquotes = []
            htmlBytes = 0
            elementCount = 0
            omittedLinks = 0
            textTruncated = false
            redirectTarget = nil
        }
    }

    public var storage: SharedStorage<Fields>

    public init(storage: SharedStorage<Fields>) { self.storage = storage }

    public init(url: String) { storage = SharedStorage(Fields(url: url)) }
}

/// The part of a page an element sits in.
public enum Zone: String, Sendable, Hashable, Codable, CaseIterable {
    case header, nav, main, aside, footer
    /// Outside every zone that could be found.
    case body
}

/// How a zone was found, best first.
public enum ZoneMethod: String, Sendable, Hashable, Codable {
    /// An HTML5 element: `<header>`, `<nav>`, `<main>`, `<footer>`, `<aside>`.
    case landmark
    /// An ARIA role: `banner`, `navigation`, `main`, `contentinfo`, `complementary`.
    case aria
    /// An id or class name (`header`, `entete`, `masthead`, `footer`, `pied`…).
    case idClass = "id-class"
    /// Position in the page (first / last blocks of the body).
    case position
}

/// One zone found in a page.
public struct ZoneFact: Sendable, Hashable, Codable {
    public var zone: Zone
    public var method: ZoneMethod
    /// The element that makes the zone (`header`, `div#entete`, `table > tr:first-child`).
    public var selector: String
    /// Its visible text, capped (for evidence).
    public var textExcerpt: String

    public init(zone: Zone, method: ZoneMethod, selector: String, textExcerpt: String) {
        self.zone = zone
        self.method = method
        self.selector = selector
        self.textExcerpt = textExcerpt
    }
}

/// How the page's bytes were decoded.
public struct EncodingFacts: Sendable, Hashable, Codable {
    /// Where the encoding came from.
    public enum Source: String, Sendable, Hashable, Codable {
        case httpHeader = "http-header", bom, metaCharset = "meta-charset", metaHttpEquiv = "meta-http-equiv"
        /// None declared: UTF-8 was assumed (and worked).
        case defaultUTF8 = "default-utf8"
        /// None declared and the bytes were not UTF-8: Windows-1252 was used.
        case fallbackWindows1252 = "fallback-windows-1252"
    }

    /// The encoding used, lower-case (`utf-8`, `iso-8859-1`, `windows-1252`).
    public var name: String
    public var source: Source
    /// The charset of the HTTP header and the one of the markup, as written, when present.
    public var declaredInHeader: String?
    public var declaredInMarkup: String?
    /// The markup's declaration comes after the first 1024 bytes (the HTML standard's limit): browsers
    /// honour it only by re-reading the page.
    public var declaredLate: Bool
    /// U+FFFD characters in the decoded text (bytes that did not decode).
    public var replacementCharacters: Int

    public init(
        name: String = "utf-8", source: Source = .defaultUTF8, declaredInHeader: String? = nil,
        declaredInMarkup: String? = nil, declaredLate: Bool = false, replacementCharacters: Int = 0
    ) {
        self.name = name
        self.source = source
        self.declaredInHeader = declaredInHeader
        self.declaredInMarkup = declaredInMarkup
        self.declaredLate = declaredLate
        self.replacementCharacters = replacementCharacters
    }
}

/// A `<meta>` element.
public struct MetaTag: Sendable, Hashable, Codable {
    public var name: String?
    public var property: String?
    public var httpEquiv: String?
    public var charset: String?
    public var content: String?

    public init(name: String? = nil, property: String? = nil, httpEquiv: String? = nil, charset: String? = nil, content: String? = nil) {
        self.name = name
        self.property = property
        self.httpEquiv = httpEquiv
        self.charset = charset
        self.content = content
    }
}

/// A `<script>` element.
public struct ScriptFact: Sendable, Hashable, Codable {
    /// The absolute `src`, nil for inline scripts.
    public var src: String?
    public var type: String?
    /// All attributes as written (`async`, `defer`, `data-cookieconsent`, `data-category`…).
    public var attributes: [String: String]
    /// The inline text, capped at 32 KiB.
    public var inlineText: String
    public var zone: Zone
    public var order: Int

    public init(src: String?, type: String? = nil, attributes: [String: String] = [:], inlineText: String = "", zone: Zone = .body, order: Int = 0) {
        self.src = src
        self.type = type
        self.attributes = attributes
        self.inlineText = inlineText
        self.zone = zone
        self.order = order
    }
}

/// A `<link rel=stylesheet>` (or other `<link>`: icons, manifest, preconnect…).
public struct StylesheetFact: Sendable, Hashable, Codable {
    /// The absolute `href`.
    public var href: String
    /// `rel` tokens, lower-case (`stylesheet`, `icon`, `apple-touch-icon`, `manifest`…).
    public var rel: [String]
    public var media: String?

    public init(href: String, rel: [String], media: String? = nil) {
        self.href = href
        self.rel = rel
        self.media = media
    }

    public var isStylesheet: Bool { rel.contains("stylesheet") }
}

/// An `<iframe>`.
public struct IframeFact: Sendable, Hashable, Codable {
    /// The absolute `src` (nil when absent or `about:blank`).
    public var src: String?
    public var title: String?
    /// All attributes (`data-src`, `data-cookieconsent`…).
    public var attributes: [String: String]
    public var zone: Zone
    public var order: Int

    public init(src: String?, title: String? = nil, attributes: [String: String] = [:], zone: Zone = .body, order: Int = 0) {
        self.src = src
        self.title = title
        self.attributes = attributes
        self.zone = zone
        self.order = order
    }
}

/// A `<video>`, `<audio>`, `<object>`, `<embed>` or inline `<svg>`.
public struct MediaFact: Sendable, Hashable, Codable {
    public var tag: String
    public var src: String?
    /// A text alternative: `aria-label`, `title`, `<title>` of an svg, `<track kind=captions>`, fallback text.
    public var textAlternative: String?
    public var classes: [String]
    public var id: String?
    public var linksHome: Bool
    public var zone: Zone
    public var order: Int

    public init(tag: String, src: String? = nil, textAlternative: String? = nil, classes: [String] = [], id: String? = nil, linksHome: Bool = false, zone: Zone = .body, order: Int = 0) {
        self.tag = tag
        self.src = src
        self.textAlternative = textAlternative
        self.classes = classes
        self.id = id
        self.linksHome = linksHome
        self.zone = zone
        self.order = order
    }
}

/// A `<form>` with its fields and submit controls.
public struct FormFact: Sendable, Hashable, Codable {
    /// The absolute `action` (the page's URL when absent).
    public var action: String?
    /// `get` or `post`, lower-case.
    public var method: String
    public var id: String?
    public var classes: [String]
    public var role: String?
    public var fields: [FormField]
    public var submits: [SubmitControl]
    /// The form's own text plus the text just around it (notices sit there), capped.
    public var surroundingText: String
    /// Links inside or just after the form (the privacy link of a notice).
    public var nearbyLinks: [LinkFact]
    public var zone: Zone
    public var order: Int

    public init(
        action: String?, method: String = "get", id: String? = nil, classes: [String] = [], role: String? = nil,
        fields: [FormField] = [], submits: [SubmitControl] = [], surroundingText: String = "", nearbyLinks: [LinkFact] = [],
        zone: Zone = .body, order: Int = 0
    ) {
        self.action = action
        self.method = method
        self.id = id
        self.classes = classes
        self.role = role
        self.fields = fields
        self.submits = submits
        self.surroundingText = surroundingText
        self.nearbyLinks = nearbyLinks
        self.zone = zone
        self.order = order
    }
}

/// A field of a form (`<input>` other than submit/button/image/reset, `<select>`, `<textarea>`).
public struct FormField: Sendable, Hashable, Codable {
    /// `input`, `select` or `textarea`.
    public var tag: String
    /// The input type, lower-case (`text`, `email`, `tel`, `hidden`, `checkbox`…); `select`/`textarea` for those.
    public var type: String
    public var name: String?
    public var id: String?
    /// The accessible label: `<label for>`, a wrapping `<label>`, `aria-label`, `aria-labelledby`; nil when none.
    public var label: String?
    public var placeholder: String?
    public var autocomplete: String?
    public var required: Bool

    public init(tag: String, type: String, name: String? = nil, id: String? = nil, label: String? = nil, placeholder: String? = nil, autocomplete: String? = nil, required: Bool = false) {
        self.tag = tag
        self.type = type
        self.name = name
        self.id = id
        self.label = label
        self.placeholder = placeholder
        self.autocomplete = autocomplete
        self.required = required
    }
}

/// A control that submits a form: `<button>` (type submit or none), `<input type=submit|image>`.
public struct SubmitControl: Sendable, Hashable, Codable {
    /// The visible or accessible text ("" when none).
    public var label: String
    public var tag: String

    public init(label: String, tag: String) {
        self.label = label
        self.tag = tag
    }
}

/// A `<button>`, `<input type=button|submit>` outside forms, or an element with `role=button`.
public struct ButtonFact: Sendable, Hashable, Codable {
    public var label: String
    public var tag: String
    public var type: String?
    public var id: String?
    public var classes: [String]
    /// Attributes as written (onclick, data-*, aria-*): banner buttons are told apart with them.
    public var attributes: [String: String]
    public var zone: Zone
    public var order: Int
    public var path: String

    public init(label: String, tag: String = "button", type: String? = nil, id: String? = nil, classes: [String] = [], attributes: [String: String] = [:], zone: Zone = .body, order: Int = 0, path: String = "") {
        self.label = label
        self.tag = tag
        self.type = type
        self.id = id
        self.classes = classes
        self.attributes = attributes
        self.zone = zone
        self.order = order
        self.path = path
    }
}

extension PageFacts {
    /// The page's text blocks in `zone`, joined by newlines.
    public func text(in zone: Zone) -> String {
        self.textBlocks.filter { $0.zone == zone }.map(\.text).joined(separator: "\n")
    }

    /// The whole visible text, blocks joined by newlines.
    public var fullText: String { self.textBlocks.map(\.text).joined(separator: "\n") }

    /// The content of the first `<meta name=…>` with that name (case-insensitive).
    public func meta(named name: String) -> String? {
        self.metas.first { $0.name?.lowercased() == name.lowercased() }?.content
    }

    /// How `zone` was found, when it was.
    public func zoneFact(_ zone: Zone) -> ZoneFact? { self.zones.first { $0.zone == zone } }
}
