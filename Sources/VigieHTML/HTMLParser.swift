// @preconcurrency: the one libxml2 global written here (xmlParserMaxDepth) is written once, in
// `setUp`, a static let that Swift runs exactly once and before any parse; it is only read after.
@preconcurrency import CLibXML2
import VigieCore

/// Parses HTML with libxml2's HTML parser and turns the document into PageFacts in one walk.
///
/// Thread-safe and reusable: every call makes its own libxml2 parser context and document and
/// frees both before returning; nothing from libxml2 outlives the call. libxml2's error output is
/// silenced with a per-thread structured error handler, set on the calling thread at each call.
public struct HTMLParser: Sendable {
    private let matcher: ZoneMatcher

    public init(zoneWords: ZoneWords) {
        matcher = ZoneMatcher(zoneWords)
        _ = Self.setUp
    }

    /// libxml2's one-time set-up, run before the first parse (a Swift static `let` runs once, atomically).
    private static let setUp: Bool = {
        xmlInitParser()
        // Not HTML_PARSE_HUGE: keep libxml2's other limits, only allow pages as deep as browsers do.
        xmlParserMaxDepth = ParseLimits.depth
        return true
    }()

    /// libxml2 options: recover from broken markup, never touch the network, no error output,
    /// compact text nodes, and keep the encoding chosen here (a `<meta>` does not switch it).
    private static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// The facts of one page. `url` is the page's absolute URL (after redirects), `contentType`
    /// the HTTP `Content-Type` header when there was one.
    public func parse(_ bytes: [UInt8], url: String, contentType: String?) -> PageFacts {
        _ = Self.setUp
        let decision = EncodingDecision.decide(bytes, contentType: contentType)
        var empty = PageFacts(url: url)
        empty.encoding = decision.facts
        empty.htmlBytes = bytes.count
        guard bytes.count > decision.skip, bytes.count < Int(Int32.max) else { return empty }

        xmlSetStructuredErrorFunc(nil, silentErrors)
        guard let context = htmlNewParserCtxt() else { return empty }
        defer { htmlFreeParserCtxt(context) }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(start + decision.skip).assumingMemoryBound(to: CChar.self)
            return htmlCtxtReadMemory(context, raw, Int32(buffer.count - decision.skip), url, decision.libxmlName, Self.options)
        }
        guard let document else { return empty }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return empty }

        let zones = ZoneFinder(root: root, matcher: matcher)
        let pageResolver = URLResolver(base: url)
        var resolver = pageResolver
        var baseHref: String?
        if let href = zones.baseHref, !href.trimmingASCIIWhitespace().isEmpty,
           let resolved = pageResolver?.resolve(href), let baseResolver = URLResolver(base: resolved) {
            baseHref = resolved
            resolver = baseResolver
        }
        var walker = PageWalker(url: url, resolver: resolver)
        walker.facts.baseHref = baseHref
        walker.walk(root)
        walker.resolveFieldLabels(root: root)
        var facts = walker.facts
        facts.zones = zones.facts
        facts.encoding = decision.facts
        facts.htmlBytes = bytes.count
        let documentResolver = resolver
        facts.redirectTarget = RedirectStub.target(of: facts) { documentResolver?.resolve($0) }
        return facts
    }
}

/// Drops libxml2's error reports (the parser recovers; errors are not facts Vigie reports).
private let silentErrors: xmlStructuredErrorFunc = { _, _ in }
