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

    /// Nil when `base` is not an absolute URL.
    init?(base: String) {
        guard let parts = URLParts(base.trimmingASCIIWhitespace()), let scheme = parts.scheme else { return nil }
        self.scheme = scheme
        authority = parts.authority ?? ""
        siteHost = Self.siteHost(of: authority)
        path = parts.path.isEmpty && parts.authority != nil ? "/" : parts.path
        query = parts.query
    }

    /// The absolute URL of `reference`, nil when it cannot be made one.
    func resolve(_ reference: String) -> String? {
        let cleaned = Self.clean(reference)
        guard let ref = URLParts(cleaned) else { return nil }
        var target = ""
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

    /// Whether `url` is the site's root (`/`, `/index.html`…) on the page's host (`www.` or not).
    func isHome(_ url: String) -> Bool {
        guard let parts = URLParts(url), let authority = parts.authority, Self.siteHost(of: authority) == siteHost else { return false }
        switch parts.path.lowercased() {
        case "", "/", "/index.html", "/index.htm", "/index.php", "/accueil", "/home", "/fr", "/fr/": return true
        default: return false
        }
    }

    private func merge(_ relative: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "/" + relative }
        return String(path[...slash]) + relative
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
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

    init?(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        if let colon = rest.firstIndex(of: ":") {
            let candidate = rest[..<colon]
            if let first = candidate.first, first.isASCII, first.isLetter,
               candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) {
                scheme = candidate.lowercased()
                rest = rest[rest.index(after: colon)...]
            }
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }
}
