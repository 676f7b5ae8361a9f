import CCurl
import Foundation
import Synchronization

/// The multi handle, shared with other threads only for `curl_multi_wakeup`, which libcurl documents
/// as callable from any thread. Every other use happens on the engine's thread; `wake()` calls it under
/// the engine's lock and only while `finished` is false, and the engine sets `finished` under that
/// lock before `curl_multi_cleanup`, so no thread touches a freed handle. Hence `@unchecked Sendable`.
struct MultiHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer
}

/// The event loop behind Fetcher: one thread, one libcurl multi handle, many transfers.
final class FetchEngine: Sendable {
    struct Shared {
        var queue: [FetchRequest] = []
        var inFlight = 0
        var cancelRequested = false
        var closing = false
        var finished = false
        var loopThread: pthread_t?
    }

    let shared = Mutex(Shared())
    private let multi: MultiHandle
    private let options: FetchOptions
    private let onComplete: @Sendable (FetchResponse) -> Void
    private let ended = DispatchSemaphore(value: 0)

    init?(options: FetchOptions, onComplete: @escaping @Sendable (FetchResponse) -> Void) {
        _ = curlGlobalInit
        guard let raw = curl_multi_init() else { return nil }
        multi = MultiHandle(raw: raw)
        self.options = options
        self.onComplete = onComplete
        vigie_multi_setopt_long(raw, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, options.maxPerHost))
        vigie_multi_setopt_long(raw, CURLMOPT_MAX_TOTAL_CONNECTIONS, max(1, options.maxConcurrent))
        vigie_multi_setopt_long(raw, CURLMOPT_MAXCONNECTS, max(1, options.maxConcurrent) * 2)
        vigie_multi_setopt_long(raw, CURLMOPT_PIPELINING, 2)  // CURLPIPE_MULTIPLEX (HTTP/2)
        let thread = Thread { [self] in run() }
        thread.name = "vigie-fetch"
        thread.start()
    }

    func submit(_ request: FetchRequest) {
        shared.withLock { s in
            guard !s.closing else { return }
            s.queue.append(request)
            curl_multi_wakeup(multi.raw)
        }
    }

    var pending: Int { shared.withLock { $0.queue.count + $0.inFlight } }

    func cancelAll() {
        shared.withLock { s in
            s.cancelRequested = true
            if !s.finished { curl_multi_wakeup(multi.raw) }
        }
    }

    /// Stops accepting work, drops the queue, lets transfers in flight finish, then waits for the
    /// thread to end. Called from the engine's own thread (inside onComplete), it does not wait.
    func close() {
        let wait = shared.withLock { s -> Bool in
            s.closing = true
            s.queue.removeAll()
            if !s.finished { curl_multi_wakeup(multi.raw) }
            return s.loopThread.map { pthread_equal($0, pthread_self()) == 0 } ?? true
        }
        guard wait else { return }
        ended.wait()
        ended.signal()  // let any other waiter through too
    }

    // MARK: the loop (engine thread only)

    private func run() {
        shared.withLock { $0.loopThread = pthread_self() }
        var transfers: [UnsafeMutableRawPointer: Transfer] = [:]
        let limit = max(1, options.maxConcurrent)
        while true {
            let (batch, cancel, stop) = shared.withLock { s in
                let cancel = s.cancelRequested
                s.cancelRequested = false
                if cancel { s.queue.removeAll() }
                let take = min(s.queue.count, max(0, limit - s.inFlight))
                let batch = Array(s.queue.prefix(take))
                s.queue.removeFirst(take)
                s.inFlight += take
                return (batch, cancel, s.closing && s.queue.isEmpty && s.inFlight == 0)
            }
            if stop { break }
            if cancel {
                for (easy, transfer) in transfers {
                    curl_multi_remove_handle(multi.raw, easy)
                    complete(transfer.response(code: CURLE_ABORTED_BY_CALLBACK, cancelled: true, options: options))
                }
                transfers.removeAll()
            }
            for request in batch {
                guard let transfer = Transfer(request: request, options: options) else {
                    complete(FetchResponse(request: request, url: request.url,
                                           error: FetchError(kind: .other, message: "libcurl could not create a transfer")))
                    continue
                }
                transfers[transfer.easy] = transfer
                curl_multi_add_handle(multi.raw, transfer.easy)
            }
            var running: Int32 = 0
            curl_multi_perform(multi.raw, &running)
            var left: Int32 = 0
            var freedSlots = false
            while let message = curl_multi_info_read(multi.raw, &left) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                      let transfer = transfers.removeValue(forKey: easy) else { continue }
                let code = message.pointee.data.result
                curl_multi_remove_handle(multi.raw, easy)
                complete(transfer.response(code: code, cancelled: false, options: options))
                freedSlots = true
            }
            // Finished transfers free slots for queued requests: start them before waiting on sockets.
            if !freedSlots { curl_multi_poll(multi.raw, nil, 0, 1000, nil) }
        }
        shared.withLock { s in
            s.finished = true
            curl_multi_cleanup(multi.raw)
        }
        ended.signal()
    }

    /// Hands a response to the caller, then counts the transfer as done (so `pending` covers the callback).
    private func complete(_ response: FetchResponse) {
        onComplete(response)
        shared.withLock { $0.inFlight -= 1 }
    }
}
