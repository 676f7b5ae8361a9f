/// Resolves references found in a page against its base URL (RFC 3986 §5.2, with the browser
/// clean-ups of the WHATWG URL standard that matter here: surrounding white space is trimmed,
/// tabs and newlines are removed, spaces become `%20`).
///
/// Pure Swift on strings: no Foundation `URL` (it rejects spaces and non-ASCII) and no C.
struct URLResolver: Sendable {
    /// Lower-case scheme (`https`).
    let scheme: String
    /// `host[:port]` as written, with userinfo when present.
    let authority: String
    /// Lower-case host without port and without a leading `www.`.
    let siteHost: String
    /// The base path (`/a/b.html`), `/` when empty.
    let path: String
    /// The base query, without `?`.
    let query: String?
    /// `scheme://authority`, the prefix of root-relative references.
    private let origin: String

    /// Nil when `base` is not an absolute URL.
    init?(base: String) {
        guard let parts = URLParts(base.trimmingASCIIWhitespace()), let scheme = parts.scheme else { return nil }
        self.scheme = scheme
        authority = parts.authority ?? ""
        siteHost = Self.siteHost(of: authority)
        siteHostBytes = Array(siteHost.utf8)
        path = parts.path.isEmpty && parts.authority != nil ? "/" : parts.path
        query = parts.query
        origin = scheme + "://" + authority
    }

    /// The absolute URL of `reference`, nil when it cannot be made one.
    func resolve(_ reference: String) -> String? {
        let cleaned = Self.clean(reference)
        if let fast = fastPath(cleaned) { return fast }
        guard let ref = URLParts(cleaned) else { return nil }
        var target = ""
        target.reserveCapacity(scheme.utf8.count + authority.utf8.count + path.utf8.count + cleaned.utf8.count + 8)
        if let refScheme = ref.scheme {
            target = refScheme + ":"
            if let refAuthority = ref.authority { target += "//" + refAuthority }
            target += ref.authority != nil || ref.path.hasPrefix("/") ? Self.removeDotSegments(ref.path) : ref.path
            if ref.authority != nil, ref.path.isEmpty, refScheme == "http" || refScheme == "https" { target += "/" }
            if let q = ref.query { target += "?" + q }
        } else {
            target = scheme + ":"
            if let refAuthority = ref.authority {
                target += "//" + refAuthority + (ref.path.isEmpty ? "/" : Self.removeDotSegments(ref.path))
                if let q = ref.query { target += "?" + q }
            } else {
                if !authority.isEmpty || scheme == "http" || scheme == "https" { target += "//" + authority }
                if ref.path.isEmpty {
                    target += path
                    if let q = ref.query ?? query { target += "?" + q }
                } else {
                    target += Self.removeDotSegments(ref.path.hasPrefix("/") ? ref.path : merge(ref.path))
                    if let q = ref.query { target += "?" + q }
                }
            }
        }
        if let f = ref.fragment { target += "#" + f }
        return target
    }

