/// Scores 0–100 from check results (the formula is in README.md, "Scores").
///
/// Each counted result weighs its severity (error 5, warning 3, notice 1) and earns a share of that weight:
/// `pass` all of it, `warn` half, `fail` none. `info` is not counted; `na` and `unknown` are left out, and
/// `unknown` results are counted per module in `Scores.unknown` so that a score is never silently inflated.
/// A module's score is earned ÷ weight × 100; the overall score pools the results of all modules the same way.
/// Modules with no counted result get no score; with no counted result at all, the overall score is 100.
public enum Scoring {
    /// The weight of a severity.
    public static func weight(_ severity: Severity) -> Double {
        switch severity {
        case .error: 5
        case .warning: 3
        case .notice: 1
        }
    }

    /// The share of its weight a status earns; nil when the status is not counted.
    public static func credit(_ status: CheckStatus) -> Double? {
        switch status {
        case .pass: 1
        case .warn: 0.5
        case .fail: 0
        case .info, .na, .unknown: nil
        }
    }

    /// Scores of `results`, by module (found from each id's first segment) and overall, rounded to 0.1.
    public static func scores(_ results: [CheckResult]) -> Scores {
        var earned: [String: Double] = [:], weights: [String: Double] = [:], unknown: [String: Int] = [:]
        for result in results {
            let module = (result.module ?? CheckModule.of(id: result.id))?.rawValue ?? String(result.id.prefix { $0 != "." })
            if result.status == .unknown { unknown[module, default: 0] += 1 }
            guard let credit = credit(result.status) else { continue }
            weights[module, default: 0] += weight(result.severity)
            earned[module, default: 0] += weight(result.severity) * credit
        }
        var modules: [String: Double] = [:]
        for (module, weight) in weights where weight > 0 {
            modules[module] = rounded(100 * (earned[module] ?? 0) / weight)
        }
        let total = weights.values.reduce(0, +)
        let overall = total > 0 ? rounded(100 * earned.values.reduce(0, +) / total) : 100
        return Scores(overall: overall, modules: modules, unknown: unknown)
    }

    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

extension CheckModule {
    /// The module of check `id`, from its first segment (`legal.host.name` → legal, `header.logo` → structure).
    public static func of(id: String) -> CheckModule? {
        let first = String(id.prefix { $0 != "." })
        return allCases.first { $0.idPrefixes.contains(first) }
    }
}
