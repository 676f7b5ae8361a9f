import Foundation
import Synchronization
import VigieCore
#if canImport(Glibc)
import Glibc
#endif

/// The DevTools protocol over `--remote-debugging-pipe`: JSON messages separated by NUL bytes, commands written on
/// one pipe, replies and events read from the other by a thread of its own. `send` waits for its reply (or the time
/// limit, or the browser's end); events go to the handler of their session (`listen`).
final class DevToolsPipe: Sendable {
    /// An event: its method, the session (tab) it comes from ("" for the browser), its parameters.
    struct Event: Sendable {
        var method: String
        var session: String
        var params: JSONValue
    }

    /// A command that failed: the protocol's error message, a time limit, the browser gone.
    struct Failure: Error, CustomStringConvertible, Sendable {
        var description: String
    }

    private struct State {
        var nextID = 1
        var replies: [Int: Result<JSONValue, Failure>] = [:]
        var listeners: [String: @Sendable (Event) -> Void] = [:]
        var closedReason: String?
    }

    private let writing: Int32
    private let reading: Int32
    private let state = Mutex(State())
    /// Signalled at each reply and at the end (the waiting `send`s check their id).
    private let arrived = NSCondition()
    private let writeLock = Mutex(())

    init(writing: Int32, reading: Int32) {
        self.writing = writing
        self.reading = reading
        // A write to a browser that died must fail with EPIPE, not kill the audit.
        signal(SIGPIPE, SIG_IGN)
        let thread = Thread { [self] in readLoop() }
        thread.name = "vigie.devtools"
        thread.start()
    }

    var isOpen: Bool { state.withLock { $0.closedReason == nil } }

    /// Why the connection ended, when it did.
    var closedReason: String? { state.withLock { $0.closedReason } }

    /// Sends `method` with `params` to `session` ("" for the browser) and waits at most `timeout` seconds for its result.
    @discardableResult
    func send(_ method: String, _ params: [String: JSONValue] = [:], session: String = "", timeout: TimeInterval = 30) throws -> JSONValue {
        let id: Int = try state.withLock { state in
            if let reason = state.closedReason { throw Failure(description: reason) }
            defer { state.nextID += 1 }
            return state.nextID
        }
        var message: [String: JSONValue] = ["id": .number(Double(id)), "method": .string(method), "params": .object(params)]
        if !session.isEmpty { message["sessionId"] = .string(session) }
        var bytes = try JSONEncoder().encode(JSONValue.object(message))
        bytes.append(0)
        try writeLock.withLock { _ in try writeAll(bytes) }
        let deadline = Date().addingTimeInterval(timeout)
        arrived.lock()
        defer { arrived.unlock() }
        while true {
            let outcome: Result<JSONValue, Failure>? = state.withLock { state in
                if let reply = state.replies.removeValue(forKey: id) { return reply }
                if let reason = state.closedReason { return .failure(Failure(description: reason)) }
                return nil
            }
            if let outcome { return try outcome.get() }
            guard arrived.wait(until: deadline) else {
                throw Failure(description: "\(method): no answer within \(Int(timeout)) s")
            }
        }
    }

    /// Routes the events of `session` to `handler` (nil stops).
    func listen(_ session: String, _ handler: (@Sendable (Event) -> Void)?) {
        state.withLock { $0.listeners[session] = handler }
    }

    /// Closes both ends (after the browser was killed); the reading thread ends on EOF.
    func shutDown() {
        end("the browser was closed")
        Glibc.close(writing)
    }

    private func writeAll(_ data: Data) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(writing, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    let reason = "the browser's pipe is closed (\(String(cString: strerror(errno))))"
                    end(reason)
                    throw Failure(description: reason)
                }
                offset += written
            }
        }
    }

    private func readLoop() {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(reading, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var start = 0
            for index in 0..<count where chunk[index] == 0 {
                pending.append(contentsOf: chunk[start..<index])
                dispatch(pending)
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
        Glibc.close(reading)
        end("the browser ended")
    }

    private func dispatch(_ message: [UInt8]) {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(message)), case .object(let fields) = value else { return }
        if let id = fields["id"]?.number {
            let result: Result<JSONValue, Failure> = if let error = fields["error"] {
                .failure(Failure(description: error["message"]?.stringValue ?? "protocol error"))
            } else {
                .success(fields["result"] ?? .object([:]))
            }
            state.withLock { $0.replies[Int(id)] = result }
            arrived.lock()
            arrived.broadcast()
            arrived.unlock()
            return
        }
        guard let method = fields["method"]?.stringValue else { return }
        let event = Event(method: method, session: fields["sessionId"]?.stringValue ?? "", params: fields["params"] ?? .object([:]))
        let handler = state.withLock { $0.listeners[event.session] }
        handler?(event)
    }

    private func end(_ reason: String) {
        state.withLock { state in if state.closedReason == nil { state.closedReason = reason } }
        arrived.lock()
        arrived.broadcast()
        arrived.unlock()
    }
}

extension JSONValue {
    /// The member `key` of an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The number inside, when this is a number.
    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    var elements: [JSONValue] {
        if case .array(let values) = self { return values }
        return []
    }

    /// The boolean inside, when this is one.
    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
