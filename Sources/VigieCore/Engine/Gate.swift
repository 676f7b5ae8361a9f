/// Vigie's exit codes (README, "Exit codes").
public enum ExitStatus: Int32, Sendable {
    /// The audit ran and the gate passed (or no gate was set).
    case success = 0
    /// The gate failed: a finding at or above `fail_on`, or a score below `min_score`.
    case gateFailed = 1
    /// A usage or configuration error (bad option, malformed `.vigie.yml` or rule pack, unknown check id).
    case usage = 2
    /// A site could not be crawled at all (no home page: DNS, refused, TLS, timeout…).
    case unreachable = 3
}

/// The CI gate: fails when a check fails at `failOn` or a more serious severity, or when a site's overall score is
/// below `minScore`. Only `fail` results trip `failOn` (`warn` results lower the score, half credit, and so count
/// through `minScore`). Findings in the baseline do not trip `failOn`; the score is always the real one.
public struct Gate: Sendable, Hashable {
    public var failOn: Severity?
    public var minScore: Double?

    public init(failOn: Severity? = nil, minScore: Double? = nil) {
        self.failOn = failOn
        self.minScore = minScore
    }

    public init(_ settings: GateSettings) {
        self.init(failOn: settings.failOn, minScore: settings.minScore)
    }

    /// The gate's verdict on `audits`.
    public func evaluate(_ audits: [SiteAudit], baseline: Baseline? = nil) -> GateVerdict {
        var reasons: [Localized] = []
        var excused = 0
        for audit in audits {
            let site = Baseline.site(of: audit)
            if let failOn {
                var failing: [String] = []
                for result in audit.results where result.status == .fail && result.severity <= failOn {
                    if baseline?.contains(result, in: audit) == true { excused += 1 } else { failing.append(result.id) }
                }
                if !failing.isEmpty {
                    let list = failing.prefix(10).joined(separator: ", ") + (failing.count > 10 ? "…" : "")
                    let n = failing.count
                    reasons.append(Localized(
                        fr: "\(site)\u{00A0}: \(Plural.nfr(n, "contrôle", "contrôles")) en échec de gravité « \(Self.frenchName(failOn)) » ou plus\u{00A0}: \(list)",
                        en: "\(site): \(Plural.nen(n, "check", "checks")) failed at severity \(failOn.rawValue) or above: \(list)"))
                }
            }
            if let minScore, audit.scores.overall < minScore {
                reasons.append(Localized(
                    fr: "\(site)\u{00A0}: score global \(Self.frenchFormat(audit.scores.overall)) inférieur au minimum \(Self.frenchFormat(minScore))",
                    en: "\(site): overall score \(Self.format(audit.scores.overall)) is below the minimum \(Self.format(minScore))"))
            }
        }
        return GateVerdict(passed: reasons.isEmpty, reasons: reasons, excused: excused)
    }

    /// The severity as French reports name it (« erreur », « avertissement », « conseil »).
    static func frenchName(_ severity: Severity) -> String {
        switch severity {
        case .error: "erreur"
        case .warning: "avertissement"
        case .notice: "conseil"
        }
    }

    /// `80`, `62,5`: a score as French readers write it.
    static func frenchFormat(_ value: Double) -> String { String(format(value).map { $0 == "." ? "," : $0 }) }

    /// `80`, `62.5`: a score as people write it.
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths.rounded() == tenths ? String(Int(tenths)) : String(tenths)
    }
}

/// What the gate decided, and why.
public struct GateVerdict: Sendable, Hashable {
    public var passed: Bool
    /// One sentence per site and cause, for the end of the run.
    public var reasons: [Localized]
    /// Failures that the baseline accepted.
    public var excused: Int

    public init(passed: Bool, reasons: [Localized], excused: Int) {
        self.passed = passed
        self.reasons = reasons
        self.excused = excused
    }

    /// The lines that tell the verdict: `✗` and a reason each when it failed, one `✓` line when a gate was set and
    /// passed, nothing when no gate was set.
    public func told(_ gate: Gate, _ language: ReportLanguage) -> [String] {
        if !passed { return reasons.map { "✗ " + $0.text(language) } }
        guard gate.failOn != nil || gate.minScore != nil else { return [] }
        var rule: [String] = []
        if let failOn = gate.failOn { rule.append(language == .fr ? "aucun échec de gravité « \(Gate.frenchName(failOn)) » ou plus" : "no failure at severity \(failOn.rawValue) or above") }
        if let minScore = gate.minScore {
            rule.append(language == .fr ? "score global d'au moins \(Gate.frenchFormat(minScore))" : "overall score of at least \(Gate.format(minScore))")
        }
        return [language == .fr ? "✓ Seuil respecté\u{00A0}: " + rule.joined(separator: ", ") : "✓ Gate passed: " + rule.joined(separator: ", ")]
    }

    /// The process exit status for this verdict.
    public var exitStatus: ExitStatus { passed ? .success : .gateFailed }
}
