/// The HTTP methods Vigie uses.
public enum HTTPMethod: String, Sendable {
    case get = "GET", head = "HEAD"
}

/// One transfer to make.
public struct FetchRequest: Sendable {
    public var url: String
    public var method: HTTPMethod
    /// The caller's id, handed back in the response.
    public var tag: Int
    /// Extra request headers (`Name: value`).
    public var extraHeaders: [String]

    public init(url: String, method: HTTPMethod = .get, tag: Int = 0, extraHeaders: [String] = []) {
        self.url = url
        self.method = method
        self.tag = tag
        self.extraHeaders = extraHeaders
    }
}

/// HTTP basic credentials, bound to one host: never sent anywhere else.
public struct BasicAuth: Sendable {
    public var user: String
    public var password: String
    /// The only origin the credentials go to, `scheme://host:port` (`URLNormalizer.origin(of:)`): not another
    /// host, nor the same host on another scheme or port (a redirect to `http://` does not get them in clear).
    public var origin: String

    public init(user: String, password: String, origin: String) {
        self.user = user
        self.password = password
        self.origin = origin
    }
}

/// How the client behaves.
public struct FetchOptions: Sendable {
    public var userAgent: String
    public var connectTimeout: Double = 10
    /// Whole-transfer timeout, seconds.
    public var timeout: Double = 30
    /// Decoded body bytes kept at most; beyond, the transfer is cut and marked truncated.
    public var maxBodyBytes: Int = 10 << 20
    /// Transfers in flight at once; more are queued.
    public var maxConcurrent: Int = 8
    public var maxPerHost: Int = 8
    /// Skip TLS certificate checks (staging sites).
    public var insecure = false
    public var basicAuth: BasicAuth?
    /// Headers added to every request (`Name: value`).
    public var extraHeaders: [String] = []

    public init(userAgent: String) {
        self.userAgent = userAgent
    }
}

/// One response header, as received.
public struct FetchHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Phases of a transfer, in seconds from its start.
public struct FetchTiming: Sendable, Hashable {
    public var dns: Double = 0
    public var connect: Double = 0
    public var tls: Double = 0
    public var firstByte: Double = 0
    public var total: Double = 0

    public init() {}
}

/// What kind of failure a transfer met.
public enum FetchErrorKind: String, Sendable {
    case timeout, refused, dns, tls
    case tooLarge = "too-large"
    case protocolNotAllowed = "protocol-not-allowed"
    case connection, other
}

/// A failed transfer, with a message for people.
public struct FetchError: Error, Sendable, Hashable {
    public var kind: FetchErrorKind
    public var message: String

    public init(kind: FetchErrorKind, message: String) {
        self.kind = kind
        self.message = message
    }
}

/// The answer to one request (redirects are not followed: `redirectLocation` says where it points).
public struct FetchResponse: Sendable {
    public var request: FetchRequest
    /// The URL that answered.
    public var url: String
    /// HTTP status, 0 when no response came.
    public var status: Int = 0
    public var httpVersion: String = ""
    /// Headers of the final response, repeated ones kept (several `Set-Cookie`).
    public var headers: [FetchHeader] = []
    /// The decoded body (at most `maxBodyBytes`).
    public var body: [UInt8] = []
    public var truncated = false
    public var contentType: String?
    /// The charset of the Content-Type header, lower-case.
    public var charset: String?
    /// The absolute target of a redirect.
    public var redirectLocation: String?
    public var timing = FetchTiming()
    public var remoteIP: String?
    public var error: FetchError?

    public init(request: FetchRequest, url: String) {
        self.request = request
        self.url = url
    }

    /// Values of the headers named `name` (case-insensitive).
    public func headerValues(_ name: String) -> [String] {
        let lower = name.lowercased()
        return headers.filter { $0.name.lowercased() == lower }.map(\.value)
    }
}
