import Dispatch
import Foundation
import VigieCore
import VigieFetch
import VigieHTML

/// Crawls one site — a start URL, or a folder on disk — into a SiteSnapshot.
///
/// One transfer thread (libcurl multi) fetches; parsing runs on a pool of workers (one per core),
/// so the transfer loop never waits for libxml2. The snapshot keeps facts, never documents.
public final class Crawler: Sendable {
    let options: CrawlOptions
    let start: String
    let startKey: String
    let scope: Scope
    let parser: HTMLParser
    let priority: PriorityMatcher
    /// What every parsed page goes through (trimming, compaction), shared with the check examples.
    let postProcessing: CrawlPostProcessing
    let mode: SiteSnapshot.Mode
    let state = Locked(CrawlState())
    let parseQueue: OperationQueue
    let done = DispatchSemaphore(value: 0)
    let startTime = Date()
    let robots = Locked<RobotsTxt?>(nil)
    let waiters = Locked<[Int: @Sendable (LoadResult) -> Void]>([:])
    let sourceBox = Locked<(any PageSource)?>(nil)
    let interner = StringInterner()
    let linkCache = Locked<[String: LinkTarget?]>([:])

    /// A crawler for `target`: an http(s) URL, or the path of a folder (directory audit).
    /// Throws `CrawlError.badStart` when the target is neither.
    /// Credentials written in the URL (`https://user:pass@host/`) become the basic auth of the start origin (unless
    /// `options.basicAuth` is set) and are kept out of every URL the crawl records.
    public init(target: String, options: CrawlOptions, rules: RuleSet) throws {
        var options = options
        var isDirectory: ObjCBool = false
        if !target.contains("://"), FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            mode = .directory
            start = DirectorySource.origin(for: target) + "/"
        } else {
            if Self.looksLikePath(target) { throw CrawlError.noSuchFolder(target) }
            mode = .http
            let withScheme = target.contains("://") ? target : "https://" + target
            guard let normalized = URLNormalizer.normalize(withScheme) else { throw CrawlError.badStart(URLNormalizer.redacted(target)) }
            start = normalized
            if options.basicAuth == nil { options.basicAuth = URLNormalizer.credentials(in: withScheme) }
        }
        self.options = options
        startKey = Self.key(start, directory: mode == .directory)
        scope = Scope(startURL: start, options: options)
        parser = HTMLParser(zoneWords: rules.pack(ZoneWords.self))
        postProcessing = CrawlPostProcessing(priorityWords: rules.pack(PriorityPageWords.self))
        priority = postProcessing.priority
        parseQueue = OperationQueue()
        parseQueue.maxConcurrentOperationCount = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        parseQueue.qualityOfService = .userInitiated
        folder = mode == .directory ? target : nil
    }

    private let folder: String?

    /// Whether `target` (not an existing folder) was meant as a path: `./x`, `../x`, `/x`, `~/x`, `x/` or `a/b` whose
    /// first part has no dot nor port (`example.fr/blog` and `localhost:8080/x` stay host names).
    static func looksLikePath(_ target: String) -> Bool {
        guard !target.contains("://") else { return false }
        if ["/", "./", "../", "~/"].contains(where: target.hasPrefix) || target == "." || target == ".." || target.hasSuffix("/") { return true }
        guard let first = target.split(separator: "/", omittingEmptySubsequences: false).first, target.contains("/") else { return false }
        return !first.contains(".") && !first.contains(":") && first != "localhost"
    }

    /// `target` as it may be shown (stderr, messages): a password in it masked (`https://user:***@host/`).
    public static func shown(_ target: String) -> String { URLNormalizer.redacted(target) }

    /// The audited folder as given, in directory mode.
    var folderName: String? { folder }

    /// Stops the crawl (Ctrl-C, time limit): nothing new starts, transfers in flight get 2 s to finish.
    public func stop(_ reason: StopReason) {
        let first = state.withLock { state -> Bool in
            guard state.stopReason == nil, !state.finished else { return false }
            state.stopReason = reason
            return true
        }
        guard first else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) { [self] in
            sourceBox.withLock { $0 }?.cancelAll()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 5) { [self] in
            done.signal()
        }
        checkDone()
    }

    /// Runs the crawl to its end (or its stop) and returns what it gathered.
    public func run() -> SiteSnapshot {
        let source: any PageSource = switch mode {
        case .directory: DirectorySource(root: folder ?? ".", maxBodyBytes: options.maxBodyBytes) { [self] in route($0) }
        case .http: HTTPSource(options: options, startOrigin: URLNormalizer.origin(of: start) ?? "") { [self] in route($0) }
        }
        sourceBox.withLock { $0 = source }
        defer {
            source.close()
            // The source's completion handler holds this crawler: break the cycle once the crawl is over.
            sourceBox.withLock { $0 = nil }
        }
        if let limit = options.timeLimit {
            DispatchQueue.global().asyncAfter(deadline: .now() + limit) { [weak self] in self?.stop(.timeLimit) }
        }
        let progress = options.progress ? ProgressLine(crawler: self) : nil
        progress?.start()

        let discovery = mode == .http && options.discover ? discover(source) : Discovery()
        let home = state.withLock { $0.record(for: start, key: startKey, depth: 0, referrer: nil).0 }
        state.withLock { state in
            state.normalQueue.push(home)
            for url in discovery.sitemapURLs {
                let (index, new) = state.record(for: url, key: siteKey(url), depth: -1, referrer: nil)
                state.records[index].inSitemap = true
                if new {
                    state.records[index].foundInLinks = false
                    state.sitemapQueue.push(index)
                }
            }
        }
        if let failure = discovery.unreachable, !options.ignoreRobots {
            // robots.txt got no answer at all: the server is unreachable; RFC 9309 forbids crawling anyway.
            state.withLock { state in
                state.records[home].error = failure
                state.submitted[home] = true
                state.errors += 1
            }
        } else {
            pump(source)
        }
        checkDone()
        done.wait()
        parseQueue.waitUntilAllOperationsAreFinished()
        if options.checkExternal, mode == .http { checkExternalLinks(source) }
        progress?.finish()
        return snapshot(discovery: discovery)
    }

    /// The dedupe key: scheme and a leading `www.` folded, so that both answer as one site; in a folder,
    /// `dir/index.html` is `dir/` (the same file).
    func siteKey(_ url: String) -> String { Self.key(url, directory: mode == .directory) }

    static func key(_ url: String, directory: Bool) -> String {
        guard let separator = url.range(of: "://") else { return url }
        var rest = url[separator.upperBound...]
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        if directory {
            for index in ["index.html", "index.htm"] where rest.hasSuffix("/" + index) { rest = rest.dropLast(index.count) }
        }
        return String(rest)
    }

    /// Completions from the source: discovery waiters first, crawl jobs to the parse workers.
    private func route(_ result: LoadResult) {
        if result.job.tag < 0, let waiter = waiters.withLock({ $0.removeValue(forKey: result.job.tag) }) {
            waiter(result)
            return
        }
        parseQueue.addOperation { [self] in
            handle(result)
            let source = sourceBox.withLock { $0 }
            state.withLock { $0.inFlight -= 1 }
            if let source { pump(source) }
            checkDone()
        }
    }

    func checkDone() {
        let finished = state.withLock { state -> Bool in
            guard !state.finished, state.inFlight == 0 else { return false }
            let idle = state.pendingRetries == 0 && !state.pumpScheduled
            guard idle || state.stopReason != nil else { return false }
            state.finished = true
            return true
        }
        if finished { done.signal() }
    }
}

/// Why a crawl could not start.
public enum CrawlError: Error, CustomStringConvertible {
    case badStart(String)
    /// A path (`./site`, `/srv/www`) that does not exist: not looked up as a host name.
    case noSuchFolder(String)

    public var description: String {
        switch self {
        case .badStart(let target): "« \(target) » n'est ni une URL http(s) ni un dossier existant / is neither an http(s) URL nor an existing folder"
        case .noSuchFolder(let path): "« \(path) » : dossier introuvable / no such folder"
        }
    }
}
