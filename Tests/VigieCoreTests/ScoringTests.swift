import Testing
@testable import VigieCore

@Suite struct ScoringTests {
    private func result(_ id: String, _ status: CheckStatus, _ severity: Severity) -> CheckResult {
        CheckResult(id: id, status: status, severity: severity, message: .init(fr: "", en: ""))
    }

    /// The worked example of README.md, "## Scores".
    @Test func readmeWorkedExample() {
        let scores = Scoring.scores([
            result("legal.notice-page", .pass, .error),
            result("legal.host.name", .fail, .error),
            result("legal.publisher.ei-mention", .warn, .warning),
            result("legal.terms-of-sale", .na, .error),
            result("legal.withdrawal-function", .unknown, .error),
            result("page.title", .pass, .warning),
            result("page.lang", .pass, .warning),
            result("page.description", .fail, .notice),
            result("cookies.trackers", .info, .notice),
            result("cookies.prior-loading", .pass, .error),
        ])
        #expect(scores.modules == ["legal": 50, "page": 85.7, "cookies": 100])
        #expect(scores.overall == 70)
        #expect(scores.unknown == ["legal": 1])
    }

    @Test func nothingCountedScoresNothingPerModuleAndHundredOverall() {
        let scores = Scoring.scores([result("legal.terms-of-sale", .na, .error), result("cookies.trackers", .info, .notice)])
        #expect(scores.modules.isEmpty)
        #expect(scores.overall == 100)
        #expect(Scoring.scores([result("nav.https", .unknown, .error)]).unknown == ["structure": 1])
    }

    @Test func severityWeighsTheScore() {
        let errorFails = Scoring.scores([result("page.a", .fail, .error), result("page.b", .pass, .notice)])
        let noticeFails = Scoring.scores([result("page.a", .pass, .error), result("page.b", .fail, .notice)])
        #expect(errorFails.overall == 16.7)
        #expect(noticeFails.overall == 83.3)
    }
}
