import Foundation
import VigieCore
import VigieFetch

extension Crawler {
    /// The snapshot of what was gathered: pages fetched or excluded, in crawl order. Called once, when the
    /// crawl is over: it takes the crawl's state and leaves an empty one.
    func snapshot(discovery: Discovery) -> SiteSnapshot {
        let elapsed = Date().timeIntervalSince(startTime)
        // The crawl is over: its tables go before the audit starts, so that they do not add to its peak.
        interner.clear()
        return state.withLock { crawlState in
            var state = CrawlState()
            swap(&state, &crawlState)
            // Depth is the shortest click path from the home page, whatever order pages were parsed in.
            let clicks = state.clickDepths()
            let home = state.records.first
            // Taken out of the state, each record has one owner: setting its depth does not copy it.
            var records = state.records
            state.records = []
            var pages: [PageRecord] = []
            pages.reserveCapacity(records.count)
            let deepest = clicks.max() ?? 0
            for index in records.indices where state.submitted[index] {
                if !records[index].external { records[index].depth = clicks[index] < 0 ? deepest + 1 : clicks[index] }
                pages.append(records[index])
            }
            records = []
            if let probe = discovery.httpProbe { pages.append(probe) }
            // Reports must not depend on which transfer finished first: order by depth, then URL.
            pages.sort { ($0.depth, $0.url) < ($1.depth, $1.url) }
            for index in pages.indices { pages[index].referrers.sort() }
            let cookies = state.cookies.sorted { ($0.setBy, $0.name) < ($1.setBy, $1.name) }
            var notes: [String] = []
            if options.ignoreRobots { notes.append("--ignore-robots") }
            if state.pageLimited { notes.append("--max-pages \(options.maxPages)") }
            if let depth = options.maxDepth, state.depthLimited { notes.append("--max-depth \(depth)") }
            if state.droppedLinks > 0 { notes.append("\(state.droppedLinks) liens ignorés (limites par page)") }
            if state.droppedURLs > 0 {
                notes.append("\(state.droppedURLs) adresses découvertes ignorées (au plus \(options.discoveredURLLimit) retenues, selon --max-pages)")
            }
            if state.droppedCookies > 0 { notes.append("\(state.droppedCookies) cookies ignorés (au plus \(options.maxCookies) retenus)") }
            let stoppedBy: StopReason = state.stopReason
                ?? (state.pageLimited ? .maxPages : state.depthLimited ? .maxDepth : .complete)
            var robots = discovery.robots
            robots?.disallowedURLs = state.disallowed
            var snapshot = SiteSnapshot(
                startURL: mode == .directory ? (folderName ?? start) : start,
                homeURL: home?.finalURL ?? home?.url ?? start,
                mode: mode,
                pages: pages,
                robots: robots,
                sitemaps: discovery.sitemaps,
                crawl: CrawlStats(
                    pagesFetched: pages.filter { !$0.excludedByRobots && !$0.external }.count,
                    htmlPages: state.htmlPages, errors: state.errors, durationSeconds: elapsed, stoppedBy: stoppedBy,
                    notes: notes, startedAt: ISO8601DateFormatter().string(from: startTime)),
                cookies: cookies,
                stylesheets: state.stylesheets,
                hostVariants: state.origins.sorted(),
                registrableDomain: mode == .directory ? nil : URLNormalizer.host(of: home?.finalURL ?? home?.url ?? start).map(RegistrableDomain.of))
            snapshot.markDuplicates()
            return snapshot
        }
    }
}
