import Dispatch
import Foundation
import VigieCore
import VigieFetch
import VigieHTML

/// What the crawl learns before it starts: robots.txt, the sitemaps and how the site answers over plain HTTP.
struct Discovery: Sendable {
    var robots: RobotsFacts?
    var sitemaps = SitemapFacts()
    var sitemapURLs: [String] = []
    /// The start page asked for over `http://` when the start URL is `https://` (does it redirect?).
    var httpProbe: PageRecord?
    /// The transfer error of robots.txt when the server did not answer at all.
    var unreachable: String?
}

extension Crawler {
    /// Reads robots.txt and the sitemaps (blocking; a handful of small transfers).
    func discover(_ source: any PageSource) -> Discovery {
        var discovery = Discovery()
        guard let origin = Self.origin(start) else { return discovery }
        let robotsURL = origin + "/robots.txt"
        let (robotsResult, _) = fetchFollowing(robotsURL, kind: .robots, source: source)
        let rules: RobotsTxt = switch robotsResult.status {
        case 200..<300: RobotsTxt(text: Array(robotsResult.body.prefix(RobotsTxt.maxBytes)), agent: options.robotsAgent)
        case 400..<500: RobotsTxt(availability: .unavailable)
        default: RobotsTxt(availability: .unreachable)
        }
        robots.withLock { $0 = rules }
        if robotsResult.status == 0 {
            discovery.unreachable = robotsResult.error ?? "no-answer"
            discovery.robots = RobotsFacts(url: robotsURL, status: 0, ignored: options.ignoreRobots)
            return discovery
        }
        discovery.robots = RobotsFacts(url: robotsURL, status: robotsResult.status, sitemaps: rules.sitemaps,
                                       crawlDelay: rules.crawlDelay, ignored: options.ignoreRobots)
        readSitemaps(rules.sitemaps + [origin + "/sitemap.xml"], source: source, into: &discovery)
        if start.hasPrefix("https://") {
            let probeURL = "http://" + start.dropFirst("https://".count)
            let (probe, hops) = fetchFollowing(probeURL, kind: .robots, source: source, maxHops: 1)
            discovery.httpProbe = PageRecord(url: probeURL, depth: 0, status: probe.status, contentType: probe.contentType,
                                             redirects: hops, finalURL: hops.last?.location, error: probe.error, headers: probe.headers)
        }
        return discovery
    }

    private func readSitemaps(_ seeds: [String], source: any PageSource, into discovery: inout Discovery) {
        var queue = seeds.compactMap { URLNormalizer.normalize($0) }
        var seen: Set<String> = []
        var urls: Set<String> = []
        var files = 0
        while !queue.isEmpty, files < options.maxSitemapFiles {
            let url = queue.removeFirst()
            guard seen.insert(url).inserted else {
                discovery.sitemaps.errors.append("\(url) : référencé plusieurs fois (boucle d'index ?)")
                continue
            }
            files += 1
            let (result, _) = fetchFollowing(url, kind: .sitemap, source: source)
            discovery.sitemaps.files[url] = result.status
            guard (200..<300).contains(result.status) else {
                if result.status != 404 || seeds.first.map({ URLNormalizer.normalize($0) == url }) == true {
                    discovery.sitemaps.errors.append("\(url) : \(result.error ?? "HTTP \(result.status)")")
                }
                continue
            }
            let document = SitemapParser.parse(result.body, maxURLs: options.maxSitemapURLs)
            if let error = document.error { discovery.sitemaps.errors.append("\(url) : \(error)") }
            if document.dropped > 0 { discovery.sitemaps.errors.append("\(url) : \(document.dropped) entrées au-delà de la limite") }
            switch document.kind {
            case .index:
                queue += document.locations.compactMap { URLNormalizer.normalize($0, base: url) }
            case .urlset, .text:
                for location in document.locations where urls.count < options.maxSitemapURLs {
                    guard let page = URLNormalizer.normalize(location, base: url) else { continue }
                    if scope.contains(page), urls.insert(page).inserted { discovery.sitemapURLs.append(page) }
                }
            }
        }
        if !queue.isEmpty { discovery.sitemaps.errors.append("plus de \(options.maxSitemapFiles) fichiers sitemap : la suite est ignorée") }
        discovery.sitemaps.urls = discovery.sitemapURLs
    }

    /// Fetches `url` and follows up to `maxHops` redirects, waiting for the answer.
    func fetchFollowing(_ url: String, kind: LoadJob.Kind, source: any PageSource, maxHops: Int = 5, head: Bool = false) -> (LoadResult, [RedirectHop]) {
        var current = url
        var hops: [RedirectHop] = []
        while true {
            let result = fetchNow(LoadJob(url: current, kind: kind, tag: 0, head: head), source: source)
            guard maxHops > 0, let location = result.location, (300..<400).contains(result.status), hops.count < maxHops,
                  let next = URLNormalizer.normalize(location, base: current) else { return (result, hops) }
            hops.append(RedirectHop(url: current, status: result.status, location: next))
            if hops.count == maxHops || hops.contains(where: { $0.url == next }) { return (result, hops) }
            current = next
        }
    }

    /// One blocking transfer through the crawl's source (discovery only).
    private func fetchNow(_ job: LoadJob, source: any PageSource) -> LoadResult {
        let tag = -Int.random(in: 1...Int.max / 2)
        let slot = Locked<LoadResult?>(nil)
        let signal = DispatchSemaphore(value: 0)
        waiters.withLock { $0[tag] = { result in
            slot.withLock { $0 = result }
            signal.signal()
        } }
        var tagged = job
        tagged.tag = tag
        source.submit(tagged)
        if signal.wait(timeout: .now() + options.timeout + 5) == .timedOut {
            _ = waiters.withLock { $0.removeValue(forKey: tag) }
            return LoadResult(job: job, status: 0, headers: [], body: [], truncated: false, contentType: nil, location: nil, timing: nil, error: "timeout: no answer")
        }
        return slot.withLock { $0 } ?? LoadResult(job: job, status: 0, headers: [], body: [], truncated: false, contentType: nil, location: nil, timing: nil, error: "other: lost")
    }
}
