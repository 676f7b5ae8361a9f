import Foundation
import Synchronization

/// The libcurl multi client: every transfer runs on one dedicated thread and one event loop,
/// sharing connections (HTTP/1.1 keep-alive, HTTP/2 multiplexing). Redirects are not followed:
/// each 3xx comes back with its absolute `redirectLocation`, for the caller to follow hop by hop.
public final class Fetcher: Sendable {
    private let engine: FetchEngine?
    private let onComplete: @Sendable (FetchResponse) -> Void

    /// `onComplete` runs on the transfer thread for every request started: return quickly.
    public init(options: FetchOptions, onComplete: @escaping @Sendable (FetchResponse) -> Void) {
        engine = FetchEngine(options: options, onComplete: onComplete)
        self.onComplete = onComplete
    }

    deinit { engine?.close() }

    /// Queues a request (started at once if fewer than `maxConcurrent` transfers run). Thread-safe.
    /// After `close()` the request is ignored.
    public func submit(_ request: FetchRequest) {
        guard let engine else {
            onComplete(FetchResponse(request: request, url: request.url,
                                     error: FetchError(kind: .other, message: "libcurl could not start")))
            return
        }
        engine.submit(request)
    }

    /// Requests queued plus transfers in flight (a transfer counts until its onComplete returned).
    public var pending: Int { engine?.pending ?? 0 }

    /// Drops the queued requests (no callback for them) and aborts the transfers in flight,
    /// each of which completes with error kind `.other`, message "cancelled".
    public func cancelAll() { engine?.cancelAll() }

    /// Drops the queue, lets the transfers in flight finish, stops the thread and frees every
    /// libcurl handle. Idempotent; `deinit` calls it.
    public func close() { engine?.close() }
}

/// Fetches every request and returns the responses in the order of `requests` (blocking).
public func fetchAll(_ requests: [FetchRequest], options: FetchOptions) -> [FetchResponse] {
    guard !requests.isEmpty else { return [] }
    let results = Mutex<[FetchResponse?]>(Array(repeating: nil, count: requests.count))
    let remaining = Mutex(requests.count)
    let done = DispatchSemaphore(value: 0)
    let fetcher = Fetcher(options: options) { response in
        let index = response.request.tag
        results.withLock { $0[index] = response }
        if remaining.withLock({ n -> Int in n -= 1; return n }) == 0 { done.signal() }
    }
    for (index, request) in requests.enumerated() {
        var indexed = request
        indexed.tag = index
        fetcher.submit(indexed)
    }
    done.wait()
    fetcher.close()
    return results.withLock { all in
        all.enumerated().map { index, response in
            var restored = response!
            restored.request = requests[index]
            return restored
        }
    }
}
