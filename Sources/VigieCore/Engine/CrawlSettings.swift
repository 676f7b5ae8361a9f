/// `crawl:` in `.vigie.yml` and the crawl flags of `vigie audit`: one type, one validation (`validate()`), so the
/// file and the command line accept the same values. `nil` keeps the built-in default.
public struct CrawlSettings: Sendable, Hashable, Decodable {
    public var maxPages: Int?
    public var maxDepth: Int?
    /// Seconds (`.vigie.yml` also takes `90s`, `10m`, `1h`).
    public var timeLimit: Double?
    public var concurrency: Int?
    /// Seconds between two requests to the same host.
    public var delay: Double?
    /// URL patterns to keep / to skip.
    public var include: [String]?
    public var exclude: [String]?
    public var subdomains: Bool?
    public var ignoreRobots: Bool?
    public var checkExternal: Bool?
    public var userAgent: String?
    /// `user:password` for HTTP basic auth (sent to the start URL's scheme, host and port only).
    public var auth: String?
    /// Extra request headers, `Name: value` (start URL's scheme, host and port only).
    public var headers: [String]?
    /// Skip TLS certificate checks.
    public var insecure: Bool?
    /// Seconds a transfer may take.
    public var timeout: Double?
    /// Decoded bytes kept of one page or file.
    public var maxBodyBytes: Int?

    public init(
        maxPages: Int? = nil, maxDepth: Int? = nil, timeLimit: Double? = nil, concurrency: Int? = nil, delay: Double? = nil,
        include: [String]? = nil, exclude: [String]? = nil, subdomains: Bool? = nil, ignoreRobots: Bool? = nil,
        checkExternal: Bool? = nil, userAgent: String? = nil, auth: String? = nil, headers: [String]? = nil,
        insecure: Bool? = nil, timeout: Double? = nil, maxBodyBytes: Int? = nil
    ) {
        self.maxPages = maxPages
        self.maxDepth = maxDepth
        self.timeLimit = timeLimit
        self.concurrency = concurrency
        self.delay = delay
        self.include = include
        self.exclude = exclude
        self.subdomains = subdomains
        self.ignoreRobots = ignoreRobots
        self.checkExternal = checkExternal
        self.userAgent = userAgent
        self.auth = auth
        self.headers = headers
        self.insecure = insecure
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
    }

    /// The keys of `crawl:`; `option` is the same setting's command-line flag.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case maxPages = "max_pages", maxDepth = "max_depth", timeLimit = "time_limit", concurrency, delay, include, exclude
        case subdomains, ignoreRobots = "ignore_robots", checkExternal = "check_external", userAgent = "user_agent"
        case auth, headers, insecure, timeout, maxBodyBytes = "max_body_bytes"

