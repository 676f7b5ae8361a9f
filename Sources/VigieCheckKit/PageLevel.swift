import VigieCore

/// Folds page-level outcomes into one site-level result: the worst status wins, the failing pages are the evidence.
public struct PageLevel: Sendable {
    /// One page's outcome.
    public struct Outcome: Sendable {
        public var status: CheckStatus
        public var evidence: Evidence

        public init(_ status: CheckStatus, _ evidence: Evidence) {
            self.status = status
            self.evidence = evidence
        }
    }

    public var outcomes: [Outcome] = []

    public init() {}

    public mutating func add(_ status: CheckStatus, _ evidence: Evidence) {
        outcomes.append(Outcome(status, evidence))
    }

    /// The worst status among pages (`na` when there were none).
    public var status: CheckStatus { outcomes.map(\.status).min() ?? .na }

    /// The result: `message(failing, total)` words it; evidence lists failing pages first (at most `limit`).
    public func result(
        _ meta: CheckMeta, limit: Int = 20, message: (_ failing: Int, _ total: Int) -> Localized
    ) -> CheckResult {
        let failing = outcomes.filter { $0.status == .fail || $0.status == .warn }
        let shown = failing.isEmpty ? Array(outcomes.prefix(3)) : Array(failing.prefix(limit))
        return CheckResult(
            id: meta.id, status: status, severity: meta.severity, message: message(failing.count, outcomes.count),
            evidence: shown.map(\.evidence),
            data: ["pages_total": .number(Double(outcomes.count)), "pages_failing": .number(Double(failing.count))]
        )
    }
}

extension CheckMeta {
    /// A result of this check with its default severity.
    public func result(_ status: CheckStatus, _ message: Localized, evidence: [Evidence] = [], data: [String: JSONValue] = [:]) -> CheckResult {
        CheckResult(id: id, status: status, severity: severity, message: message, evidence: evidence, data: data)
    }
}
