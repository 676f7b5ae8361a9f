import Foundation

/// One finding of an audit: a `fail` or `warn` result of a check at one place — one per evidence item, or one for
/// the site as a whole when the result has none. Its key (check id, page path, normalised quote or element) does
/// not name the host, so that a baseline written on staging applies to production, and does not move when a page
/// count or the order of a crawl changes.
public struct Finding: Sendable, Hashable {
    /// What identifies a finding from one audit to the next (its fingerprint).
    public struct Key: Sendable, Hashable, Codable, Comparable {
        public var check: String
        /// The page's path with its query (`/contact?x=1`); the whole address for a page of another site; empty
        /// for a finding about the site as a whole.
        public var page: String
        /// The quote, or the element when there is no quote, normalised (`Finding.normalise`).
        public var evidence: String

        public init(check: String, page: String, evidence: String) {
            self.check = check
            self.page = page
            self.evidence = evidence
        }

        public static func < (a: Key, b: Key) -> Bool { (a.check, a.page, a.evidence) < (b.check, b.page, b.evidence) }
    }

    public var key: Key
    public var status: CheckStatus
    public var severity: Severity
    /// The evidence as the page had it, for reports (nil for a finding about the whole site).
    public var evidence: Evidence?

    public init(key: Key, status: CheckStatus, severity: Severity, evidence: Evidence? = nil) {
        self.key = key
        self.status = status
        self.severity = severity
        self.evidence = evidence
    }

    /// Results that are findings: `fail` and `warn`.
    public static func isFinding(_ result: CheckResult) -> Bool { result.status == .fail || result.status == .warn }

    /// The findings of every `fail` and `warn` result of `audit`, in report order.
    public static func all(in audit: SiteAudit) -> [Finding] {
        let site = SiteAddress(audit.snapshot)
        return audit.results.flatMap { findings(of: $0, site: site) }
    }

    /// The findings of one result of `audit` (none when it is not a `fail` or `warn`).
    public static func of(_ result: CheckResult, in audit: SiteAudit) -> [Finding] {
        findings(of: result, site: SiteAddress(audit.snapshot))
    }

    static func findings(of result: CheckResult, site: SiteAddress) -> [Finding] {
        guard isFinding(result) else { return [] }
        guard !result.evidence.isEmpty else {
            return [Finding(key: Key(check: result.id, page: "", evidence: ""), status: result.status, severity: result.severity)]
        }
        var seen = Set<Key>()
        var out: [Finding] = []
        for evidence in result.evidence {
            let key = Key(check: result.id, page: site.page(evidence.url),
                          evidence: normalise(evidence.excerpt ?? evidence.selector ?? "", site: site))
            if seen.insert(key).inserted {
                out.append(Finding(key: key, status: result.status, severity: result.severity, evidence: evidence))
            }
        }
        return out
    }

    /// A quote as it is compared: the site's own addresses taken out (`https://staging.example.fr/a` → `/a`), lower
    /// case, white space collapsed, a trailing ellipsis dropped, and every run of digits written `#` — counts in
    /// quotes ("6 pages read", "(+3)") change as a site grows without the finding changing.
    static func normalise(_ text: String, site: SiteAddress) -> String {
        var text = text
        for origin in site.origins {
            text = text.replacingOccurrences(of: origin, with: "", options: .caseInsensitive)
        }
        var out = ""
        var pendingSpace = false
        var inDigits = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                inDigits = false
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if character.isASCII, character.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
                continue
            }
            inDigits = false
            out.append(character)
        }
        if out.hasSuffix("…") { out.removeLast() }
        return out
    }
}

/// The addresses that name the audited site itself: its hosts (start, home, and the variants the crawl saw) and
/// their origins (`https://host:port`), which finding keys leave out.
struct SiteAddress {
    /// Lower-case host names.
    var hosts: Set<String> = []
    /// `scheme://authority` prefixes, longest first (so that `https://a.fr:8080` goes before `https://a.fr`).
    var origins: [String] = []

    init(_ snapshot: SiteSnapshot) {
        var origins = Set<String>()
        for address in [snapshot.startURL, snapshot.homeURL] + snapshot.hostVariants {
            guard let components = URLComponents(string: address), let host = components.host?.lowercased(), !host.isEmpty else { continue }
            hosts.insert(host)
            let authority = host + (components.port.map { ":\($0)" } ?? "")
            for scheme in ["http://", "https://"] { origins.insert(scheme + authority) }
        }
        self.origins = origins.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The page part of a finding's key: path and query on the site itself, the whole address elsewhere.
    func page(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased(), !host.isEmpty else { return url }
        guard hosts.contains(host) else {
            var outside = components
            outside.fragment = nil
            return outside.string ?? url
        }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
