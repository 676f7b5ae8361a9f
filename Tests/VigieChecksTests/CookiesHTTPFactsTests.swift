import Testing
import VigieCore
import VigieHTML
@testable import VigieChecks
@testable import VigieCookieChecks

/// The cookies checks that read HTTP responses: example pages' Set-Cookie headers reach the
/// snapshot, and a directory audit (no responses) says `na` with its reason.
@Suite struct CookiesHTTPFactsTests {
    static let rules: Result<RuleSet, any Error> = Result { try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes) }

    func snapshot(_ headers: [HTTPHeader]) throws -> SiteSnapshot {
        let rules = try Self.rules.get()
        let example = CheckExample("site", expect: .pass, html: CookieExamples.page(), headers: headers)
        return ExampleSnapshot.build(example, parser: HTMLParser(zoneWords: rules.pack(ZoneWords.self)), postProcessing: CrawlPostProcessing(priorityWords: rules.pack(PriorityPageWords.self)))
    }

    @Test("Example pages' Set-Cookie headers fill snapshot.cookies")
    func exampleCookies() throws {
        let site = try snapshot([HTTPHeader(name: "Set-Cookie", value: "_ga=GA1.1.1; Max-Age=63072000; Path=/"),
                                 HTTPHeader(name: "set-cookie", value: "PHPSESSID=x; Secure; HttpOnly; SameSite=Lax")])
        #expect(site.cookies.map(\.name) == ["_ga", "PHPSESSID"])
        #expect(site.cookies.first?.lifetimeSeconds == 63_072_000)
        #expect(site.cookies.first?.setBy == "https://www.example.fr/")
    }

    @Test("In directory mode the HTTP cookie checks are na with the reason", arguments: ["cookies.prior-cookies", "cookies.lifetime", "cookies.flags"])
    func directory(id: String) throws {
        var site = try snapshot([HTTPHeader(name: "Set-Cookie", value: "_ga=GA1.1.1; Max-Age=63072000; Path=/")])
        site.mode = .directory
        let check = try #require(CookiesChecks.all.first { $0.id == id })
        let result = check.run(AuditContext(snapshot: site, rules: try Self.rules.get()))
        #expect(result.status == .na)
        #expect(result.message.fr.contains("dossier"))
    }

    @Test("Third-party hosts are told by the registrable domain when the crawler knows it")
    func thirdPartyByRegistrableDomain() {
        #expect(!CookieAnalysis.sameSite("tracker.co.uk", "www.exemple.co.uk", registrable: "exemple.co.uk"))
        #expect(CookieAnalysis.sameSite("static.exemple.co.uk", "www.exemple.co.uk", registrable: "exemple.co.uk"))
        #expect(CookieAnalysis.sameSite("exemple.co.uk", "www.exemple.co.uk", registrable: "exemple.co.uk"))
        #expect(CookieAnalysis.sameSite("cdn.exemple.fr", "www.exemple.fr", registrable: nil), "example snapshots fall back to the last two labels")
    }

    @Test("A third-party cookie that no signature names still counts as tracking")
    func thirdParty() throws {
        var site = try snapshot([])
        let cookie = try #require(CookieFact.parse(setCookie: "uid=1; Domain=ads.example.net; Max-Age=100", responseURL: "https://www.example.fr/", responseDate: nil))
        site.cookies = [cookie]
        let result = PriorCookiesCheck.run(AuditContext(snapshot: site, rules: try Self.rules.get()))
        #expect(cookie.thirdParty)
        #expect(result.status == .fail)
    }
}
