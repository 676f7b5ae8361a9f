/// The HTTP methods the fetcher sends.
public enum HTTPMethod: String, Sendable {
    case get = "GET"
    case head = "HEAD"
}

/// One transfer to make. `tag` is the caller's own identifier, handed back in the response.
public struct FetchRequest: Sendable {
    public var url: String
    public var method: HTTPMethod
    public var tag: Int
    /// Extra header lines ("Name: value") for this request only.
    public var extraHeaders: [String]

    public init(url: String, method: HTTPMethod = .get, tag: Int = 0, extraHeaders: [String] = []) {
        self.url = url
        self.method = method
        self.tag = tag
        self.extraHeaders = extraHeaders
    }
}

/// HTTP Basic credentials, sent only to `host` (never to any other host).
public struct BasicAuth: Sendable {
    public var user: String
    public var password: String
    public var host: String

    public init(user: String, password: String, host: String) {
        self.user = user
        self.password = password
        self.host = host
    }
}

/// Settings shared by every transfer of one Fetcher. Times are in seconds.
public struct FetchOptions: Sendable {
    public var userAgent: String
    public var connectTimeout: Double = 10
    public var timeout: Double = 30
    /// Cap on the decoded body; beyond it the transfer stops and the response is `truncated`.
    public var maxBodyBytes: Int = 10 << 20
    public var maxConcurrent: Int = 8
    public var maxPerHost: Int = 8
    /// Skip TLS certificate and host-name verification.
    public var insecure = false
    public var basicAuth: BasicAuth?
    /// Header lines ("Name: value") added to every request.
    public var extraHeaders: [String] = []

    public init(
        userAgent: String, connectTimeout: Double = 10, timeout: Double = 30, maxBodyBytes: Int = 10 << 20,
        maxConcurrent: Int = 8, maxPerHost: Int = 8, insecure: Bool = false, basicAuth: BasicAuth? = nil,
        extraHeaders: [String] = []
    ) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.maxConcurrent = maxConcurrent
        self.maxPerHost = maxPerHost
        self.insecure = insecure
        self.basicAuth = basicAuth
        self.extraHeaders = extraHeaders
    }
}

/// One response header line, as received (name case kept).
public struct FetchHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// When each phase ended, in seconds since the transfer started (libcurl's model: cumulative).
/// `tls` is 0 for plain HTTP.
public struct FetchTiming: Sendable {
    public var dns: Double = 0
    public var connect: Double = 0
    public var tls: Double = 0
    public var firstByte: Double = 0
    public var total: Double = 0

    public init(dns: Double = 0, connect: Double = 0, tls: Double = 0, firstByte: Double = 0, total: Double = 0) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.firstByte = firstByte
        self.total = total
    }
}

/// What went wrong with a transfer, coarsely.
public enum FetchErrorKind: String, Sendable {
    case timeout, refused, dns, tls
    case tooLarge = "too-large"
    case protocolNotAllowed = "protocol-not-allowed"
    case connection, other
}

/// A transfer failure: a kind for code, a clear message for people (libcurl's own text included).
public struct FetchError: Error, Sendable {
    public var kind: FetchErrorKind
    public var message: String

    public init(kind: FetchErrorKind, message: String) {
        self.kind = kind
        self.message = message
    }
}

/// The outcome of one FetchRequest. Redirects are not followed: a 3xx carries `redirectLocation`.
public struct FetchResponse: Sendable {
    public var request: FetchRequest
    /// The effective URL (as libcurl normalised it).
    public var url: String
    /// The HTTP status, 0 when no response arrived.
    public var status: Int
    /// "1.0", "1.1", "2", "3", or "" when no response arrived.
    public var httpVersion: String
    /// Every header of the last response (not of a 100 Continue), repeated names (Set-Cookie) kept.
    public var headers: [FetchHeader]
    /// The decoded body (Content-Encoding undone).
    public var body: [UInt8]
    /// The body reached `maxBodyBytes`: the transfer was stopped and `body` holds the first bytes.
    /// A truncated response has no `error`.
    public var truncated: Bool
    /// The media type, lowercased, without parameters ("text/html").
    public var contentType: String?
    /// The charset parameter of Content-Type, lowercased, when present.
    public var charset: String?
    /// The absolute target of a redirect (Location resolved against the URL), whatever its scheme.
    public var redirectLocation: String?
    public var timing: FetchTiming
    public var remoteIP: String?
    /// Set when the transfer failed (status may still be set, e.g. a connection cut mid-body).
    public var error: FetchError?

    public init(
        request: FetchRequest, url: String, status: Int = 0, httpVersion: String = "", headers: [FetchHeader] = [],
        body: [UInt8] = [], truncated: Bool = false, contentType: String? = nil, charset: String? = nil,
        redirectLocation: String? = nil, timing: FetchTiming = FetchTiming(), remoteIP: String? = nil,
        error: FetchError? = nil
    ) {
        self.request = request
        self.url = url
        self.status = status
        self.httpVersion = httpVersion
        self.headers = headers
        self.body = body
        self.truncated = truncated
        self.contentType = contentType
        self.charset = charset
        self.redirectLocation = redirectLocation
        self.timing = timing
        self.remoteIP = remoteIP
        self.error = error
    }

    /// Every value of a header, case-insensitive name, in order.
    public func headerValues(_ name: String) -> [String] {
        let lower = name.lowercased()
        return headers.filter { $0.name.lowercased() == lower }.map(\.value)
    }
}
