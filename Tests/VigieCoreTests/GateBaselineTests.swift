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

    @Test func failOnCountsFailuresAtOrAboveTheSeverity() {
        #expect(Gate().evaluate(audits).passed, "no gate set: passes")
        let onError = Gate(failOn: .error).evaluate(audits)
        #expect(!onError.passed)
        #expect(onError.reasons.map(\.en) == ["www.example.fr: 1 check(s) failed at severity error or above: legal.host.name"])
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
            "www.example.fr : score global 27.3 inférieur au minimum 45",
            "autre.fr : score global 41.7 inférieur au minimum 45",
        ])
        #expect(Gate(minScore: 10).evaluate(audits).exitStatus == .success)
    }

    @Test func baselineRoundTripExcusesKnownFindings() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("baseline.json").path
        let baseline = Baseline(audits: audits)
        #expect(baseline.findings == [
            .init(site: "www.example.fr", check: "legal.host.name", status: .fail),
            .init(site: "www.example.fr", check: "page.title", status: .fail),
            .init(site: "autre.fr", check: "page.description", status: .fail),
            .init(site: "autre.fr", check: "legal.publisher.email", status: .warn),
        ])
        try baseline.write(to: path)
        let read = try Baseline.read(from: path)
        #expect(read == baseline)
        let json = try String(contentsOfFile: path, encoding: .utf8)
        #expect(json.contains(#""check" : "legal.host.name""#))

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
            "www.example.fr: 1 check(s) failed at severity notice or above: legal.host.phone",
            "autre.fr: 1 check(s) failed at severity notice or above: legal.publisher.email",
        ])
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
