import CCurl
import Glibc

/// RFC 3986 normalisation and resolution of http(s) URLs, on libcurl's URL API (`curl_url`).
///
/// The normal form: scheme and host lower-case, IDN host in punycode, default port removed, dot
/// segments resolved, percent-encodings of unreserved characters decoded and the others in
/// libcurl's form (lower-case hex), spaces encoded, fragment dropped, empty path `/`. Two URLs that name the same resource
/// have the same normal form, so the crawler dedupes on it.
public enum URLNormalizer {
    /// The normal form of `url`, resolved against `base` when it is relative; nil when it is not a
    /// parsable http or https URL (`javascript:`, `mailto:`, `ftp:`, garbage).
    public static func normalize(_ url: String, base: String? = nil) -> String? {
        _ = utf8Locale
        let trimmed = url.trimmingWhitespace
        guard !trimmed.isEmpty, trimmed.utf8.count <= maxLength else { return nil }
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        let setFlags = UInt32(CURLU_URLENCODE | CURLU_ALLOW_SPACE)
        if let base {
            guard curl_url_set(handle, CURLUPART_URL, base, 0) == CURLUE_OK else { return nil }
        }
        guard curl_url_set(handle, CURLUPART_URL, trimmed, base == nil ? setFlags : UInt32(CURLU_ALLOW_SPACE)) == CURLUE_OK else {
            return nil
        }
        guard let scheme = part(handle, CURLUPART_SCHEME)?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        curl_url_set(handle, CURLUPART_FRAGMENT, nil, 0)
        // Credentials are no part of a page's address: a normal URL never carries them (nor writes them in a report).
        curl_url_set(handle, CURLUPART_USER, nil, 0)
        curl_url_set(handle, CURLUPART_PASSWORD, nil, 0)
        curl_url_set(handle, CURLUPART_OPTIONS, nil, 0)
        guard let host = part(handle, CURLUPART_HOST, flags: UInt32(CURLU_PUNYCODE)) ?? part(handle, CURLUPART_HOST),
              !host.isEmpty else { return nil }
        curl_url_set(handle, CURLUPART_HOST, host.lowercased(), 0)
        if let path = part(handle, CURLUPART_PATH) {
            curl_url_set(handle, CURLUPART_PATH, normalizePercentEncoding(path.replacingSpaces), 0)
        }
        if let query = part(handle, CURLUPART_QUERY) {
            curl_url_set(handle, CURLUPART_QUERY, query.isEmpty ? nil : normalizePercentEncoding(query.replacingSpaces), 0)
        }
        return part(handle, CURLUPART_URL, flags: UInt32(CURLU_NO_DEFAULT_PORT))
    }

    /// The host of an absolute URL, lower-case (nil when none).
    public static func host(of url: String) -> String? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, UInt32(CURLU_NON_SUPPORT_SCHEME)) == CURLUE_OK else { return nil }
        return part(handle, CURLUPART_HOST)?.lowercased()
    }

    /// `scheme://host:port` of an absolute http(s) URL, the port always written (80, 443 by default): what credentials
    /// and extra headers are bound to.
    public static func origin(of url: String) -> String? {
        guard let parts = components(of: url), parts.scheme == "http" || parts.scheme == "https" else { return nil }
        return "\(parts.scheme)://\(parts.host):\(parts.port ?? (parts.scheme == "https" ? 443 : 80))"
    }

    /// The `user:password` written in `url` (`https://user:pass@host/`), percent-decoded; nil when there is none.
    public static func credentials(in url: String) -> String? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, UInt32(CURLU_NON_SUPPORT_SCHEME)) == CURLUE_OK,
              let user = part(handle, CURLUPART_USER, flags: UInt32(CURLU_URLDECODE)) else { return nil }
        return user + ":" + (part(handle, CURLUPART_PASSWORD, flags: UInt32(CURLU_URLDECODE)) ?? "")
    }

    /// `text` with the password of any URL in it masked (`https://user:***@host/`), for messages that echo what the
    /// user typed. Works on text that does not parse as a URL too.
    public static func redacted(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authorityEnd = rest.firstIndex { "/?#".contains($0) || $0.isWhitespace } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@") {
                let userinfo = authority[..<at]
                let user = userinfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                result += user + ":***"
                rest = rest[at...]
            }
        }
        return result + rest
    }

    /// The parts of an absolute URL that scope and robots rules look at.
    public static func components(of url: String) -> (scheme: String, host: String, port: Int?, path: String, query: String?)? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK,
              let scheme = part(handle, CURLUPART_SCHEME), let host = part(handle, CURLUPART_HOST) else { return nil }
        let port = part(handle, CURLUPART_PORT).flatMap { Int($0) }
        return (scheme.lowercased(), host.lowercased(), port, part(handle, CURLUPART_PATH) ?? "/", part(handle, CURLUPART_QUERY))
    }

    /// libcurl converts IDN hosts with libidn2 from the process locale: it must be a UTF-8 one.
    private static let utf8Locale: Void = {
        if setlocale(LC_CTYPE, nil).map({ String(cString: $0) }) == "C" { setlocale(LC_CTYPE, "C.UTF-8") }
    }()

    /// URLs longer than this are refused (browsers and servers refuse them too).
    public static let maxLength = 8192

    private static func part(_ handle: OpaquePointer, _ which: CURLUPart, flags: UInt32 = 0) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        let code = curl_url_get(handle, which, &value, flags)
        // libcurl 7.88 can fail (CURLU_PUNYCODE on a host libidn2 refuses) and still hand back an
        // allocated string: free it whatever the result (found by fuzzing, LeakSanitizer).
        defer { if let value { curl_free(value) } }
        guard code == CURLUE_OK, let value else { return nil }
        return String(cString: value)
    }

    /// Decodes `%XX` of unreserved characters and keeps the other escapes.
    static func normalizePercentEncoding(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                let decoded = high << 4 | low
                if isUnreserved(decoded) {
                    out.append(decoded)
                } else {
                    out.append(UInt8(ascii: "%"))
                    out.append(upperHex(high))
                    out.append(upperHex(low))
                }
                index += 3
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func upperHex(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "A") + v - 10 }

    private static func isUnreserved(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
            || c == UInt8(ascii: "_") || c == UInt8(ascii: "~")
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    fileprivate var replacingSpaces: String {
        contains(" ") ? split(separator: " ", omittingEmptySubsequences: false).joined(separator: "%20") : self
    }
}
