import Foundation
import Testing
@testable import VigieCore

@Suite struct GateBaselineTests {
    private func audit(_ url: String, _ results: [(String, CheckStatus, Severity)]) -> SiteAudit {
        let checkResults = results.map { CheckResult(id: $0.0, status: $0.1, severity: $0.2, message: .init(fr: "", en: "")) }
        return SiteAudit(snapshot: SiteSnapshot(startURL: url, homeURL: url), results: checkResults, scores: Scoring.scores(checkResults))
    }

    private var audits: [SiteAudit] {
        [
            audit("https://www.Example.fr/", [("legal.host.name", .fail, .error), ("page.title", .fail, .warning), ("page.lang", .pass, .warning)]),
            audit("https://autre.fr/", [("page.description", .fail, .notice), ("legal.publisher.email", .warn, .error)]),
        ]
    }

    @Test func aPassingGateSaysSoInOneLine() {
        let gate = Gate(failOn: .error, minScore: 20)
        let verdict = gate.evaluate(audits.filter { $0.results.allSatisfy { $0.status != .fail || $0.severity != .error } })
        #expect(verdict.passed)
        #expect(verdict.told(gate, .en) == ["✓ Gate passed: no failure at severity error or above, overall score of at least 20"])
        #expect(verdict.told(gate, .fr) == ["✓ Seuil respecté\u{00A0}: aucun échec de gravité « erreur » ou plus, score global d'au moins 20"])
        #expect(Gate().evaluate(audits).told(Gate(), .fr).isEmpty, "no gate set: nothing to tell")
        let failed = Gate(failOn: .error).evaluate(audits)
        #expect(failed.told(Gate(failOn: .error), .en).allSatisfy { $0.hasPrefix("✗ ") } && !failed.told(Gate(failOn: .error), .en).isEmpty)
    }

    @Test func failOnCountsFailuresAtOrAboveTheSeverity() {
        #expect(Gate().evaluate(audits).passed, "no gate set: passes")
        let onError = Gate(failOn: .error).evaluate(audits)
        #expect(!onError.passed)
        #expect(onError.reasons.map(\.en) == ["www.example.fr: 1 check failed at severity error or above: legal.host.name"])
        #expect(onError.reasons.map(\.fr) == ["www.example.fr\u{00A0}: 1 contrôle en échec de gravité « erreur » ou plus\u{00A0}: legal.host.name"])
        #expect(onError.exitStatus == .gateFailed)
        let onWarning = Gate(failOn: .warning).evaluate(audits)
        #expect(onWarning.reasons.count == 1)
        #expect(onWarning.reasons[0].en.contains("legal.host.name, page.title"))
        #expect(Gate(failOn: .notice).evaluate(audits).reasons.count == 2, "a warn result never trips fail_on; the notice failure does")
    }

