import Foundation
import Glibc

/// One client connection: reads requests, answers them with the handler's response, keeps the connection alive.
final class Connection: Sendable {
    let fd: Int32
    let server: TestHTTPServer
    let handler: @Sendable (TestRequest) -> TestResponse
    let state: ServerState

    init(fd: Int32, server: TestHTTPServer, handler: @escaping @Sendable (TestRequest) -> TestResponse, state: ServerState) {
        self.fd = fd
        self.server = server
        self.handler = handler
        self.state = state
    }

    func serve() {
        defer {
            state.unregister(fd)
            close(fd)
        }
        var buffer: [UInt8] = []
        while !server.isStopped {
            guard let (request, keepAlive) = readRequest(&buffer) else { return }
            state.record(request)
            let response = handler(request)
            guard send(response, head: request.method == "HEAD") else { return }
            if !keepAlive { return }
        }
    }

    /// Reads one request head (and skips its body); nil when the peer closed or the server stopped.
    private func readRequest(_ buffer: inout [UInt8]) -> (TestRequest, Bool)? {
        let terminator: [UInt8] = [13, 10, 13, 10]
        while true {
            if let end = buffer.firstRange(of: terminator) {
                let head = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<end.upperBound)
                var lines = head.components(separatedBy: "\r\n")
                let requestLine = lines.removeFirst().split(separator: " ")
                guard requestLine.count >= 2 else { return nil }
                let headers = lines.compactMap { line -> TestHeader? in
                    guard let colon = line.firstIndex(of: ":") else { return nil }
                    return TestHeader(name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                }
                let request = TestRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
                if let length = request.header("Content-Length").flatMap(Int.init), length > 0 {
                    while buffer.count < length { guard readMore(&buffer) else { return nil } }
                    buffer.removeFirst(length)
                }
                let http10 = requestLine.count > 2 && requestLine[2] == "HTTP/1.0"
                let keepAlive = request.header("Connection")?.lowercased() != "close" && !http10
                return (request, keepAlive)
            }
            if buffer.count > 1 << 20 { return nil }
            guard readMore(&buffer) else { return nil }
        }
    }

    /// Waits for bytes (polling so that `stop()` is never stuck behind a silent client).
    private func readMore(_ buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while !server.isStopped {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready < 0 { return errno == EINTR }
            if ready == 0 { continue }
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        return false
    }

    /// Sends the response, misbehaviour included; false when the connection must close.
    private func send(_ response: TestResponse, head: Bool) -> Bool {
        if response.neverRespond {
            while !server.isStopped { usleep(50_000) }
            return false
        }
        if response.delayBeforeHeaders > 0, !pause(response.delayBeforeHeaders) { return false }
        var headers = response.headers
        let trickleTotal = response.trickle?.total
        let names = Set(headers.map { $0.name.lowercased() })
        if response.chunked {
            headers.append(TestHeader(name: "Transfer-Encoding", value: "chunked"))
        } else if !names.contains("content-length") {
            headers.append(TestHeader(name: "Content-Length", value: String(trickleTotal ?? response.body.count)))
        }
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "\r\n"
        guard write(Array(text.utf8)) else { return false }
        if head { return true }
        if let trickle = response.trickle {
            var sent = 0
            while sent < trickle.total {
                let size = min(trickle.bytesPerChunk, trickle.total - sent)
                guard write([UInt8](repeating: UInt8(ascii: "a"), count: size)), pause(trickle.interval) else { return false }
                sent += size
            }
            return true
        }
        var body = response.body
        if let cut = response.closeAfterBodyBytes {
            _ = write(Array(body.prefix(cut)))
            return false
        }
        if response.chunked {
            var framed: [UInt8] = []
            var offset = 0
            while offset < body.count {
                let size = min(4096, body.count - offset)
                framed += Array(String(size, radix: 16).utf8) + [13, 10] + body[offset..<offset + size] + [13, 10]
                offset += size
            }
            framed += Array("0\r\n\r\n".utf8)
            body = framed
        }
        return write(body)
    }

    private func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    /// Sleeps `seconds` in small steps; false when the server stopped meanwhile.
    private func pause(_ seconds: Double) -> Bool {
        var left = seconds
        while left > 0 {
            if server.isStopped { return false }
            let step = min(left, 0.05)
            usleep(UInt32(step * 1_000_000))
            left -= step
        }
        return !server.isStopped
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