        /// `--max-pages`, `--header`…
        public var option: String {
            self == .headers ? "--header" : "--" + rawValue.replacingOccurrences(of: "_", with: "-")
        }
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maxPages = try c.decodeIfPresent(Int.self, forKey: .maxPages)
        maxDepth = try c.decodeIfPresent(Int.self, forKey: .maxDepth)
        timeLimit = try Self.duration(c, .timeLimit)
        concurrency = try c.decodeIfPresent(Int.self, forKey: .concurrency)
        delay = try c.decodeIfPresent(Double.self, forKey: .delay)
        include = try c.decodeIfPresent([String].self, forKey: .include)
        exclude = try c.decodeIfPresent([String].self, forKey: .exclude)
        subdomains = try c.decodeIfPresent(Bool.self, forKey: .subdomains)
        ignoreRobots = try c.decodeIfPresent(Bool.self, forKey: .ignoreRobots)
        checkExternal = try c.decodeIfPresent(Bool.self, forKey: .checkExternal)
        userAgent = try c.decodeIfPresent(String.self, forKey: .userAgent)
        auth = try c.decodeIfPresent(String.self, forKey: .auth)
        if let one = try? c.decodeIfPresent(String.self, forKey: .headers) {
            headers = [one]
        } else {
            headers = try c.decodeIfPresent([String].self, forKey: .headers)
        }
        insecure = try c.decodeIfPresent(Bool.self, forKey: .insecure)
        timeout = try c.decodeIfPresent(Double.self, forKey: .timeout)
        maxBodyBytes = try c.decodeIfPresent(Int.self, forKey: .maxBodyBytes)
        do {
            try validate()
        } catch let problem as SettingProblem {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [problem.key], debugDescription: problem.reason))
        }
    }

    /// Seconds from a number or from `90s`, `10m`, `1h` (the range is checked by `validate`).
    private static func duration(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Double? {
        guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
        if let seconds = try? c.decode(Double.self, forKey: key) { return seconds }
        let text = try c.decode(String.self, forKey: key)
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
        if let unit = text.last, let factor = units[unit], let value = Double(text.dropLast().trimmingCharacters(in: .whitespaces)) {
            return value * factor
        }
        throw DecodingError.dataCorrupted(.init(
            codingPath: c.codingPath + [key], debugDescription: "bad value '\(text)' — expected seconds (600) or a duration (90s, 10m, 1h)"))
    }

    /// Checks every value set: numbers finite and in `SettingRange`'s ranges, headers `Name: value` without line
    /// breaks, `auth` as `user:password`. Throws the first `SettingProblem`.
    public func validate() throws {
        try SettingRange.maxPages.check(maxPages, CodingKeys.maxPages)
        try SettingRange.maxDepth.check(maxDepth, CodingKeys.maxDepth)
        try SettingRange.timeLimit.check(timeLimit, CodingKeys.timeLimit)
        try SettingRange.concurrency.check(concurrency, CodingKeys.concurrency)
        try SettingRange.delay.check(delay, CodingKeys.delay)
        try SettingRange.timeout.check(timeout, CodingKeys.timeout)
        try SettingRange.maxBodyBytes.check(maxBodyBytes, CodingKeys.maxBodyBytes)
        for header in headers ?? [] {
            let name = header.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard header.contains(":"), !name.isEmpty, name.utf8.allSatisfy(Self.isTokenByte) else {
                throw SettingProblem(key: CodingKeys.headers, reason: "bad value '\(header)' — expected 'Name: value'")
            }
            guard !Self.hasLineBreak(header) else {
                throw SettingProblem(key: CodingKeys.headers, reason: "a header may not contain a line break (CR, LF) or NUL")
            }
        }
        if let auth {
            guard auth.contains(":") else { throw SettingProblem(key: CodingKeys.auth, reason: "expected 'user:password'") }
            guard !Self.hasLineBreak(auth) else {
                throw SettingProblem(key: CodingKeys.auth, reason: "may not contain a line break (CR, LF) or NUL")
            }
        }
        if let userAgent, Self.hasLineBreak(userAgent) || userAgent.isEmpty {
            throw SettingProblem(key: CodingKeys.userAgent, reason: "expected one line of text (no CR, LF or NUL)")
        }
    }

    private static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0 }
    }

    /// RFC 9110 token characters (a header's name).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// These settings with `o`'s laid over them (every value set in `o` wins).
    public func merged(with o: CrawlSettings) -> CrawlSettings {
        CrawlSettings(
            maxPages: o.maxPages ?? maxPages, maxDepth: o.maxDepth ?? maxDepth, timeLimit: o.timeLimit ?? timeLimit,
            concurrency: o.concurrency ?? concurrency, delay: o.delay ?? delay, include: o.include ?? include,
            exclude: o.exclude ?? exclude, subdomains: o.subdomains ?? subdomains, ignoreRobots: o.ignoreRobots ?? ignoreRobots,
            checkExternal: o.checkExternal ?? checkExternal, userAgent: o.userAgent ?? userAgent, auth: o.auth ?? auth,
            headers: o.headers ?? headers, insecure: o.insecure ?? insecure, timeout: o.timeout ?? timeout,
            maxBodyBytes: o.maxBodyBytes ?? maxBodyBytes)
    }
}

/// A setting's value that is refused: which key (`max_pages`; its flag is `--max-pages`) and why, in one line.
public struct SettingProblem: Error, Sendable, CustomStringConvertible {
    public var key: any CodingKey & Sendable
    public var reason: String

    public init(key: any CodingKey & Sendable, reason: String) {
        self.key = key
        self.reason = reason
    }

    /// The command-line flag of the key (`--max-pages`).
    public var option: String {
        (key as? CrawlSettings.CodingKeys)?.option ?? "--" + key.stringValue.replacingOccurrences(of: "_", with: "-")
    }

    /// `--max-pages: bad value 0 — expected a whole number from 1 to 1000000`.
    public var description: String { "\(option): \(reason)" }
}

/// The accepted range of every numeric setting, for the command line and `.vigie.yml` alike.
public struct SettingRange<Value: Comparable & Sendable>: Sendable {
    public let bounds: ClosedRange<Value>
    /// What the number counts (`seconds`), said in the message.
    public let unit: String

    /// Throws a `SettingProblem` for `key` when `value` is set and out of range (NaN is never in range).
    public func check(_ value: Value?, _ key: any CodingKey & Sendable) throws {
        guard let value, !bounds.contains(value) else { return }
        throw SettingProblem(
            key: key, reason: "bad value \(Self.shown(value)) — expected a value from \(Self.shown(bounds.lowerBound)) to \(Self.shown(bounds.upperBound)) (\(unit))")
    }

    /// `100`, `0.1`, `nan`: a number as people write it.
    private static func shown(_ value: Value) -> String {
        guard let number = value as? Double else { return "\(value)" }
        if number.isFinite, number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}

extension SettingRange where Value == Int {
    public static var maxPages: Self { .init(bounds: 1...1_000_000, unit: "pages") }
    public static var maxDepth: Self { .init(bounds: 0...1000, unit: "clicks") }
    public static var concurrency: Self { .init(bounds: 1...64, unit: "transfers") }
    public static var maxBodyBytes: Self { .init(bounds: 1024...(1 << 30), unit: "bytes") }
}

extension SettingRange where Value == Double {
    public static var timeLimit: Self { .init(bounds: 1...604_800, unit: "seconds") }
    public static var delay: Self { .init(bounds: 0...60, unit: "seconds") }
    public static var timeout: Self { .init(bounds: 0.1...3600, unit: "seconds") }
    public static var minScore: Self { .init(bounds: 0...100, unit: "points") }
}