    @Test func minScore() {
        // 3 of 11 points (error fail 0/5, warning fail 0/3, warning pass 3/3); 2.5 of 6 (notice fail 0/1, error warn 2.5/5).
        #expect(audits.map(\.scores.overall) == [27.3, 41.7])
        #expect(Gate(minScore: 40).evaluate(audits).reasons.map(\.en) == ["www.example.fr: overall score 27.3 is below the minimum 40"])
        let verdict = Gate(minScore: 45).evaluate(audits)
        #expect(verdict.reasons.map(\.fr) == [
            "www.example.fr\u{00A0}: score global 27,3 inférieur au minimum 45",
            "autre.fr\u{00A0}: score global 41,7 inférieur au minimum 45",
        ])
        #expect(Gate(minScore: 10).evaluate(audits).exitStatus == .success)
    }

    @Test func baselineRoundTripExcusesKnownFindings() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("baseline.json").path
        let baseline = Baseline(audits: audits)
        // Results without evidence are one finding each, for the site as a whole; no host in the entries.
        #expect(baseline.findings == [
            .init(.init(check: "legal.host.name", page: "", evidence: ""), status: .fail),
            .init(.init(check: "page.title", page: "", evidence: ""), status: .fail),
            .init(.init(check: "page.description", page: "", evidence: ""), status: .fail),
            .init(.init(check: "legal.publisher.email", page: "", evidence: ""), status: .warn),
        ])
        try baseline.encoded().write(to: URL(fileURLWithPath: path))
        let read = try Baseline.read(from: path)
        #expect(read == baseline)
        let json = try String(contentsOfFile: path, encoding: .utf8)
        #expect(json.contains(#""version" : 2"#))
        let checks = json.split(separator: "\n").filter { $0.contains(#""check""#) }.map { String($0) }
        #expect(checks == checks.sorted(), "findings sorted for readable diffs")

        let gate = Gate(failOn: .notice)
        let known = gate.evaluate(audits, baseline: read)
        #expect(known.passed)
        #expect(known.excused == 3)

        // A new failure, or a known check whose status got worse, fails again.
        var later = audits
        later[0].results.append(CheckResult(id: "legal.host.phone", status: .fail, severity: .error, message: .init(fr: "", en: "")))
        later[1].results[1].status = .fail
        let verdict = gate.evaluate(later, baseline: read)
        #expect(!verdict.passed)
        #expect(verdict.reasons.map(\.en) == [
            "www.example.fr: 1 check failed at severity notice or above: legal.host.phone",
            "autre.fr: 1 check failed at severity notice or above: legal.publisher.email",
        ])
    }

    private func brokenLinks(_ site: String, _ targets: [String], status: CheckStatus = .fail) -> SiteAudit {
        let evidence = targets.map { Evidence(url: site + $0, excerpt: "HTTP 404 — lié depuis \(site)/, \(site)/contact (+\(targets.count))") }
        let result = CheckResult(id: "nav.broken-links", status: status, severity: .error, message: .init(fr: "", en: ""), evidence: evidence)
        return SiteAudit(snapshot: SiteSnapshot(startURL: site + "/", homeURL: site + "/"), results: [result], scores: Scoring.scores([result]))
    }

    @Test func fingerprintsLeaveOutTheHostAndTheCounts() {
        let staging = Finding.all(in: brokenLinks("https://staging.example.fr:8443", ["/ancienne-page"]))
        let production = Finding.all(in: brokenLinks("https://www.example.fr", ["/ancienne-page", "/promo?x=1#haut"]))
        #expect(staging.map(\.key) == [.init(check: "nav.broken-links", page: "/ancienne-page", evidence: "http # — lié depuis /, /contact (+#)")])
        #expect(production.map(\.key.page) == ["/ancienne-page", "/promo?x=1"])
        #expect(production[0].key == staging[0].key, "same finding on staging and production, whatever the count of referrers")
        // A page of another site keeps its host.
        let outside = Finding.all(in: brokenLinks("https://www.example.fr", ["/x"]).with(evidenceURL: "https://partenaire.fr/offre"))
        #expect(outside.map(\.key.page) == ["https://partenaire.fr/offre"])
    }

    @Test func aNewBrokenLinkFailsTheGateAnOldOneDoesNot() {
        let baseline = Baseline(audits: [brokenLinks("https://staging.example.fr", ["/ancienne-page"])])
        let gate = Gate(failOn: .error)
        #expect(gate.evaluate([brokenLinks("https://www.example.fr", ["/ancienne-page"])], baseline: baseline).passed,
                "a baseline written on staging applies to production")
        let worse = [brokenLinks("https://www.example.fr", ["/ancienne-page", "/nouvelle-page"])]
        #expect(!gate.evaluate(worse, baseline: baseline).passed, "the check already failed, but this broken link is new")
        #expect(baseline.unknown(in: worse).map(\.key.page) == ["/nouvelle-page"])
        #expect(baseline.fixed(in: worse).isEmpty)
        let repaired = [brokenLinks("https://www.example.fr", [], status: .pass)]
        #expect(baseline.fixed(in: repaired).map(\.page) == ["/ancienne-page"], "a finding gone is reported as fixed")
    }

    @Test func versionOneBaselinesAreStillRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(#"{"version": 1, "findings": [{"site": "www.example.fr", "check": "legal.host.name", "status": "fail"}]}"#, to: "v1.json", in: folder)
        let legacy = try Baseline.read(from: folder.appendingPathComponent("v1.json").path)
        #expect(legacy.legacy.count == 1)
        let verdict = Gate(failOn: .error).evaluate([audits[0]], baseline: legacy)
        #expect(verdict.passed && verdict.excused == 1, "per check and host, as version 1 meant")
        try write(#"{"version": 3, "findings": []}"#, to: "v3.json", in: folder)
        let error = #expect(throws: ConfigurationError.self) { try Baseline.read(from: folder.appendingPathComponent("v3.json").path) }
        #expect(error?.reason.contains("--write-baseline") == true)
    }

    @Test func diffOfTwoAuditsByFinding() {
        let before = brokenLinks("https://staging.example.fr", ["/ancienne-page", "/promo"])
        var after = brokenLinks("https://www.example.fr", ["/promo", "/nouvelle-page"])
        after.results.append(CheckResult(id: "page.title", status: .warn, severity: .warning, message: .init(fr: "", en: "")))
        after.scores = Scoring.scores(after.results)
        let diff = AuditDiff(before: before, beforeDate: "2026-11-01", after: after)
        #expect(diff.new.map(\.key.page) == ["/nouvelle-page", ""])
        #expect(diff.fixed.map(\.key.page) == ["/ancienne-page"])
        #expect(diff.unchanged.map(\.key.page) == ["/promo"])
        #expect(diff.scores.first?.module == nil)
        #expect(diff.scores.map(\.module) == [nil, "structure", "page"], "overall, then the modules in report order")
        #expect(diff.scores[2].before == nil && diff.scores[2].change == nil, "a module new in this audit has no change")
    }

    @Test func malformedBaselineIsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(#"{"version": 1, "findings": [{"site": "a.fr", "check": "x", "status": "bad"}]}"#, to: "b.json", in: folder)
        let error = #expect(throws: ConfigurationError.self) { try Baseline.read(from: folder.appendingPathComponent("b.json").path) }
        #expect(error?.reason.hasPrefix("not a Vigie baseline") == true)
        #expect(throws: ConfigurationError.self) { try Baseline.read(from: folder.appendingPathComponent("none.json").path) }
    }
}

private extension SiteAudit {
    /// The audit with every evidence item pointing at `url`.
    func with(evidenceURL url: String) -> SiteAudit {
        var copy = self
        for index in copy.results.indices {
            copy.results[index].evidence = copy.results[index].evidence.map { Evidence(url: url, excerpt: $0.excerpt) }
        }
        return copy
    }
}
