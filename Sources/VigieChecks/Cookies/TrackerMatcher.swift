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
/// compiled once from `CookieSignatures`. Also used by `body.chat`.
public struct TrackerMatcher: Sendable {
    private let signatures: [CookieSignatures.Signature]
    /// Inline markers with white space removed and `"` read as `'`.
    private let inlineMarkers: [[String]]
    private let inlineMarkerBytes: [[[UInt8]]]

    init(_ signatures: [CookieSignatures.Signature]) {
        self.signatures = signatures
        inlineMarkers = signatures.map { $0.inline.map(Self.squeeze) }
        inlineMarkerBytes = inlineMarkers.map { $0.map { Array($0.utf8) } }
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
        guard let type = type?.trimmingCharacters(in: .whitespaces).lowercased(), !type.isEmpty else { return true }
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
        let lower = url.lowercased()
        return signatures.first { $0.scripts.contains { StructureText.containsBytes(lower, $0) } }
    }

    /// Every product seen in the page, at most one detection per product, element kind and gating.
    public func detect(in facts: PageFacts) -> [TrackerDetection] {
        let context = PageGating(facts, matcher: self)
        var found: [TrackerDetection] = []
        var seen = Set<String>()
        func add(_ detection: TrackerDetection) {
            let key = "\(detection.signature.name)|\(detection.kind.rawValue)|\(detection.gated)"
            if seen.insert(key).inserted { found.append(detection) }
        }
        for script in facts.scripts {
            let executable = Self.isExecutable(script.type)
            if let source = script.src ?? script.attributes["data-src"], let signature = signature(forScript: source) {
                let reason = context.reason(script: script, executable: executable, signature: signature)
                add(TrackerDetection(
                    signature: signature, kind: .script, loadsBeforeConsent: reason == nil, gated: reason != nil, gatingReason: reason,
                    excerpt: "<script src=\"\(source)\">", selector: "script[src*=\"\(Self.host(source))\"]"))
            } else if script.src == nil, !script.inlineText.isEmpty {
                let text = Array(Self.squeeze(script.inlineText).utf8)
                for (index, signature) in signatures.enumerated() {
                    guard let at = inlineMarkerBytes[index].firstIndex(where: { Self.bytes(text, contain: $0) }) else { continue }
                    let marker = inlineMarkers[index][at]
                    let reason = context.reason(script: script, executable: executable, signature: signature)
                        ?? context.tarteaucitronReason(signature)
                    add(TrackerDetection(
                        signature: signature, kind: .inline, loadsBeforeConsent: reason == nil, gated: reason != nil, gatingReason: reason,
                        excerpt: "script en ligne : « \(marker) »", selector: "script"))
                }
            }
        }
        for iframe in facts.iframes {
            let source = (iframe.src ?? iframe.attributes["data-src"] ?? "")
            let lower = source.lowercased()
            guard !source.isEmpty, let signature = signatures.first(where: { sig in sig.iframes.contains { StructureText.containsBytes(lower, $0) } }) else { continue }
            let gated = iframe.src == nil
            add(TrackerDetection(
                signature: signature, kind: .iframe, loadsBeforeConsent: !gated, gated: gated,
                gatingReason: gated ? "iframe data-src sans src" : nil,
                excerpt: "<iframe \(gated ? "data-src" : "src")=\"\(source)\">", selector: "iframe"))
        }
        for image in facts.images {
            guard let source = image.src?.lowercased(), let signature = signatures.first(where: { sig in sig.images.contains { StructureText.containsBytes(source, $0) } }) else { continue }
            add(TrackerDetection(
                signature: signature, kind: .image, loadsBeforeConsent: true, gated: false, gatingReason: nil,
                excerpt: "<img src=\"\(image.src ?? source)\">", selector: "img"))
        }
        let names = Set(facts.ids.map { $0.lowercased() }).union(facts.classes.map { $0.lowercased() })
        for signature in signatures {
            if let name = signature.markup.first(where: names.contains) {
                add(TrackerDetection(
                    signature: signature, kind: .markup, loadsBeforeConsent: false, gated: false, gatingReason: nil,
                    excerpt: "id/classe « \(name) »", selector: "#\(name), .\(name)"))
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
