/// One HTTP response header, as received (names keep their case; repeated headers stay repeated).
public struct HTTPHeader: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// One redirect hop: the URL asked for, its status and where it pointed.
public struct RedirectHop: Sendable, Hashable, Codable {
    public var url: String
    public var status: Int
    public var location: String

    public init(url: String, status: Int, location: String) {
        self.url = url
        self.status = status
        self.location = location
    }
}

/// A cookie set by a response (`Set-Cookie`), with its attributes read.
public struct CookieFact: Sendable, Hashable, Codable {
    public var name: String
    public var value: String
    /// The `Domain` attribute, or the response's host when absent (host-only cookie).
    public var domain: String
    public var hostOnly: Bool
    public var path: String
    /// Lifetime in seconds from `Max-Age`, else from `Expires` against the response's `Date`; nil for a session cookie.
    public var lifetimeSeconds: Double?
    public var secure: Bool
    public var httpOnly: Bool
    /// `Strict`, `Lax`, `None` as written; nil when absent.
    public var sameSite: String?
    /// The page whose response set it, and whether that response was from another site (third party).
    public var setBy: String
    public var thirdParty: Bool
    /// The raw header, capped (evidence).
    public var raw: String

    public init(
        name: String, value: String, domain: String, hostOnly: Bool, path: String, lifetimeSeconds: Double?,
        secure: Bool, httpOnly: Bool, sameSite: String?, setBy: String, thirdParty: Bool = false, raw: String
    ) {
        self.name = name
        self.value = value
        self.domain = domain
        self.hostOnly = hostOnly
        self.path = path
        self.lifetimeSeconds = lifetimeSeconds
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
        self.setBy = setBy
        self.thirdParty = thirdParty
        self.raw = raw
    }
}

/// How long each phase of a transfer took, in seconds.
public struct TransferTiming: Sendable, Hashable, Codable {
    public var dns: Double
    public var connect: Double
    public var tls: Double
    public var firstByte: Double
    public var total: Double

    public init(dns: Double = 0, connect: Double = 0, tls: Double = 0, firstByte: Double = 0, total: Double = 0) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.firstByte = firstByte
        self.total = total
    }
}
