import Dispatch
import Foundation
import VigieCore

extension Crawler {
    /// Hands jobs to the source while there is room, honouring limits, robots.txt and politeness.
    func pump(_ source: any PageSource) {
        let delay = max(options.delay, robots.withLock { $0?.crawlDelay } ?? 0)
        let rules = options.ignoreRobots ? nil : robots.withLock { $0 }
        var jobs: [LoadJob] = []
        var wait: Double?
        state.withLock { state in
            guard state.stopReason == nil, !state.finished else { return }
            let limit = delay > 0 ? 1 : max(options.concurrency, 1)
            while state.inFlight < limit {
                // Nothing left to send: no wait (the crawl ends now, not one Crawl-delay later).
                if state.cssQueue.isEmpty, state.priorityQueue.isEmpty, state.normalQueue.isEmpty, state.sitemapQueue.isEmpty { break }
                if delay > 0 {
                    let now = Date().timeIntervalSince(startTime)
                    let remaining = state.lastSubmit + delay - now
                    if remaining > 0, state.lastSubmit > 0 {
                        if !state.pumpScheduled {
                            state.pumpScheduled = true
                            wait = remaining
                        }
                        break
                    }
                    state.lastSubmit = now
                }
                if let css = state.cssQueue.popLast() {
                    jobs.append(LoadJob(url: css, kind: .stylesheet, tag: 0))
                    state.inFlight += 1
                    continue
                }
                guard let index = nextPage(&state, robots: rules) else { break }
                jobs.append(LoadJob(url: state.records[index].url, kind: .page, tag: index))
                state.inFlight += 1
                state.pagesStarted += 1
            }
        }
        for job in jobs {
            if options.verbose { FileHandle.standardError.write(Data("→ \(job.url)\n".utf8)) }
            source.submit(job)
        }
        if let wait {
            DispatchQueue.global().asyncAfter(deadline: .now() + wait) { [self] in
                state.withLock { $0.pumpScheduled = false }
                pump(source)
                checkDone()
            }
        }
    }

    /// The next page to fetch: priority pages, then breadth-first, then pages found only in sitemaps.
    private func nextPage(_ state: inout CrawlState, robots: RobotsTxt?) -> Int? {
        while true {
            guard let index = state.priorityQueue.pop() ?? state.normalQueue.pop() ?? state.sitemapQueue.pop() else { return nil }
            if state.submitted[index] { continue }
            if state.pagesStarted >= options.maxPages {
                state.pageLimited = true
                return nil
            }
            state.submitted[index] = true
            let url = state.records[index].url
            if let robots, let parts = VigieFetchBridge.pathAndQuery(url), !robots.allows(path: parts) {
                state.records[index].excludedByRobots = true
                state.disallowed.append(url)
                continue
            }
            return index
        }
    }
}
