import VigieCore

/// A first-in first-out queue of record indexes with O(1) pops.
struct IndexQueue: Sendable {
    private var items: [Int] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }
    var count: Int { items.count - head }

    mutating func push(_ item: Int) { items.append(item) }

    mutating func pop() -> Int? {
        guard head < items.count else { return nil }
        defer {
            head += 1
            if head > 4096, head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
        }
        return items[head]
    }
}

/// Everything the crawl loop mutates, behind one lock.
struct CrawlState: Sendable {
    var records: [PageRecord] = []
    /// Site key (scheme and `www.` folded) → record.
    var index: [String: Int] = [:]
    /// Whether each record was handed to the source (or excluded by robots).
    var submitted: [Bool] = []
    var priorityQueue = IndexQueue()
    var normalQueue = IndexQueue()
    var sitemapQueue = IndexQueue()
    var cssQueue: [String] = []
    var cssSeen: Set<String> = []
    var stylesheets: [String: String] = [:]
    var external: [String: [String]] = [:]
    /// Record → the same-site records its page links to: the graph the click depths are computed on
    /// once the crawl is over (pages are parsed out of order, so first discovery is not the shortest path).
    var linkTargets: [Int: [Int32]] = [:]
    var cookies: [CookieFact] = []
    var origins: Set<String> = []
    var disallowed: [String] = []

    var inFlight = 0
    var pendingRetries = 0
    var retries: [Int: Int] = [:]
    var pagesStarted = 0
    var htmlPages = 0
    var errors = 0
    var droppedLinks = 0
    /// New same-site URLs not recorded (past `discoveredURLLimit`), and cookies not kept (past `maxCookies`).
    var droppedURLs = 0
    var droppedCookies = 0
    var pageLimited = false
    var depthLimited = false
    var stopReason: StopReason?
    var finished = false
    var lastSubmit: Double = 0
    var pumpScheduled = false

    /// Keeps `new` cookies up to `limit` in all, counting the rest.
    mutating func keep(cookies new: [CookieFact], limit: Int) {
        let room = max(0, limit - cookies.count)
        cookies += new.prefix(room)
        droppedCookies += max(0, new.count - room)
    }

    /// Adds a record for `url` unless its key is known; returns the record index and whether it is new.
    mutating func record(for url: String, key: String, depth: Int, referrer: String?) -> (Int, Bool) {
        if let existing = index[key] {
            if let referrer { Self.keep(referrer, in: &records[existing].referrers) }
            if referrer != nil {
                records[existing].foundInLinks = true
                if records[existing].depth < 0 || records[existing].depth > depth { records[existing].depth = depth }
            }
            return (existing, false)
        }
        let new = records.count
        records.append(PageRecord(url: url, depth: depth, foundInLinks: referrer != nil || depth == 0, referrers: referrer.map { [$0] } ?? []))
        submitted.append(false)
        index[key] = new
        return (new, true)
    }

    /// Clicks from the home page (record 0) to each record, by breadth-first search over `linkTargets`;
    /// -1 for records no link leads to (found in the sitemap only, say).
    func clickDepths() -> [Int] {
        var depths = [Int](repeating: -1, count: records.count)
        guard !records.isEmpty else { return depths }
        depths[0] = 0
        var queue = [0]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for target in linkTargets[current] ?? [] where depths[Int(target)] < 0 {
                depths[Int(target)] = depths[current] + 1
                queue.append(Int(target))
            }
        }
        return depths
    }

    /// Referrers kept per page (and per external link).
    static let maxReferrers = 20

    /// Adds `referrer` to `referrers`, kept sorted and limited to the `maxReferrers` smallest: which
    /// pages are named must not depend on which transfer finished first.
    static func keep(_ referrer: String, in referrers: inout [String]) {
        // Full, and after the largest kept: the common case once a page is well linked.
        if referrers.count >= maxReferrers, let largest = referrers.last, referrer >= largest { return }
        var at = 0
        var end = referrers.count
        while at < end {
            let middle = (at + end) / 2
            if referrers[middle] < referrer { at = middle + 1 } else { end = middle }
        }
        guard at == referrers.count || referrers[at] != referrer else { return }
        guard referrers.count < maxReferrers || at < referrers.count else { return }
        // Grown by doubling but never past the cap (plus the one inserted before the largest goes): a
        // well-linked page's list would otherwise keep room for 32.
        if referrers.count == referrers.capacity { referrers.reserveCapacity(min(maxReferrers + 1, max(4, 2 * referrers.count))) }
        referrers.insert(referrer, at: at)
        if referrers.count > maxReferrers { referrers.removeLast() }
    }
}
