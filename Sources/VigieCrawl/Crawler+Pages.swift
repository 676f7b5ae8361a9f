import Dispatch
import Foundation
import VigieCore
import VigieFetch
import VigieHTML

extension Crawler {
    /// Handles one completed job on a parse worker.
    func handle(_ result: LoadResult) {
        switch result.job.kind {
        case .page: handlePage(result)
        case .stylesheet: handleStylesheet(result)
        case .robots, .sitemap, .external: break
        }
    }

    private func handlePage(_ result: LoadResult) {
        let index = result.job.tag
        if options.verbose {
            FileHandle.standardError.write(Data("← \(result.status) \(result.job.url)\(result.error.map { " (\($0))" } ?? "")\n".utf8))
        }
        if scheduleRetry(result) { return }
        if let location = result.location, (300..<400).contains(result.status) {
            followRedirect(result, location: location)
            return
        }
        let cookies = Self.cookies(from: result)
        var facts: PageFacts?
        if result.isHTML, (200..<300).contains(result.status), !result.body.isEmpty {
            var parsed = parser.parse(result.body, url: result.job.url, contentType: result.contentType)
            postProcessing.trim(&parsed, url: result.job.url, isStart: result.job.tag == 0)
            interner.intern(&parsed)
            FactsTrimmer.compact(&parsed)
            facts = parsed
        }
        let found = facts.map { links(of: $0) } ?? FoundLinks()
        let headers = interner.intern(result.headers)
        state.withLock { state in
            var record = state.records[index]
            record.status = result.status
            record.contentType = result.contentType
            record.headers = headers
            record.timing = result.timing
            record.bodyBytes = result.body.count
            record.truncated = result.truncated
            record.error = result.error ?? (result.truncated ? "too-large: body cut at \(options.maxBodyBytes) bytes" : nil)
            if record.error != nil || result.status >= 500 || result.status == 0 { state.errors += 1 }
            record.facts = facts
            state.records[index] = record
            state.keep(cookies: cookies, limit: options.maxCookies)
            if let origin = Self.origin(result.job.url) { state.origins.insert(origin) }
            guard facts != nil else { return }
            state.htmlPages += 1
            state.droppedLinks += found.dropped
            enqueue(found, from: index, into: &state)
        }
    }

    /// Links of a page, normalised and sorted into the site's and other sites'.
    struct FoundLinks {
        /// Links to the site's pages, with whether they name a page every audit needs — tested here, on
        /// the parse worker, not under the crawl state's lock.
        var sameSite: [(url: String, key: String, isPriority: Bool)] = []
        var external: [String] = []
        var stylesheets: [String] = []
        var dropped = 0
    }

    private func links(of facts: PageFacts) -> FoundLinks {
        var found = FoundLinks()
        var seen: Set<String> = []
        func add(_ url: String?, label: String) {
            guard let raw = url, raw.hasPrefix("http") else { return }
            guard seen.count < options.maxLinksPerPage, raw.utf8.count <= options.maxURLLength else {
                found.dropped += 1
                return
            }
            guard let target = classify(raw), seen.insert(target.url).inserted else { return }
            switch target.kind {
            case .site: found.sameSite.append((target.url, target.key, target.namesPriorityPage || priority.names(label)))
            case .external: found.external.append(target.url)
            case .outOfScope: return
            }
        }
        for link in facts.links { add(link.url, label: link.label) }
        // A redirect stub's target is where its visitors go: crawled like a link.
        add(facts.redirectTarget, label: "")
        for sheet in facts.stylesheets where sheet.isStylesheet {
            guard let url = URLNormalizer.normalize(sheet.href), let host = URLNormalizer.host(of: url), scope.isSiteHost(host) else { continue }
            found.stylesheets.append(url)
        }
        return found
    }