    /// The common cases without splitting: a root-relative path (`/a/b`) and an absolute http(s) URL
    /// with a path, when neither holds dot segments. Nil sends the reference to the general case.
    private func fastPath(_ reference: String) -> String? {
        let utf8 = reference.utf8
        guard let first = utf8.first else { return nil }
        if first == 0x2F {
            guard utf8.count == 1 || utf8[utf8.index(after: utf8.startIndex)] != 0x2F, !Self.hasDotSegment(reference) else { return nil }
            return origin + reference
        }
        guard first == UInt8(ascii: "h"), reference.hasPrefix("https://") || reference.hasPrefix("http://"), !Self.hasDotSegment(reference) else {
            return nil
        }
        let afterScheme = utf8.index(utf8.startIndex, offsetBy: first == 0x68 && utf8.dropFirst(4).first == 0x73 ? 8 : 7)
        // A path must follow the authority (`https://host` alone gets its `/` in the general case).
        guard utf8[afterScheme...].contains(0x2F) else { return nil }
        let delimiter = utf8[afterScheme...].firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 }
        guard let delimiter, utf8[delimiter] == 0x2F else { return nil }
        return reference
    }

    /// Whether `url` (absolute, as `resolve` makes them) is the site's root (`/`, `/index.html`…) on
    /// the page's host, `www.` or not, http or https; query and fragment ignored.
    func isHome(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { all in
            let end = all.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? all.endIndex
            var rest = all[..<end]
            guard Self.dropPrefix(Self.https, from: &rest) || Self.dropPrefix(Self.http, from: &rest) else { return false }
            _ = Self.dropPrefix(Self.www, from: &rest)
            guard Self.dropPrefix(siteHostBytes, from: &rest) else { return false }
            return Self.homePaths.contains { Self.equalIgnoringCase(rest, $0) }
        }
    }

    /// `siteHost` as bytes, for `isHome`.
    private let siteHostBytes: [UInt8]
    private static let https = Array("https://".utf8), http = Array("http://".utf8), www = Array("www.".utf8)
    /// The paths of a site's home page, after its host (`""`, `/`, `/index.html`, `/accueil`…).
    private static let homePaths: [[UInt8]] = ["", "/", "/index.html", "/index.htm", "/index.php", "/accueil", "/home", "/fr", "/fr/"]
        .map { Array($0.utf8) }

    /// Removes `prefix` (lower-case ASCII) from the start of `bytes` when they start with it, in any case.
    private static func dropPrefix(_ prefix: [UInt8], from bytes: inout Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard bytes.count >= prefix.count, equalIgnoringCase(bytes.prefix(prefix.count), prefix) else { return false }
        bytes = bytes.dropFirst(prefix.count)
        return true
    }

    /// Whether `bytes` equal `lower` (lower-case ASCII), ignoring the case of ASCII letters.
    private static func equalIgnoringCase(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ lower: [UInt8]) -> Bool {
        bytes.count == lower.count && zip(bytes, lower).allSatisfy { byte, expected in
            byte == expected || (byte >= 0x41 && byte <= 0x5A && byte + 32 == expected)
        }
    }

    private func merge(_ relative: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "/" + relative }
        return String(path[...slash]) + relative
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        guard Self.hasDotSegment(path) else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        var result = output.joined(separator: "/")
        if path.hasPrefix("/"), !result.hasPrefix("/") { result = "/" + result }
        return result
    }

    /// Whether a `.` or `..` segment may be present (a `.` at the start or after a `/`).
    private static func hasDotSegment(_ path: String) -> Bool {
        var previous: UInt8 = 0x2F
        for byte in path.utf8 {
            if byte == 0x2E, previous == 0x2F { return true }
            previous = byte
        }
        return false
    }

    /// Trims C0 controls and spaces, drops tabs and newlines, encodes inner spaces.
    static func clean(_ reference: String) -> String {
        let utf8 = reference.utf8
        guard utf8.contains(where: { $0 <= 0x20 }) else { return reference }
        var bytes = Array(utf8)
        while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
        let start = bytes.firstIndex(where: { $0 > 0x20 }) ?? bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for byte in bytes[start...] {
            switch byte {
            case 0x09, 0x0A, 0x0D: continue
            case 0x20: out.append(contentsOf: [0x25, 0x32, 0x30])
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func siteHost(of authority: String) -> String {
        var host = Substring(authority)
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if !host.hasPrefix("["), let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        let lower = host.lowercased()
        return lower.hasPrefix("www.") ? String(lower.dropFirst(4)) : lower
    }
}

/// The five parts of a URI reference (RFC 3986 appendix B).
struct URLParts {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    /// Splits on ASCII delimiters through the UTF-8 view (no Character segmentation).
    init?(_ text: String) {
        let utf8 = text.utf8
        var end = utf8.endIndex
        if let hash = utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(text[utf8.index(after: hash)...])
            end = hash
        }
        if let mark = utf8[..<end].firstIndex(of: UInt8(ascii: "?")) {
            query = String(text[utf8.index(after: mark)..<end])
            end = mark
        }
        var start = utf8.startIndex
        if let colon = utf8[..<end].firstIndex(of: UInt8(ascii: ":")) {
            let candidate = utf8[start..<colon]
            if let first = candidate.first, Self.isLetter(first),
               candidate.allSatisfy({ Self.isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }) {
                scheme = String(text[start..<colon]).lowercased()
                start = utf8.index(after: colon)
            }
        }
        let rest = utf8[start..<end]
        if rest.count >= 2, rest.first == 0x2F, rest[rest.index(after: rest.startIndex)] == 0x2F {
            let authorityStart = utf8.index(start, offsetBy: 2)
            let authorityEnd = utf8[authorityStart..<end].firstIndex(of: 0x2F) ?? end
            authority = String(text[authorityStart..<authorityEnd])
            start = authorityEnd
        }
        path = String(text[start..<end])
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
}
