import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The sockets and threads behind TestHTTPServer. Sendable: immutable lets plus a Mutex.
final class ServerCore: Sendable {
    struct State {
        var stopped = false
        var requests: [TestRequest] = []
        var connections: Set<Int32> = []
        var threads = 0
        var acceptedConnections = 0
    }

    let state = Mutex(State())
    let listener: Int32
    let port: Int
    let handler: @Sendable (TestRequest) -> TestResponse

    struct SocketError: Error, CustomStringConvertible {
        let description: String
    }

    init(handler: @escaping @Sendable (TestRequest) -> TestResponse) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError(description: "socket: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 1024) == 0 else {
            let e = errno
            close(fd)
            throw SocketError(description: "bind/listen: errno \(e)")
        }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: addr.sin_port))
    }

    var isStopped: Bool { state.withLock { $0.stopped } }

    func start() {
        state.withLock { $0.threads += 1 }
        spawn { self.acceptLoop() }
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 256 << 10
        thread.start()
    }

    func stop() {
        let first = state.withLock { s -> Bool in
            if s.stopped { return false }
            s.stopped = true
            for fd in s.connections { shutdown(fd, Int32(SHUT_RDWR)) }
            return true
        }
        guard first else { return }
        let deadline = Date().addingTimeInterval(3)
        while state.withLock({ $0.threads }) > 0, Date() < deadline { usleep(2_000) }
    }

    private func acceptLoop() {
        defer {
            close(listener)
            state.withLock { $0.threads -= 1 }
        }
        while !isStopped {
            var pfd = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 50) > 0 else { continue }
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { continue }
            var yes: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            let accepted = state.withLock { s -> Bool in
                if s.stopped { return false }
                s.connections.insert(fd)
                s.threads += 1
                s.acceptedConnections += 1
                return true
            }
            guard accepted else { close(fd); return }
            spawn { Connection(fd: fd, core: self).serve() }
        }
    }

    /// Called by a connection thread when it is done: the fd leaves the set before it is closed,
    /// so `stop()` never shuts down a reused descriptor.
    func finished(fd: Int32) {
        state.withLock { s in
            s.connections.remove(fd)
            close(fd)
            s.threads -= 1
        }
    }

    func record(_ request: TestRequest) {
        state.withLock { $0.requests.append(request) }
    }

    /// Sleeps up to `seconds` in short slices; false if the server stopped meanwhile.
    func pause(_ seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if isStopped { return false }
            usleep(UInt32(max(0, min(20_000, deadline.timeIntervalSinceNow * 1_000_000))))
        }
        return !isStopped
    }
}
