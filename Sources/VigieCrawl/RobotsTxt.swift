import VigieCore

/// A robots.txt file read per RFC 9309: the group that applies to Vigie, its Allow/Disallow rules
/// (longest match wins, Allow wins a tie, `*` and `$` supported), `Sitemap:` lines and `Crawl-delay`.
public struct RobotsTxt: Sendable {
    /// One Allow or Disallow rule.
    struct Rule: Sendable {
        var allow: Bool
        var pattern: [UInt8]
    }

    /// What the fetch of robots.txt gave, which decides the rules when there is no file to read (RFC 9309 §2.3.1).
    public enum Availability: Sendable {
        /// 2xx: the file was read.
        case available
        /// 4xx: "unavailable" — everything is allowed.
        case unavailable
        /// 5xx or no answer: "unreachable" — everything is disallowed.
        case unreachable
    }

    /// Bytes read at most; the RFC asks crawlers to read at least 500 KiB.
    public static let maxBytes = 500 * 1024
    /// The longest Crawl-delay honoured, seconds (the `--delay` range's top): a larger or infinite one is cut to it.
    public static let maxCrawlDelay = SettingRange.delay.bounds.upperBound

    public private(set) var availability: Availability
    public private(set) var sitemaps: [String]
    public private(set) var crawlDelay: Double?
    /// The user-agent line of the group that applied (`vigie`, `*`), nil when none did.
    public private(set) var matchedAgent: String?
    var rules: [Rule]

    /// Reads `text` for the crawler named `agent` (its product token, e.g. `Vigie`).
    public init(text: [UInt8], agent: String) {
        availability = .available
        sitemaps = []
        crawlDelay = nil
        matchedAgent = nil
        rules = []
        let groups = Self.parse(Array(text.prefix(Self.maxBytes)), sitemaps: &sitemaps)
        let token = agent.lowercased()
        var chosen = groups.filter { $0.agents.contains(token) }
        if chosen.isEmpty {
            chosen = groups.filter { $0.agents.contains("*") }
            if !chosen.isEmpty { matchedAgent = "*" }
        } else {
            matchedAgent = token
        }
        rules = chosen.flatMap(\.rules)
        crawlDelay = chosen.compactMap(\.crawlDelay).first
    }

    /// The rules when there is no file: allow all (4xx) or disallow all (5xx, unreachable).
    public init(availability: Availability) {
        self.availability = availability
        sitemaps = []
        crawlDelay = nil
        matchedAgent = nil
        rules = availability == .unreachable ? [Rule(allow: false, pattern: Array("/".utf8))] : []
    }

    /// Whether the path (with its query, e.g. `/a/b?x=1`) may be fetched.
    public func allows(path: String) -> Bool {
        if path == "/robots.txt" { return true }
        let target = Array(path.utf8)
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, target) {
            guard let current = best else { best = rule; continue }
            if rule.pattern.count > current.pattern.count || (rule.pattern.count == current.pattern.count && rule.allow) {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    // MARK: - Parsing

    private struct Group {
        var agents: [String] = []
        var rules: [Rule] = []
        var crawlDelay: Double?
    }

    private static func parse(_ bytes: [UInt8], sitemaps: inout [String]) -> [Group] {
        var groups: [Group] = []
        var current: Group?
        var lastWasAgent = false
        for rawLine in bytes.split(whereSeparator: { $0 == 10 || $0 == 13 }) {
            var line = rawLine
            if let hash = line.firstIndex(of: UInt8(ascii: "#")) { line = line[..<hash] }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let key = String(decoding: line[..<colon], as: UTF8.self).trimmed.lowercased()
            let value = String(decoding: line[line.index(after: colon)...], as: UTF8.self).trimmed
            switch key {
            case "user-agent":
                if !lastWasAgent {
                    if let finished = current { groups.append(finished) }
                    current = Group()
                }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard !value.isEmpty else { continue }
                current?.rules.append(Rule(allow: key == "allow", pattern: Array(value.utf8)))
            case "crawl-delay":
                lastWasAgent = false
                if let seconds = Double(value), seconds >= 0 { current?.crawlDelay = min(seconds, Self.maxCrawlDelay) }
            case "sitemap":
                if !value.isEmpty { sitemaps.append(value) }
            default:
                continue
            }
        }
        if let finished = current { groups.append(finished) }
        return groups
    }

    /// Matches `pattern` (with `*` for any run and a final `$` for the end) against the start of `target`.
    static func matches(_ pattern: [UInt8], _ target: [UInt8]) -> Bool {
        var p = 0
        var t = 0
        var starP = -1
        var starT = 0
        let anchored = pattern.last == UInt8(ascii: "$")
        let end = anchored ? pattern.count - 1 : pattern.count
        while true {
            if p == end {
                if !anchored || t == target.count { return true }
            } else if pattern[p] == UInt8(ascii: "*") {
                starP = p
                starT = t
                p += 1
                continue
            } else if t < target.count, pattern[p] == target[t] {
                p += 1
                t += 1
                continue
            }
            guard starP >= 0, starT < target.count else { return false }
            starT += 1
            t = starT
            p = starP + 1
        }
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
