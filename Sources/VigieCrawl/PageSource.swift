import VigieCore

/// What the crawl asks a source for.
struct LoadJob: Sendable {
    enum Kind: Sendable {
        case page, stylesheet, robots, sitemap, external
    }

    var url: String
    var kind: Kind
    /// The crawl's id for this job (the record it fills, or a discovery slot).
    var tag: Int
    var head = false
}

/// What a source answers: one response, never following redirects.
struct LoadResult: Sendable {
    var job: LoadJob
    var status: Int
    var headers: [HTTPHeader]
    var body: [UInt8]
    var truncated: Bool
    var contentType: String?
    /// The absolute target of a redirect.
    var location: String?
    var timing: TransferTiming?
    /// A failure, as `kind: detail` (`timeout: …`, `refused: …`).
    var error: String?

    func headerValues(_ name: String) -> [String] {
        let lower = name.lowercased()
        return headers.filter { $0.name.lowercased() == lower }.map(\.value)
    }

    var isHTML: Bool {
        guard let type = contentType?.lowercased() else { return false }
        return type.hasPrefix("text/html") || type.hasPrefix("application/xhtml+xml")
    }
}

/// Where pages come from: the network (libcurl) or a folder on disk. Completions arrive on any thread.
protocol PageSource: Sendable {
    func submit(_ job: LoadJob)
    func cancelAll()
    func close()
}
