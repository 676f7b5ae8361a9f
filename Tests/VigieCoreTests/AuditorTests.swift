import Foundation
import Testing
@testable import VigieCore

/// A check for the engine's tests: gives `status` when the home page's title is `trigger`, `pass` otherwise.
private func check(_ id: String, _ severity: Severity, status: CheckStatus, trigger: String = "x", message: String = "") -> CheckDefinition {
    let meta = CheckMeta(id: id, module: CheckModule.of(id: id)!, title: .init(fr: id, en: id), explanation: .init(fr: "", en: ""),
                         remedy: .init(fr: "", en: ""), reference: "test", severity: severity)
    return CheckDefinition(meta: meta, examples: []) { context in
        let title = context.snapshot.home?.title
        let text = message.isEmpty ? "\(id) \(title ?? "-")" : message
        return CheckResult(id: id, status: title == trigger ? status : .pass, severity: meta.severity, message: .init(fr: text, en: text),
                           evidence: [Evidence(url: context.snapshot.homeURL, excerpt: title)])
    }
}

private func snapshot(title: String, url: String = "https://www.example.fr/") -> SiteSnapshot {
    var facts = PageFacts(url: url)
    facts.title = title
    return SiteSnapshot(startURL: url, homeURL: url, pages: [PageRecord(url: url, depth: 0, status: 200, contentType: "text/html", facts: facts)])
}

@Suite struct AuditorTests {
    @Test func checksStartWithTheModulesInTurnAndAllRunOnce() throws {
        let ids = ["legal.a", "legal.b", "legal.c", "cookies.a", "cookies.b", "page.a"]
        let checks = ids.map { check($0, .error, status: .fail) }
        let order = Auditor.startOrder(checks)
        #expect(order.map { ids[$0] } == ["legal.a", "cookies.a", "page.a", "legal.b", "cookies.b", "legal.c"])
        let audit = Auditor.run(checks: checks, snapshot: snapshot(title: "x"), rules: try Self.rules(), profile: .all, site: SiteProfile())
        #expect(audit.results.map(\.id) == ids, "results stay in the checks' order")
        #expect(audit.results.allSatisfy { $0.status == .fail })
    }

    static let checks = [
        check("page.title", .warning, status: .fail),
        check("legal.host.name", .error, status: .fail),
        check("legal.publisher.ei-mention", .warning, status: .warn),
        check("legal.terms-of-sale", .error, status: .na, message: "CGV non exigées : aucun signe de vente en ligne."),
        check("cookies.trackers", .notice, status: .info),
        check("header.logo", .warning, status: .fail),
    ]

    static func rules() throws -> RuleSet { try RuleLoader.load(overrides: nil, types: []) }

