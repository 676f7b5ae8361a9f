import Glibc
import VigieFetch

/// Decides which URLs belong to the audited site: same host (and its `www.` twin, either scheme)
/// by default, any subdomain of the registrable domain with `subdomains`, then the include/exclude globs.
struct Scope: Sendable {
    let hosts: Set<String>
    let registrable: String
    let subdomains: Bool
    let include: [String]
    let exclude: [String]

    init(startURL: String, options: CrawlOptions) {
        let host = URLNormalizer.host(of: startURL) ?? ""
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        hosts = [bare, "www." + bare]
        registrable = RegistrableDomain.of(host)
        subdomains = options.subdomains
        include = options.include
        exclude = options.exclude
    }

    /// Whether `host` is the audited site (before path rules).
    func isSiteHost(_ host: String) -> Bool {
        hosts.contains(host) || (subdomains && (host == registrable || host.hasSuffix("." + registrable)))
    }

    /// Whether the normalised URL is crawled.
    func contains(_ url: String) -> Bool {
        guard let parts = URLNormalizer.components(of: url), isSiteHost(parts.host) else { return false }
        return pathAllowed(parts.path)
    }

    func pathAllowed(_ path: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { fnmatch($0, path, 0) == 0 }) { return false }
        return !exclude.contains { fnmatch($0, path, 0) == 0 }
    }
}
