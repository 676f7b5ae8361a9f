import VigieCheckKit
import VigieCore

/// One product seen on a page: which signature, through what element, and whether it runs before consent.
public struct TrackerDetection: Sendable, Hashable {
    /// How the product was seen.
    public enum Kind: String, Sendable, Hashable {
        case script, inline, iframe, image, markup
        /// Declared to tarteaucitron with `tarteaucitron.job.push('…')`: loaded only after consent.
        case tarteaucitron
    }

    public var signature: CookieSignatures.Signature
    public var kind: Kind
    /// The element runs on arrival, before any choice (false when gated, and for markup alone).
    public var loadsBeforeConsent: Bool
    /// The element is held back until consent (type="text/plain", data-src, tarteaucitron job, Consent Mode 'denied').
    public var gated: Bool
    /// Why it is gated, for evidence ("type=\"text/plain\"", "tarteaucitron.job.push('gtag')"…).
    public var gatingReason: String?
    public var excerpt: String
    public var selector: String
}

/// Finds consent tools, trackers and widgets in a page's facts, with lower-cased substring patterns
/// compiled once from `CookieSignatures`.
public struct TrackerMatcher: Sendable {
    private let signatures: [CookieSignatures.Signature]
    /// Inline markers with white space removed and `"` read as `'`.
    private let inlineMarkers: [[String]]
    private let inlineMarkerBytes: [[[UInt8]]]
    /// Each signature's patterns by kind, by signature index (loops over them copy no signature).
    private let scriptPatterns: [[String]]
    private let iframePatterns: [[String]]
    private let imagePatterns: [[String]]
    /// Signature indexes by lower-case id/class name, and by tarteaucitron service name.
    private let markupOwners: [String: [Int]]
    private let tarteaucitronOwners: [String: [Int]]

    init(_ signatures: [CookieSignatures.Signature]) {
        self.signatures = signatures
        inlineMarkers = signatures.map { $0.inline.map(Self.squeeze) }
        inlineMarkerBytes = inlineMarkers.map { $0.map { Array($0.utf8) } }
        scriptPatterns = signatures.map(\.scripts)
        iframePatterns = signatures.map(\.iframes)
        imagePatterns = signatures.map(\.images)
        var markup: [String: [Int]] = [:]
        var services: [String: [Int]] = [:]
        for (index, signature) in signatures.enumerated() {
            for name in Set(signature.markup) { markup[name, default: []].append(index) }
            for name in Set(signature.tarteaucitron) { services[name, default: []].append(index) }
        }
        markupOwners = markup
        tarteaucitronOwners = services
    }

