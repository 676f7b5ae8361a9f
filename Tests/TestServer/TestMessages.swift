/// One HTTP request as the test server received it.
public struct TestRequest: Sendable {
    /// The request method, e.g. "GET".
    public var method: String
    /// The request target, query included (e.g. "/a?b=1").
    public var path: String
    /// Every header line in order, repeated names kept.
    public var headers: [(name: String, value: String)]
    /// The request body (from Content-Length).
    public var body: [UInt8]

    public init(method: String, path: String, headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, case-insensitive name.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }
}

/// What the test server answers, including misbehaviour on demand.
public struct TestResponse: Sendable {
    public var status: Int
    /// Header lines in order; repeated names (several Set-Cookie) allowed.
    /// Content-Length, Transfer-Encoding and Content-Encoding are added by the server.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Send the body with Transfer-Encoding: chunked.
    public var chunked: Bool = false
    /// Gzip the body and send Content-Encoding: gzip.
    public var gzip: Bool = false
    /// Seconds to wait before sending the status line (slow first byte).
    public var delayBeforeHeaders: Double = 0
    /// Close the connection after this many body bytes (Content-Length announces the whole body).
    public var closeAfterBodyBytes: Int? = nil
    /// Send `total` body bytes (the body repeated, or "x"), `bytesPerChunk` every `interval` seconds.
    public var trickle: (bytesPerChunk: Int, interval: Double, total: Int)? = nil
    /// Read the request and never answer (until the server stops).
    public var neverRespond: Bool = false
    /// Close the connection after this response even if the client wants keep-alive.
    public var closeConnection: Bool = false

    public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An HTML page; `charset` nil sends `text/html` without a charset.
    public static func html(_ s: String, status: Int = 200, charset: String? = "utf-8") -> TestResponse {
        let type = charset.map { "text/html; charset=\($0)" } ?? "text/html"
        return TestResponse(status: status, headers: [("Content-Type", type)], body: Array(s.utf8))
    }

    /// A plain-text response.
    public static func text(_ s: String, status: Int = 200) -> TestResponse {
        TestResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(s.utf8))
    }

    /// A redirect with a Location header (relative or absolute, sent as given).
    public static func redirect(to location: String, status: Int = 301) -> TestResponse {
        TestResponse(status: status, headers: [("Location", location)], body: [])
    }

    /// A plain 404.
    public static var notFound: TestResponse { .text("Not Found", status: 404) }

    /// The same response with one more header line.
    public func adding(header name: String, _ value: String) -> TestResponse {
        var copy = self
        copy.headers.append((name, value))
        return copy
    }
}