    private func enqueue(_ found: FoundLinks, from index: Int, into state: inout CrawlState) {
        let from = state.records[index]
        let depth = from.depth + 1
        var targets: [Int32] = []
        targets.reserveCapacity(found.sameSite.count)
        defer { state.linkTargets[index] = targets }
        for link in found.sameSite {
            if let known = state.index[link.key], state.submitted[known] {
                _ = state.record(for: link.url, key: link.key, depth: depth, referrer: from.url)
                targets.append(Int32(known))
                continue
            }
            let isPriority = link.isPriority
            if let limit = options.maxDepth, depth > limit, !isPriority {
                state.depthLimited = true
                continue
            }
            // Past the cap a new URL is dropped; priority pages (legal notice…) get `maxPages` more records.
            if state.index[link.key] == nil, state.records.count >= options.discoveredURLLimit + (isPriority ? options.maxPages : 0) {
                state.droppedURLs += 1
                continue
            }
            let (target, _) = state.record(for: link.url, key: link.key, depth: depth, referrer: from.url)
            targets.append(Int32(target))
            if isPriority { state.priorityQueue.push(target) } else { state.normalQueue.push(target) }
        }
        for url in found.external where state.external.count < 2_000 || state.external[url] != nil {
            CrawlState.keep(from.url, in: &state.external[url, default: []])
        }
        for url in found.stylesheets where state.cssSeen.count < options.maxStylesheets {
            if state.cssSeen.insert(url).inserted { state.cssQueue.append(url) }
        }
    }

    /// Follows one redirect hop, or records why it stops there (loop, too many hops, another site, not http).
    private func followRedirect(_ result: LoadResult, location: String) {
        let index = result.job.tag
        let from = result.job.url
        let target = URLNormalizer.normalize(location, base: from)
        let cookies = Self.cookies(from: result)
        let next: LoadJob? = state.withLock { state in
            var record = state.records[index]
            defer { state.records[index] = record }
            state.keep(cookies: cookies, limit: options.maxCookies)
            record.redirects.append(RedirectHop(url: from, status: result.status, location: target ?? location))
            record.status = result.status
            record.headers = result.headers
            record.timing = result.timing
            guard let target else {
                record.error = "redirect-not-http: \(Evidence.clip(location, limit: 120))"
                record.finalURL = location
                state.errors += 1
                return nil
            }
            record.finalURL = target
            if target == record.url || record.redirects.dropLast().contains(where: { $0.url == target }) || target == from {
                record.error = "redirect-loop: \(target)"
                state.errors += 1
                return nil
            }
            if record.redirects.count >= options.maxRedirects {
                record.error = "too-many-redirects: \(options.maxRedirects)"
                state.errors += 1
                return nil
            }
            guard scope.contains(target) else { return nil }
            let key = siteKey(target)
            if let existing = state.index[key], existing != index { return nil }
            state.index[key] = index
            state.inFlight += 1
            return LoadJob(url: target, kind: .page, tag: index)
        }
        if let next, let source = sourceBox.withLock({ $0 }) { source.submit(next) }
    }

    /// Schedules another try of a 429/503 answer after Retry-After (bounded); true when it did.
    private func scheduleRetry(_ result: LoadResult) -> Bool {
        guard result.status == 429 || result.status == 503 else { return false }
        let index = result.job.tag
        let attempt: Int? = state.withLock { state in
            let used = state.retries[index, default: 0]
            guard used < options.retries, state.stopReason == nil else { return nil }
            state.retries[index] = used + 1
            state.pendingRetries += 1
            return used + 1
        }
        guard let attempt else { return false }
        let asked = result.headerValues("Retry-After").first.flatMap { Double($0.trimmingWhitespace()) }
        let wait = min(asked ?? pow(2, Double(attempt - 1)), options.maxRetryAfter)
        DispatchQueue.global().asyncAfter(deadline: .now() + max(wait, 0)) { [self] in
            let go = state.withLock { state -> Bool in
                state.pendingRetries -= 1
                guard state.stopReason == nil else { return false }
                state.inFlight += 1
                return true
            }
            if go, let source = sourceBox.withLock({ $0 }) { source.submit(result.job) } else { checkDone() }
        }
        return true
    }

    private func handleStylesheet(_ result: LoadResult) {
        guard (200..<300).contains(result.status), !result.body.isEmpty else { return }
        let text = String(decoding: result.body.prefix(options.maxStylesheetBytes), as: UTF8.self)
        state.withLock { $0.stylesheets[result.job.url] = text }
    }

    /// The cookies a response set.
    static func cookies(from result: LoadResult) -> [CookieFact] {
        let values = result.headerValues("Set-Cookie")
        guard !values.isEmpty else { return [] }
        let date = result.headerValues("Date").first
        return values.compactMap { CookieFact.parse(setCookie: $0, responseURL: result.job.url, responseDate: date) }
    }

    static func origin(_ url: String) -> String? {
        guard let parts = URLNormalizer.components(of: url) else { return nil }
        return "\(parts.scheme)://\(parts.host)" + (parts.port.map { ":\($0)" } ?? "")
    }
}
