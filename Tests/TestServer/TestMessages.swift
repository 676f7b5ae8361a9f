/// A request the test server received.
public struct TestRequest: Sendable {
    public var method: String
    /// The path with its query (`/a?b=1`).
    public var path: String
    public var headers: [TestHeader]

    public init(method: String, path: String, headers: [TestHeader]) {
        self.method = method
        self.path = path
        self.headers = headers
    }

    /// The first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }
}

/// One header line.
public struct TestHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What the test server answers, misbehaviour included.
public struct TestResponse: Sendable {
    public var status: Int
    /// Headers as sent (repeated names allowed). `Content-Length` is added unless given or chunked.
    public var headers: [TestHeader]
    public var body: [UInt8]
    /// `Transfer-Encoding: chunked`.
    public var chunked = false
    /// Seconds before anything is sent (slow first byte).
    public var delayBeforeHeaders: Double = 0
    /// Close the connection after this many body bytes (Content-Length announces them all).
    public var closeAfterBodyBytes: Int?
    /// A body that trickles: `bytesPerChunk` bytes every `interval` seconds until `total` (generated, `body` ignored).
    public var trickle: (bytesPerChunk: Int, interval: Double, total: Int)?
    /// Read the request, then never answer (until the server stops).
    public var neverRespond = false

    public init(status: Int, headers: [(String, String)], body: [UInt8]) {
        self.status = status
        self.headers = headers.map { TestHeader(name: $0.0, value: $0.1) }
        self.body = body
    }

    /// An HTML page; `charset: nil` sends `text/html` without a charset.
    public static func html(_ text: String, status: Int = 200, charset: String? = "utf-8") -> TestResponse {
        TestResponse(status: status, headers: [("Content-Type", charset.map { "text/html; charset=\($0)" } ?? "text/html")], body: Array(text.utf8))
    }

    /// HTML given as raw bytes (a Latin-1 page…).
    public static func htmlBytes(_ bytes: [UInt8], status: Int = 200, charset: String? = nil) -> TestResponse {
        TestResponse(status: status, headers: [("Content-Type", charset.map { "text/html; charset=\($0)" } ?? "text/html")], body: bytes)
    }

    public static func text(_ text: String, status: Int = 200) -> TestResponse {
        TestResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(text.utf8))
    }

    public static func redirect(to location: String, status: Int = 302) -> TestResponse {
        TestResponse(status: status, headers: [("Location", location)], body: [])
    }

    public static var notFound: TestResponse { .html("<html><body><h1>404</h1></body></html>", status: 404) }
}