    @Test func runsSortsAndScores() throws {
        let audit = Auditor.run(checks: Self.checks, snapshot: snapshot(title: "x"), rules: try Self.rules(), profile: .all, site: SiteProfile())
        #expect(audit.results.map(\.id) == [
            "legal.host.name", "legal.publisher.ei-mention", "legal.terms-of-sale", "cookies.trackers", "header.logo", "page.title",
        ])
        #expect(audit.results.map(\.status) == [.fail, .warn, .na, .info, .fail, .fail])
        #expect(audit.results.allSatisfy { $0.evidence.first?.excerpt == "x" }, "every check read the snapshot")
        #expect(audit.scores.modules == ["legal": 18.8, "structure": 0, "page": 0])
        #expect(audit.applicability == [Localized(fr: "CGV non exigées : aucun signe de vente en ligne.", en: "CGV non exigées : aucun signe de vente en ligne.")])
        #expect(audit.profileName == "default")
    }

    @Test func profileSelectsOrdersAndPromotes() throws {
        let rules = try Self.rules()
        let bts = try Profile.load("bts-ndrc", from: rules)
        let audit = Auditor.run(checks: Self.checks, snapshot: snapshot(title: "x"), rules: rules, profile: bts, site: SiteProfile())
        #expect(audit.results.map(\.id) == ["legal.host.name", "legal.publisher.ei-mention", "legal.terms-of-sale", "header.logo", "page.title"])
        #expect(audit.profileName == "bts-ndrc")

        let ci = try Profile.load("ci", from: rules)
        let strict = Auditor.run(checks: Self.checks, snapshot: snapshot(title: "x"), rules: rules, profile: ci, site: SiteProfile())
        #expect(strict.result("legal.publisher.ei-mention")?.severity == .error, "warnings become errors for legal.*")
        #expect(strict.result("page.title")?.severity == .warning, "but not outside legal.* and cookies.*")
        #expect(strict.result("cookies.trackers")?.severity == .notice, "notices stay notices")
    }

    @Test func disabledChecksAndSeverityOverrides() throws {
        let profile = Profile(name: "p", title: .init(fr: "p", en: "p"), severity: ["legal.*": .notice, "legal.host.name": .warning])
        let audit = Auditor.run(
            checks: Self.checks, snapshot: snapshot(title: "x"), rules: try Self.rules(), profile: profile, site: SiteProfile(),
            disabled: ["structure", "cookies.trackers"], severityOverrides: ["page.*": .error])
        #expect(audit.results.map(\.id) == ["legal.host.name", "legal.publisher.ei-mention", "legal.terms-of-sale", "page.title"])
        #expect(audit.result("legal.host.name")?.severity == .warning, "an exact id beats a glob")
        #expect(audit.result("legal.publisher.ei-mention")?.severity == .notice)
        #expect(audit.result("page.title")?.severity == .error, "the configuration wins over the profile")
    }

    @Test func profileOrderPutsNamedModulesFirst() throws {
        let profile = Profile(name: "p", title: .init(fr: "p", en: "p"), order: [.page, .legal])
        let audit = Auditor.run(checks: Self.checks, snapshot: snapshot(title: "x"), rules: try Self.rules(), profile: profile, site: SiteProfile())
        #expect(audit.results.map(\.id) == [
            "page.title", "legal.host.name", "legal.publisher.ei-mention", "legal.terms-of-sale", "cookies.trackers", "header.logo",
        ])
    }

    @Test func configurationGivesSiteDisabledAndSeverities() throws {
        let sells = CheckDefinition(
            meta: CheckMeta(id: "legal.terms-of-sale", module: .legal, title: .init(fr: "", en: ""), explanation: .init(fr: "", en: ""),
                            remedy: .init(fr: "", en: ""), reference: "", severity: .error),
            examples: []
        ) { context in
            context.profile.sells == true
                ? CheckResult(id: "legal.terms-of-sale", status: .fail, severity: .error, message: .init(fr: "CGV absentes", en: "No terms of sale"))
                : CheckResult(id: "legal.terms-of-sale", status: .na, severity: .error, message: .init(fr: "Pas de vente", en: "No sales"))
        }
        let configuration = try Configuration.parse(
            "site:\n  sells: true\nchecks:\n  disable: [page.*]\n  severity: {legal.*: warning}\n", file: ".vigie.yml")
        let audit = Auditor.run(checks: Self.checks.filter { $0.id != sells.id } + [sells], snapshot: snapshot(title: "y"), rules: try Self.rules(), profile: .all, configuration: configuration)
        #expect(audit.result("page.title") == nil)
        #expect(audit.result("legal.terms-of-sale")?.status == .fail, "the check saw site.sells")
        #expect(audit.result("legal.terms-of-sale")?.severity == .warning)
        #expect(audit.applicability.isEmpty)
    }

    @Test func manyChecksRunConcurrentlyIntoTheirOwnSlots() throws {
        let many = (0..<200).map { check("page.c\($0)", .notice, status: $0.isMultiple(of: 2) ? .fail : .pass) }
        let audit = Auditor.run(checks: many, snapshot: snapshot(title: "x"), rules: try Self.rules(), profile: .all, site: SiteProfile())
        #expect(audit.results.count == 200)
        #expect(Set(audit.results.map(\.id)).count == 200)
        #expect(audit.results.filter { $0.status == .fail }.count == 100)
        #expect(audit.scores.overall == 50)
    }

    @Test func patterns() {
        #expect(CheckPattern("legal.*").matches("legal.host.name", module: .legal))
        #expect(!CheckPattern("legal.*").matches("cookies.policy", module: .cookies))
        #expect(CheckPattern("structure").matches("nav.depth", module: .structure))
        #expect(CheckPattern("*.phone").matches("legal.host.phone", module: .legal))
        #expect(CheckPattern("legal.publisher.*").matches("legal.publisher.siren", module: .legal))
        #expect(!CheckPattern("page.title").matches("page.titles", module: .page))
        #expect(CheckModule.of(id: "footer.sitemap") == .structure)
        #expect(Suggestion.closest(to: "max_page", among: ["max_pages", "max_depth"]) == "max_pages")
        #expect(Suggestion.closest(to: "zzz", among: ["max_pages"]) == nil)
    }
}
