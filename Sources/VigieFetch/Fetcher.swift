import CCurl
import Foundation
import Synchronization

/// The HTTP client: libcurl's multi interface driving many transfers on one event loop, on one thread of its own.
///
/// Connections are reused (the multi handle keeps them), HTTP/2 is used where offered, bodies are decoded by
/// libcurl and capped, redirects are handed back, never followed. `onComplete` runs on the transfer thread:
/// it must return quickly (hand the work to another queue).
public final class Fetcher: Sendable {
    private let options: FetchOptions
    private let onComplete: @Sendable (FetchResponse) -> Void
    private let state = Mutex(State())
    /// The multi handle, shared with `submit` only for `curl_multi_wakeup` (documented thread-safe).
    private nonisolated(unsafe) let multi: UnsafeMutableRawPointer
    private let finished = DispatchSemaphore(value: 0)

    private struct State {
        var queue: [FetchRequest] = []
        var head = 0
        var active = 0
        var cancel = false
        var closing = false
        var closed = false
    }

    public init(options: FetchOptions, onComplete: @escaping @Sendable (FetchResponse) -> Void) {
        _ = Self.globalInit
        self.options = options
        self.onComplete = onComplete
        multi = curl_multi_init()!
        vigie_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(options.maxPerHost, 1))
        vigie_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, max(options.maxConcurrent, 1))
        let thread = Thread { [self] in loop() }
        thread.name = "vigie.fetch"
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        close()
        curl_multi_cleanup(multi)
    }

    /// libcurl's global set-up, once per process, before any handle.
    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_ALL)) }()

    /// Queues a transfer; thread-safe.
    public func submit(_ request: FetchRequest) {
        let accepted = state.withLock { state -> Bool in
            guard !state.closing else { return false }
            state.queue.append(request)
            return true
        }
        if accepted {
            curl_multi_wakeup(multi)
        } else {
            var response = FetchResponse(request: request, url: request.url)
            response.error = FetchError(kind: .other, message: "cancelled: the client is closed")
            onComplete(response)
        }
    }

    /// Queued and in-flight transfers.
    public var pending: Int { state.withLock { $0.queue.count - $0.head + $0.active } }

    /// Drops the queue and aborts the transfers in flight; each completes with an error.
    public func cancelAll() {
        state.withLock { $0.cancel = true }
        curl_multi_wakeup(multi)
    }

    /// Finishes the work in hand, stops the thread and frees every transfer; idempotent.
    public func close() {
        let wait = state.withLock { state -> Bool in
            guard !state.closing else { return false }
            state.closing = true
            return true
        }
        curl_multi_wakeup(multi)
        if wait { finished.wait() }
    }

    /// The event loop: start queued transfers, drive the multi handle, hand back the finished ones.
    private func loop() {
        var running: [UnsafeMutableRawPointer: Transfer] = [:]
        let limit = max(options.maxConcurrent, 1)
        while true {
            let (next, cancel, closing) = state.withLock { state -> ([FetchRequest], Bool, Bool) in
                var taken: [FetchRequest] = []
                if state.cancel {
                    taken = Array(state.queue[state.head...])
                    state.queue.removeAll()
                    state.head = 0
                    return (taken, true, state.closing)
                }
                while running.count + taken.count < limit, state.head < state.queue.count {
                    taken.append(state.queue[state.head])
                    state.head += 1
                }
                if state.head > 1024, state.head * 2 > state.queue.count {
                    state.queue.removeFirst(state.head)
                    state.head = 0
                }
                state.active = running.count + taken.count
                return (taken, false, state.closing)
            }
            if cancel {
                for request in next { onComplete(Self.cancelled(request)) }
                for (handle, transfer) in running {
                    curl_multi_remove_handle(multi, handle)
                    finish(transfer, code: CURLE_ABORTED_BY_CALLBACK, cancelled: true)
                }
                running.removeAll()
                state.withLock { $0.cancel = false; $0.active = 0 }
            } else {
                for request in next { start(request, into: &running) }
            }
            if closing, running.isEmpty, state.withLock({ $0.head == $0.queue.count }) { break }
            var stillRunning: Int32 = 0
            curl_multi_perform(multi, &stillRunning)
            var left: Int32 = 0
            var finishedAny = false
            while let message = curl_multi_info_read(multi, &left) {
                guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                      let transfer = running.removeValue(forKey: handle) else { continue }
                let code = message.pointee.data.result
                curl_multi_remove_handle(multi, handle)
                finish(transfer, code: code, cancelled: false)
                finishedAny = true
            }
            let queued = state.withLock { state -> Bool in
                state.active = running.count + (state.queue.count - state.head)
                return state.head < state.queue.count
            }
            // Room was made and work is waiting: start it now rather than after a poll timeout.
            if finishedAny, queued { continue }
            if running.isEmpty, !closing, state.withLock({ $0.head == $0.queue.count && !$0.cancel }) {
                curl_multi_poll(multi, nil, 0, 1000, nil)
            } else {
                curl_multi_poll(multi, nil, 0, 100, nil)
            }
        }
        state.withLock { $0.closed = true; $0.active = 0 }
        finished.signal()
    }

    private func start(_ request: FetchRequest, into running: inout [UnsafeMutableRawPointer: Transfer]) {
        guard let transfer = Transfer(request: request, options: options) else {
            var response = FetchResponse(request: request, url: request.url)
            response.error = FetchError(kind: .other, message: "libcurl could not create a transfer")
            onComplete(response)
            return
        }
        transfer.configure(options, context: Unmanaged.passRetained(transfer).toOpaque())
        if curl_multi_add_handle(multi, transfer.handle) != CURLM_OK {
            Unmanaged.passUnretained(transfer).release()
            transfer.cleanup()
            var response = FetchResponse(request: request, url: request.url)
            response.error = FetchError(kind: .other, message: "libcurl refused the transfer")
            onComplete(response)
            return
        }
        running[transfer.handle] = transfer
    }

    /// Reads what libcurl knows of a finished transfer, frees it and hands the response back.
    private func finish(_ transfer: Transfer, code: CURLcode, cancelled: Bool) {
        var response = ResponseReader.read(transfer, code: code)
        if cancelled { response.error = FetchError(kind: .other, message: "cancelled") }
        transfer.cleanup()
        Unmanaged.passUnretained(transfer).release()
        onComplete(response)
    }

    private static func cancelled(_ request: FetchRequest) -> FetchResponse {
        var response = FetchResponse(request: request, url: request.url)
        response.error = FetchError(kind: .other, message: "cancelled")
        return response
    }
}

/// A blocking convenience: fetches `requests` with a private client and returns the responses in the same order.
public func fetchAll(_ requests: [FetchRequest], options: FetchOptions) -> [FetchResponse] {
    let results = Mutex<[Int: FetchResponse]>([:])
    let group = DispatchGroup()
    let fetcher = Fetcher(options: options) { response in
        results.withLock { $0[response.request.tag] = response }
        group.leave()
    }
    for (index, request) in requests.enumerated() {
        var tagged = request
        tagged.tag = index
        group.enter()
        fetcher.submit(tagged)
    }
    group.wait()
    fetcher.close()
    return results.withLock { map in
        requests.indices.map { index in
            var response = map[index] ?? FetchResponse(request: requests[index], url: requests[index].url)
            response.request.tag = requests[index].tag
            return response
        }
    }
}
