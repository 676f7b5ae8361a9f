import Foundation
import Glibc

/// A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for the tests, on POSIX sockets and one thread per
/// connection, with keep-alive, so that the crawler meets a real network stack — and misbehaviour on demand.
public final class TestHTTPServer: Sendable {
    public let port: Int
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let handler: @Sendable (TestRequest) -> TestResponse
    private let state = ServerState()

    /// Starts listening; `handler` answers every request (on the connection's thread).
    public init(handler: @escaping @Sendable (TestRequest) -> TestResponse) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestServerError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 512) == 0 else {
            close(fd)
            throw TestServerError.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// A server that serves the files of `directory` (index.html for folders, 404 otherwise).
    /// `_headers.json` in the folder, when present, maps paths to extra response headers.
    public convenience init(directory: String) throws {
        let extra = (try? Data(contentsOf: URL(fileURLWithPath: directory + "/_headers.json")))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: [String: Any]] } ?? [:]
        let headersByPath = extra.mapValues { entry in entry.map { ($0.key, "\($0.value)") } }.mapValues { $0.map { TestHeader(name: $0.0, value: $0.1) } }
        try self.init { request in
            FileResponder.respond(request, root: directory, extraHeaders: headersByPath)
        }
    }

    deinit { stop() }

    /// Every request received, in order.
    public var requests: [TestRequest] { state.requests() }

    /// How many requests asked for `path` (with its query).
    public func requestCount(path: String) -> Int { state.requests().filter { $0.path == path }.count }

    /// Closes the listener and every connection; idempotent.
    public func stop() {
        guard state.markStopped() else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        state.closeAll()
    }

    var isStopped: Bool { state.isStopped }

    private func acceptLoop() {
        while !state.isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var yes: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            var noSigPipe: Int32 = 1
            setsockopt(client, SOL_SOCKET, SO_KEEPALIVE, &noSigPipe, socklen_t(MemoryLayout<Int32>.size))
            guard state.register(client) else {
                close(client)
                return
            }
            let connection = Connection(fd: client, server: self, handler: handler, state: state)
            let thread = Thread { connection.serve() }
            thread.stackSize = 256 << 10
            thread.start()
        }
    }
}

/// Why the server could not start.
public enum TestServerError: Error {
    case socket(Int32)
}

/// Shared mutable state of the server, behind a lock.
final class ServerState: @unchecked Sendable {
    // Every stored property is read and written only while `lock` is held.
    private let lock = NSLock()
    private var stopped = false
    private var open: Set<Int32> = []
    private var received: [TestRequest] = []

    func markStopped() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if stopped { return false }
        stopped = true
        return true
    }

    var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    func register(_ fd: Int32) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard !stopped else { return false }
        open.insert(fd)
        return true
    }

    func unregister(_ fd: Int32) {
        lock.lock(); defer { lock.unlock() }
        open.remove(fd)
    }

    func record(_ request: TestRequest) {
        lock.lock(); defer { lock.unlock() }
        received.append(request)
    }

    func requests() -> [TestRequest] {
        lock.lock(); defer { lock.unlock() }
        return received
    }

    func closeAll() {
        lock.lock()
        let fds = open
        lock.unlock()
        for fd in fds { shutdown(fd, Int32(SHUT_RDWR)) }
    }
}
