import CCurl
import Glibc

/// Registrable domains ("eTLD+1") from the public suffix list, through libpsl — the list libcurl
/// itself uses to refuse super-cookies. `shop.example.co.uk` → `example.co.uk`.
public enum RegistrableDomain {
    /// The registrable domain of `host` (lower-case), or the host itself for IP addresses and
    /// single-label hosts such as `localhost`.
    public static func of(_ host: String) -> String {
        let lower = host.lowercased()
        if isIPAddress(lower) { return lower }
        guard let psl = psl_builtin() else { return lower }
        // libpsl returns a pointer INTO the string it is given: read it while that string is alive
        // (an implicit String → C string bridge dies after the call; AddressSanitizer caught it).
        return lower.withCString { cHost in
            psl_registrable_domain(psl, cHost).map { String(cString: $0) } ?? lower
        }
    }

    private static func isIPAddress(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return inet_pton(AF_INET, bare, &v4) == 1 || inet_pton(AF_INET6, bare, &v6) == 1
    }

    /// Whether two hosts belong to the same registrable domain.
    public static func sameSite(_ a: String, _ b: String) -> Bool { of(a) == of(b) }
}
