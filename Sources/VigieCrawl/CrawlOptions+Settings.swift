import VigieCore

extension CrawlOptions {
    /// The options with `settings` (`.vigie.yml`'s `crawl:` laid under the command line's flags) applied.
    /// Throws the `SettingProblem` of the first value out of range: the crawler takes nothing unchecked.
    public init(_ settings: CrawlSettings) throws {
        try settings.validate()
        self.init()
        if let value = settings.maxPages { maxPages = value }
        if let value = settings.maxDepth { maxDepth = value }
        if let value = settings.timeLimit { timeLimit = value }
        if let value = settings.concurrency { concurrency = value }
        if let value = settings.delay { delay = value }
        if let value = settings.include { include = value }
        if let value = settings.exclude { exclude = value }
        if let value = settings.subdomains { subdomains = value }
        if let value = settings.ignoreRobots { ignoreRobots = value }
        if let value = settings.checkExternal { checkExternal = value }
        if let value = settings.userAgent { userAgent = value }
        if let value = settings.auth { basicAuth = value }
        if let value = settings.headers { extraHeaders = value }
        if let value = settings.insecure { insecure = value }
        if let value = settings.timeout { timeout = value }
        if let value = settings.maxBodyBytes { maxBodyBytes = value }
    }
}
