import Foundation
import Testing
import TestServer
import VigieCore
import VigieCrawl
@testable import VigieChecks
@testable import VigieCookieChecks

/// End to end: two fixture sites served on 127.0.0.1 (one loading Google Analytics, a Meta pixel,
/// YouTube and Google Maps plainly with a `_ga` cookie; one gating Google Analytics through
/// tarteaucitron.js), crawled by the real crawler, then audited by every cookies check.
@Suite(.timeLimit(.minutes(1))) struct CookiesFixtureSitesTests {
    static let rules: Result<RuleSet, any Error> = Result { try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes) }

    static let expected: [String: [String: CheckStatus]] = [
        "cookies-ungated": [
            "cookies.trackers": .info, "cookies.consent-tool": .fail, "cookies.prior-loading": .fail, "cookies.prior-cookies": .fail,
            // No banner at all and none drawn by a script: no banner to judge for a wall or implied consent (the
            // missing banner is cookies.consent-tool's fail); what a banner would offer stays unknown.
            "cookies.implied-consent": .na, "cookies.refuse-option": .unknown, "cookies.banner-info": .unknown,
            "cookies.vendor-list": .unknown, "cookies.granular-choice": .unknown, "cookies.cookie-wall": .na,
            "cookies.lifetime": .fail, "cookies.consent-lifetime": .na, "cookies.refusal-effective": .fail, "cookies.policy": .fail,
            "cookies.manage-link": .fail, "cookies.flags": .fail,
        ],
        "cookies-gated": [
            "cookies.trackers": .info, "cookies.consent-tool": .pass, "cookies.prior-loading": .pass, "cookies.prior-cookies": .pass,
            "cookies.implied-consent": .pass, "cookies.refuse-option": .pass, "cookies.banner-info": .unknown,
            "cookies.vendor-list": .unknown, "cookies.granular-choice": .pass, "cookies.cookie-wall": .unknown,
            "cookies.lifetime": .pass, "cookies.consent-lifetime": .pass, "cookies.refusal-effective": .unknown, "cookies.policy": .pass,
            "cookies.manage-link": .pass, "cookies.flags": .pass,
        ],
    ]

    @Test("Crawled fixture sites give the expected status for every cookies check", arguments: ["cookies-ungated", "cookies-gated"])
    func crawled(name: String) throws {
        let rules = try Self.rules.get()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
        let server = try TestHTTPServer(directory: folder)
        defer { server.stop() }
        var options = CrawlOptions()
        options.timeout = 5
        options.connectTimeout = 2
        let snapshot = try Crawler(target: server.baseURL + "/", options: options, rules: rules).run()
        #expect(snapshot.htmlPages.count == (name == "cookies-gated" ? 2 : 3))
        #expect(!snapshot.cookies.isEmpty, "the crawler reads the Set-Cookie of _headers.json")
        let expected = try #require(Self.expected[name])
        #expect(Set(expected.keys) == Set(CookiesChecks.all.map(\.id)))
        for check in CookiesChecks.all {
            let result = check.run(AuditContext(snapshot: snapshot, rules: rules))
            let evidence = result.evidence.prefix(3).map { "\($0.url) «\($0.excerpt ?? "")»" }.joined(separator: " | ")
            #expect(result.status == expected[check.id], "\(name) / \(check.id): got \(result.status) — \(result.message.fr) — \(evidence)")
        }
    }

    @Test("cookies.trackers lists each tracker with its vendor, category, consent need, gating and pages")
    func trackersData() throws {
        let rules = try Self.rules.get()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("cookies-ungated").path
        let server = try TestHTTPServer(directory: folder)
        defer { server.stop() }
        let snapshot = try Crawler(target: server.baseURL + "/", options: CrawlOptions(), rules: rules).run()
        let result = TrackersCheck.run(AuditContext(snapshot: snapshot, rules: rules))
        guard case .array(let items)? = result.data["trackers"] else { Issue.record("no trackers array"); return }
        var byName: [String: [String: JSONValue]] = [:]
        for case .object(let item) in items { byName[item["name"]?.stringValue ?? ""] = item }
        #expect(Set(byName.keys) == ["Google Analytics", "Meta Pixel", "YouTube", "Google Maps"])
        let ga = try #require(byName["Google Analytics"])
        #expect(ga["vendor"] == .string("Google") && ga["category"] == .string("analytics"))
        #expect(ga["needs_consent"] == .bool(true) && ga["gated"] == .bool(false))
        guard case .array(let pages)? = ga["pages"] else { Issue.record("no pages"); return }
        #expect(pages.count == 2)
    }
}
