import Foundation

/// A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for integration tests: POSIX sockets,
/// one thread per connection, persistent connections, and misbehaviour on demand (see TestResponse).
/// It is Sendable without `@unchecked`: all its state lives in `ServerCore`, whose mutable parts sit
/// behind a `Mutex`.
public final class TestHTTPServer: Sendable {
    private let core: ServerCore

    /// Starts listening at once; `handler` runs on the connection's thread for every request.
    public init(handler: @escaping @Sendable (TestRequest) -> TestResponse) throws {
        core = try ServerCore(handler: handler)
        core.start()
    }

    /// Serves the files of a folder (see `DirectoryHandler`).
    public convenience init(directory: String) throws {
        let files = DirectoryHandler(root: directory)
        try self.init(handler: { files.respond(to: $0) })
    }

    deinit { core.stop() }

    /// The TCP port the server listens on.
    public var port: Int { core.port }
    /// "http://127.0.0.1:PORT", without a trailing slash.
    public var baseURL: String { "http://127.0.0.1:\(core.port)" }
    /// Every request received so far, in arrival order.
    public var requests: [TestRequest] { core.state.withLock { $0.requests } }
    /// How many requests asked for exactly this target (query included).
    public func requestCount(path: String) -> Int {
        core.state.withLock { s in s.requests.filter { $0.path == path }.count }
    }
    /// How many TCP connections were accepted so far (keep-alive shows as few connections).
    public var connectionCount: Int { core.state.withLock { $0.acceptedConnections } }

    /// Closes the listener and every connection and waits (at most a few seconds, in case a handler
    /// sleeps) for the threads to end. Idempotent; `deinit` calls it.
    public func stop() { core.stop() }
}
