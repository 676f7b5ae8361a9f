import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One accepted TCP connection: reads requests (keep-alive, pipelining) and writes responses.
struct Connection {
    let fd: Int32
    let core: ServerCore

    func serve() {
        defer { core.finished(fd: fd) }
        var buffer: [UInt8] = []
        while let (request, keepAlive) = readRequest(&buffer) {
            core.record(request)
            let response = core.handler(request)
            if response.neverRespond {
                _ = core.pause(3600)
                return
            }
            let closing = !keepAlive || response.closeConnection || response.closeAfterBodyBytes != nil
            guard write(response, head: request.method == "HEAD", closing: closing), !closing else { return }
        }
    }

    // MARK: reading

    private func readRequest(_ buffer: inout [UInt8]) -> (TestRequest, Bool)? {
        var end = headerEnd(buffer)
        while end == nil {
            guard buffer.count < 1 << 20, receive(into: &buffer) else { return nil }
            end = headerEnd(buffer)
        }
        guard let end, let head = String(bytes: buffer[..<end], encoding: .isoLatin1) else { return nil }
        buffer.removeFirst(end + 4)
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var request = TestRequest(method: String(parts[0]), path: String(parts[1]), headers: headers)
        let length = Int(request.header("Content-Length") ?? "") ?? 0
        while buffer.count < length {
            guard receive(into: &buffer) else { return nil }
        }
        request.body = Array(buffer[..<length])
        buffer.removeFirst(length)
        let version = parts.count > 2 ? String(parts[2]) : "HTTP/1.0"
        let connection = request.header("Connection")?.lowercased() ?? ""
        let keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
        return (request, keepAlive)
    }

    private func headerEnd(_ b: [UInt8]) -> Int? {
        guard b.count >= 4 else { return nil }
        for i in 0...(b.count - 4) where b[i] == 13 && b[i + 1] == 10 && b[i + 2] == 13 && b[i + 3] == 10 {
            return i
        }
        return nil
    }

    /// Waits for bytes in short polls (so `stop()` is seen); false on EOF, error or stop.
    private func receive(into buffer: inout [UInt8]) -> Bool {
        while true {
            if core.isStopped { return false }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, 50)
            if ready < 0 && errno != EINTR { return false }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 16384)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return false }
            buffer.append(contentsOf: chunk[..<n])
            return true
        }
    }

    // MARK: writing

    private func write(_ r: TestResponse, head isHead: Bool, closing: Bool) -> Bool {
        if r.delayBeforeHeaders > 0 && !core.pause(r.delayBeforeHeaders) { return false }
        var body = r.body
        if let t = r.trickle {
            let unit = body.isEmpty ? Array("x".utf8) : body
            body = (0..<t.total).map { unit[$0 % unit.count] }
        }
        if r.gzip { body = Gzip.encode(body) }
        var head = "HTTP/1.1 \(r.status) \(Self.reason(r.status))\r\n"
        for (name, value) in r.headers { head += "\(name): \(value)\r\n" }
        let userLength = r.headers.contains { $0.name.lowercased() == "content-length" }
        if r.chunked {
            head += "Transfer-Encoding: chunked\r\n"
        } else if !userLength {
            head += "Content-Length: \(body.count)\r\n"
        }
        if r.gzip { head += "Content-Encoding: gzip\r\n" }
        if closing { head += "Connection: close\r\n" }
        head += "\r\n"
        guard send(Array(head.utf8)) else { return false }
        if isHead { return true }

        let pieceSize = r.trickle.map { max(1, $0.bytesPerChunk) } ?? (r.chunked ? 4096 : max(1, body.count))
        var wire: [[UInt8]] = stride(from: 0, to: body.count, by: pieceSize).map {
            let piece = Array(body[$0..<min($0 + pieceSize, body.count)])
            return r.chunked ? Array(String(piece.count, radix: 16).utf8) + [13, 10] + piece + [13, 10] : piece
        }
        if r.chunked { wire.append(Array("0\r\n\r\n".utf8)) }
        if let cut = r.closeAfterBodyBytes {
            return send(Array(wire.joined().prefix(cut))) && false
        }
        for (i, piece) in wire.enumerated() {
            if i > 0, let t = r.trickle, !core.pause(t.interval) { return false }
            guard send(piece) else { return false }
        }
        return true
    }

    private func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
