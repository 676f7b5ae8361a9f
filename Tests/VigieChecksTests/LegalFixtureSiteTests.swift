import Foundation
import Testing
import TestServer
import VigieCore
import VigieCrawl
@testable import VigieChecks
@testable import VigieLegalChecks

/// End to end: `Tests/Fixtures/legal-site`, a small online bakery (home, products, account, contact,
/// legal notice linked from every footer, CGV, privacy policy), served on 127.0.0.1, crawled by the real
/// crawler and audited by every legal check. The notice mixes the wordings of real sites (« Responsable
/// de la publication » in a `<b>` then a line break, « R.C.S. de Lyon », non-breaking spaces in the
/// numbers, « Le site est hébergé par » with a street without number) and carries deliberate faults: a
/// VAT key that does not match its SIREN, CGV without the hidden-defects guarantee, a leftover ODR link,
/// a privacy policy that forgets the CNIL, a footer newsletter form without notice.
@Suite(.timeLimit(.minutes(1))) struct LegalFixtureSiteTests {
    static let rules: Result<RuleSet, any Error> = Result { try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes) }

    static let expected: [String: CheckStatus] = [
        "legal.notice-page": .pass, "legal.publisher.name": .pass, "legal.publisher.form": .pass,
        "legal.publisher.address": .pass, "legal.publisher.phone": .pass, "legal.publisher.email": .pass,
        "legal.publisher.capital": .pass, "legal.publisher.registration": .pass, "legal.publisher.siren": .pass,
        "legal.publisher.vat": .fail, "legal.publisher.ei-mention": .na, "legal.publication-director": .pass,
        "legal.editor-in-chief": .na, "legal.host.name": .pass, "legal.host.address": .pass, "legal.host.phone": .pass,
        "legal.anonymous-individual": .na, "legal.terms-of-sale": .pass, "legal.cgv.price": .pass,
        "legal.cgv.delivery": .pass, "legal.cgv.payment": .pass, "legal.cgv.after-sales": .warn,
        "legal.cgv.withdrawal": .pass, "legal.cgv.offer-duration": .fail, "legal.cgv.remote-cost": .fail, "legal.withdrawal-function": .unknown, "legal.termination-function": .na,
        "legal.consumer-mediator": .pass, "legal.odr-link": .fail, "legal.terms-of-use": .fail,
        "legal.privacy-policy": .pass, "legal.privacy-rights": .warn, "legal.form-notice": .warn,
        "legal.accessibility": .warn,
    ]

    func audit() throws -> (SiteSnapshot, RuleSet) {
        let rules = try Self.rules.get()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("legal-site").path
        let server = try TestHTTPServer(directory: folder)
        defer { server.stop() }
        var options = CrawlOptions()
        options.timeout = 5
        options.connectTimeout = 2
        return (try Crawler(target: server.baseURL + "/", options: options, rules: rules).run(), rules)
    }

    @Test("The crawled bakery site gives the expected status for every legal check")
    func everyLegalCheck() throws {
        let (snapshot, rules) = try audit()
        #expect(snapshot.htmlPages.count == 7)
        #expect(Set(Self.expected.keys) == Set(LegalChecks.all.map(\.id)), "every legal check has an expected status")
        let context = AuditContext(snapshot: snapshot, rules: rules)
        for check in LegalChecks.all {
            let result = check.run(context)
            let evidence = result.evidence.prefix(3).map { "\($0.url) «\($0.excerpt ?? "")»" }.joined(separator: " | ")
            #expect(result.status == Self.expected[check.id], "\(check.id): got \(result.status) — \(result.message.fr) — \(evidence)")
            if result.status != .na {
                #expect(!result.evidence.isEmpty, "\(check.id) names its page and quotes its text")
            }
        }
    }

    @Test("An English-language site outside .fr and .de gets unknown, never a French fail")
    func otherJurisdictionIsUnknown() throws {
        let rules = try Self.rules.get()
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/": .html(#"<html lang="en"><body><main><p>Welcome</p><button>Add to cart</button></main><footer><a href="/legal">Legal notice</a></footer></body></html>"#)
            case "/legal": .html(#"<html lang="en"><body><main><h1>Legal notice</h1><p>Published by Acme Ltd, London.</p></main></body></html>"#)
            default: .notFound
            }
        }
        defer { server.stop() }
        let snapshot = try Crawler(target: server.baseURL + "/", options: CrawlOptions(), rules: rules).run()
        let context = AuditContext(snapshot: snapshot, rules: rules)
        for check in LegalChecks.all {
            let result = check.run(context)
            #expect(result.status == .unknown, "\(check.id): \(result.status) — \(result.message.fr)")
        }
    }

    @Test("Values are read across inline tags, line breaks and non-breaking spaces, and the faults are explained")
    func valuesAndExplanations() throws {
        let (snapshot, rules) = try audit()
        let context = AuditContext(snapshot: snapshot, rules: rules)
        func result(_ id: String) throws -> CheckResult {
            try #require(LegalChecks.all.first { $0.id == id }).run(context)
        }
        #expect(try result("legal.publication-director").data["value"] == .string("Anne Martin, présidente"))
        #expect(try result("legal.publisher.capital").data["capital"] == .string("20000"))
        #expect(try result("legal.publisher.siren").data["siren"] == .string("732829320"))
        let vat = try result("legal.publisher.vat")
        #expect(vat.data["expected"] == .string("FR44732829320"), "the expected key is shown")
        #expect(try result("legal.host.phone").evidence.first?.excerpt?.contains("04 44 44 60 40") == true, "the host's phone, not the publisher's")
        #expect(try result("legal.publisher.phone").data["value"] == .string("04.78.00.00.00"))
        #expect(try result("legal.withdrawal-function").data["reason"] == .string("behind-login"))
        #expect(try result("legal.cgv.after-sales").data["missing"] == .array([.string("vices cachés"), .string("service après-vente")]))
    }
}
