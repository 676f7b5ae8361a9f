import Dispatch

/// Runs the checks of a profile on one snapshot and folds the results into a SiteAudit.
public enum Auditor {
    /// The checks that run: those the profile selects, minus those `disabled` names (ids, `legal.*`, module names).
    public static func select(_ checks: [CheckDefinition], profile: Profile, disabled: [String] = []) -> [CheckDefinition] {
        let off = disabled.map(CheckPattern.init)
        return checks.filter { check in
            profile.includes(check.meta) && !off.contains { $0.matches(check.id, module: check.meta.module) }
        }
    }

    /// Audits `snapshot`: selects the checks (profile, `disabled`), runs them (pure functions, run concurrently),
    /// gives each result its severity (the profile's, then `severityOverrides` from `.vigie.yml`, patterns allowed),
    /// sorts the results by module (the profile's order) then id, scores them, and gathers why checks did not apply.
    public static func run(
        checks: [CheckDefinition], snapshot: SiteSnapshot, rules: RuleSet, profile: Profile, site: SiteProfile,
        disabled: [String] = [], severityOverrides: [String: Severity] = [:]
    ) -> SiteAudit {
        let selected = select(checks, profile: profile, disabled: disabled)
        let context = AuditContext(snapshot: snapshot, rules: rules, profile: site)
        let overrides = SeverityRules(severityOverrides)
        var results = runAll(selected, context)
        for index in results.indices {
            let meta = selected[index].meta
            var level = profile.severity(results[index].severity, of: meta.id, module: meta.module)
            if let forced = overrides.severity(for: meta.id, module: meta.module) { level = forced }
            results[index].severity = level
        }
        let modules = Dictionary(selected.map { ($0.id, $0.meta.module) }, uniquingKeysWith: { first, _ in first })
        results.sort { a, b in
            let ra = modules[a.id].map(profile.rank(of:)) ?? Int.max, rb = modules[b.id].map(profile.rank(of:)) ?? Int.max
            return ra != rb ? ra < rb : a.id < b.id
        }
        return SiteAudit(
            snapshot: snapshot, results: results, scores: Scoring.scores(results), profileName: profile.name,
            applicability: applicability(results), checklist: profile.checklist)
    }

    /// Audits `snapshot` with the settings of a configuration (`site:`, `checks.disable`, `checks.severity`).
    public static func run(
        checks: [CheckDefinition], snapshot: SiteSnapshot, rules: RuleSet, profile: Profile, configuration: Configuration
    ) -> SiteAudit {
        run(checks: checks, snapshot: snapshot, rules: rules, profile: profile, site: configuration.site,
            disabled: configuration.checks.disable ?? [], severityOverrides: configuration.checks.severity ?? [:])
    }

    /// Why checks did not apply: the messages of the `na` results (the checks word them), once each.
    public static func applicability(_ results: [CheckResult]) -> [Localized] {
        var seen = Set<Localized>()
        return results.filter { $0.status == .na }.map(\.message).filter { seen.insert($0).inserted }
    }

    /// Runs every check once, in parallel; result `i` belongs to check `i`.
    private static func runAll(_ checks: [CheckDefinition], _ context: AuditContext) -> [CheckResult] {
        let placeholder = CheckResult(id: "", status: .unknown, severity: .notice, message: Localized(fr: "", en: ""))
        var results = [CheckResult](repeating: placeholder, count: checks.count)
        let order = startOrder(checks)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot of a buffer allocated before and read after the loop,
            // and concurrentPerform returns only when every iteration is done: no two threads touch one slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: checks.count) { step in
                let index = order[step]
                var result = checks[index].run(context)
                result.id = checks[index].id
                result.module = checks[index].meta.module
                slots[index] = result
            }
        }
        return results
    }

    /// The order in which checks are started: the modules in turn (legal, cookies, CTA…), so that the
    /// threads do not all start on checks that wait for the same shared analysis (the legal facts, the
    /// cookie analysis) while the other analyses wait for a free thread.
    static func startOrder(_ checks: [CheckDefinition]) -> [Int] {
        var queues = CheckModule.allCases.map { module in checks.indices.filter { checks[$0].meta.module == module } }
        var order: [Int] = []
        order.reserveCapacity(checks.count)
        while order.count < checks.count {
            for module in queues.indices where !queues[module].isEmpty {
                order.append(queues[module].removeFirst())
            }
        }
        return order
    }
}
