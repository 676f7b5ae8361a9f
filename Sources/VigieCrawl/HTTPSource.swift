import Synchronization
import VigieCore
import VigieFetch

/// Pages from the network, through the libcurl multi client.
final class HTTPSource: PageSource {
    private let fetcher: Fetcher

    init(options: CrawlOptions, startOrigin: String, onComplete: @escaping @Sendable (LoadResult) -> Void) {
        var fetchOptions = FetchOptions(userAgent: options.userAgent)
        fetchOptions.connectTimeout = options.connectTimeout
        fetchOptions.timeout = options.timeout
        fetchOptions.maxBodyBytes = options.maxBodyBytes
        fetchOptions.maxConcurrent = max(options.concurrency, 1) + 4
        fetchOptions.maxPerHost = max(options.concurrency, 1) + 4
        fetchOptions.insecure = options.insecure
        if let credentials = options.basicAuth, let colon = credentials.firstIndex(of: ":") {
            fetchOptions.basicAuth = BasicAuth(
                user: String(credentials[..<colon]), password: String(credentials[credentials.index(after: colon)...]), origin: startOrigin)
        }
        extraHeaders = options.extraHeaders
        self.startOrigin = startOrigin
        let jobs = Locked<[Int: LoadJob]>([:])
        self.jobs = jobs
        fetcher = Fetcher(options: fetchOptions) { response in
            guard let job = jobs.withLock({ $0.removeValue(forKey: response.request.tag) }) else { return }
            onComplete(Self.result(response, job: job))
        }
    }

    private let extraHeaders: [String]
    /// Where credentials and extra headers go: the start URL's scheme, host and port.
    private let startOrigin: String
    /// Jobs in flight, by request id.
    private let jobs: Locked<[Int: LoadJob]>
    private let nextID = Atomic<Int>(0)

    func submit(_ job: LoadJob) {
        let id = nextID.add(1, ordering: .relaxed).newValue
        jobs.withLock { $0[id] = job }
        let sameOrigin = URLNormalizer.origin(of: job.url) == startOrigin
        fetcher.submit(FetchRequest(url: job.url, method: job.head ? .head : .get, tag: id, extraHeaders: sameOrigin ? extraHeaders : []))
    }

    func cancelAll() { fetcher.cancelAll() }
    func close() { fetcher.close() }

    private static func result(_ response: FetchResponse, job: LoadJob) -> LoadResult {
        LoadResult(
            job: job,
            status: response.status,
            headers: response.headers.map { HTTPHeader(name: $0.name, value: $0.value) },
            body: response.body,
            truncated: response.truncated,
            contentType: response.contentType,
            location: response.redirectLocation,
            timing: TransferTiming(
                dns: response.timing.dns, connect: response.timing.connect, tls: response.timing.tls,
                firstByte: response.timing.firstByte, total: response.timing.total),
            error: response.error.map { "\($0.kind.rawValue): \($0.message)" })
    }
}