    /// Lower-cases, removes white space and reads `"` as `'` (inline snippets are written many ways).
    static func squeeze(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: continue
            case 0x22: bytes.append(0x27)
            case 0x41...0x5A: bytes.append(byte + 32)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Script types a browser runs (anything else, such as `text/plain`, is held back by a CMP).
    static func isExecutable(_ type: String?) -> Bool {
        guard let type = type?.trimmingWhitespace().lowercased(), !type.isEmpty else { return true }
        return ["text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript",
                "application/x-javascript", "text/jscript"].contains(type)
    }

    /// The signature whose cookie patterns name `cookie` (exact, or prefix for patterns ending with `*`).
    public func signature(forCookie cookie: String) -> CookieSignatures.Signature? {
        let name = cookie.lowercased()
        return signatures.first { signature in
            signature.cookies.contains { $0.hasSuffix("*") ? name.hasPrefix(String($0.dropLast())) : name == $0 }
        }
    }

    /// The first signature with a script pattern in `url` (lower-cased), if any.
    public func signature(forScript url: String) -> CookieSignatures.Signature? {
        Self.firstIndex(in: url, scriptPatterns).map { signatures[$0] }
    }

    /// The index of the first signature with one of `patterns` in `text` (lower-cased), if any.
    private static func firstIndex(in text: String, _ patterns: [[String]]) -> Int? {
        let lower = text.lowercased()
        return patterns.firstIndex { $0.contains { StructureText.containsBytes(lower, $0) } }
    }

    /// Every product seen in the page, at most one detection per product, element kind and gating.
    public func detect(in facts: PageFacts) -> [TrackerDetection] {
        var session = Session(self)
        return session.detect(in: facts)
    }

    /// Detection over the pages of one site: what was found in a script source, an inline script, an
    /// image or a name is remembered, since templates repeat them on every page.
    struct Session {
        let matcher: TrackerMatcher
        private var scriptOwner: Memo<Int?>
        private var iframeOwner: Memo<Int?>
        private var imageOwner: Memo<Int?>
        /// The signatures whose inline markers an inline script contains, with the marker seen.
        private var inlineOwners: Memo<[(index: Int, marker: String)]>
        private var inlineGating: Memo<PageGating.InlineScript>

        init(_ matcher: TrackerMatcher) {
            self.matcher = matcher
            scriptOwner = Memo { TrackerMatcher.firstIndex(in: $0, matcher.scriptPatterns) }
            iframeOwner = Memo { TrackerMatcher.firstIndex(in: $0, matcher.iframePatterns) }
            imageOwner = Memo { TrackerMatcher.firstIndex(in: $0, matcher.imagePatterns) }
            inlineOwners = Memo { inline in
                let text = Array(TrackerMatcher.squeeze(inline).utf8)
                return matcher.inlineMarkerBytes.indices.compactMap { index in
                    matcher.inlineMarkerBytes[index].firstIndex { TrackerMatcher.bytes(text, contain: $0) }.map { (index, matcher.inlineMarkers[index][$0]) }
                }
            }
            inlineGating = Memo(PageGating.InlineScript.init)
        }

        /// Whether a signature's script pattern occurs in `url`.
        mutating func isKnownScript(_ url: String) -> Bool { scriptOwner(url) != nil }

        /// Every product seen in the page, at most one detection per product, element kind and gating.
        mutating func detect(in facts: PageFacts) -> [TrackerDetection] {
            let signatures = matcher.signatures
            let context = PageGating(facts, matcher: matcher, inline: { inlineGating($0) })
            var found: [TrackerDetection] = []
            var seen = Set<String>()
            func add(_ detection: TrackerDetection) {
                let key = "\(detection.signature.name)|\(detection.kind.rawValue)|\(detection.gated)"
                if seen.insert(key).inserted { found.append(detection) }
            }
            for script in facts.scripts {
                let executable = TrackerMatcher.isExecutable(script.type)
                if let source = script.src ?? script.attributes["data-src"], let owner = scriptOwner(source) {
                    let signature = signatures[owner]
                    let reason = context.reason(script: script, executable: executable, signature: signature)
                    add(TrackerDetection(
                        signature: signature, kind: .script, loadsBeforeConsent: reason == nil, gated: reason != nil, gatingReason: reason,
                        excerpt: "<script src=\"\(source)\">", selector: "script[src*=\"\(TrackerMatcher.host(source))\"]"))
                } else if script.src == nil, !script.inlineText.isEmpty {
                    for (index, marker) in inlineOwners(script.inlineText) {
                        let signature = signatures[index]
                        let reason = context.reason(script: script, executable: executable, signature: signature)
                            ?? context.tarteaucitronReason(signature)
                        add(TrackerDetection(
                            signature: signature, kind: .inline, loadsBeforeConsent: reason == nil, gated: reason != nil, gatingReason: reason,
                            excerpt: marker, selector: "script"))
                    }
                }
            }
            for iframe in facts.iframes {
                let source = (iframe.src ?? iframe.attributes["data-src"] ?? "")
                guard !source.isEmpty, let owner = iframeOwner(source) else { continue }
                let gated = iframe.src == nil
                add(TrackerDetection(
                    signature: signatures[owner], kind: .iframe, loadsBeforeConsent: !gated, gated: gated,
                    gatingReason: gated ? "iframe data-src sans src" : nil,
                    excerpt: "<iframe \(gated ? "data-src" : "src")=\"\(source)\">", selector: "iframe"))
            }
            for image in facts.images {
                guard let source = image.src, let owner = imageOwner(source) else { continue }
                add(TrackerDetection(
                    signature: signatures[owner], kind: .image, loadsBeforeConsent: true, gated: false, gatingReason: nil,
                    excerpt: "<img src=\"\(source)\">", selector: "img"))
            }
            let names = Set(facts.ids.map { $0.lowercased() }).union(facts.classes.map { $0.lowercased() })
            var owners = Set(names.flatMap { matcher.markupOwners[$0] ?? [] })
            owners.formUnion(context.tarteaucitronJobs.flatMap { matcher.tarteaucitronOwners[$0] ?? [] })
            for index in owners.sorted() {
                let signature = signatures[index]
                if let name = signature.markup.first(where: names.contains) {
                    add(TrackerDetection(
                        signature: signature, kind: .markup, loadsBeforeConsent: false, gated: false, gatingReason: nil,
                        excerpt: name, selector: "#\(name), .\(name)"))
                }
                if let service = signature.tarteaucitron.first(where: context.tarteaucitronJobs.contains) {
                    add(TrackerDetection(
                        signature: signature, kind: .tarteaucitron, loadsBeforeConsent: false, gated: true,
                        gatingReason: "tarteaucitron.job.push('\(service)')",
                        excerpt: "tarteaucitron.job.push('\(service)')", selector: "script"))
                }
            }
            return found
        }
    }

    /// Whether `needle` occurs in `haystack` (a byte scan: these searches run over every inline script).
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        let count = needle.count
        guard haystack.count >= count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var index = 0
                let last = hay.count - count
                while index <= last {
                    if hay[index] == first {
                        var offset = 1
                        while offset < count, hay[index + offset] == pin[offset] { offset += 1 }
                        if offset == count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// The host of a URL (for selectors and for telling third parties apart).
    public static func host(_ url: String) -> String {
        guard let start = url.range(of: "://")?.upperBound else { return url.hasPrefix("//") ? host("x:" + url) : "" }
        let rest = url[start...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" } ?? rest.endIndex
        return rest[..<end].lowercased()
    }
}
