import Foundation

extension CookieFact {
    /// Reads one `Set-Cookie` header (RFC 6265 §5.2) set by the response for `responseURL`.
    /// Lifetime: `Max-Age` wins over `Expires`; `Expires` is measured from the response's `Date`
    /// (or now). Returns nil for a header without a `name=value` pair.
    public static func parse(setCookie header: String, responseURL: String, responseDate: String?) -> CookieFact? {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        guard let pair = parts.first, let equals = pair.firstIndex(of: "=") else { return nil }
        let name = pair[..<equals].trimmingWhitespace()
        guard !name.isEmpty else { return nil }
        let value = pair[pair.index(after: equals)...].trimmingWhitespace()
        let host = Self.host(of: responseURL)
        var domain: String?
        var path = "/"
        var maxAge: Double?
        var expires: Date?
        var secure = false
        var httpOnly = false
        var sameSite: String?
        for attribute in parts.dropFirst() {
            let split = attribute.split(separator: "=", maxSplits: 1)
            let key = split.first.map { $0.trimmingWhitespace().lowercased() } ?? ""
            let argument = split.count > 1 ? split[1].trimmingWhitespace() : ""
            switch key {
            case "domain":
                let cleaned = argument.hasPrefix(".") ? String(argument.dropFirst()) : argument
                if !cleaned.isEmpty { domain = cleaned.lowercased() }
            case "path": if argument.hasPrefix("/") { path = argument }
            case "max-age": maxAge = Double(argument)
            case "expires": expires = HTTPDate.parse(argument)
            case "secure": secure = true
            case "httponly": httpOnly = true
            case "samesite": sameSite = argument.isEmpty ? nil : argument
            default: continue
            }
        }
        let now = responseDate.flatMap(HTTPDate.parse) ?? Date()
        let lifetime: Double? = if let maxAge { maxAge } else { expires.map { $0.timeIntervalSince(now) } }
        let cookieDomain = domain ?? host
        return CookieFact(
            name: name, value: String(value.prefix(200)), domain: cookieDomain, hostOnly: domain == nil, path: path,
            lifetimeSeconds: lifetime, secure: secure, httpOnly: httpOnly, sameSite: sameSite, setBy: responseURL,
            thirdParty: !(host == cookieDomain || host.hasSuffix("." + cookieDomain) || cookieDomain.hasSuffix("." + host)),
            raw: String(header.prefix(300)))
    }

    private static func host(of url: String) -> String {
        guard let start = url.range(of: "://")?.upperBound else { return "" }
        let rest = url[start...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<end]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") { return String(authority).lowercased() }
        return String(authority.split(separator: ":").first ?? "").lowercased()
    }
}

/// HTTP dates: RFC 1123 (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 and asctime, plus the dashed variants cookies use.
enum HTTPDate {
    private static let formats = [
        "EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd-MMM-yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz",
        "EEE MMM d HH:mm:ss yyyy", "EEE, dd MMM yy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm:ss zzz",
    ]

    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingWhitespace()
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }
}
