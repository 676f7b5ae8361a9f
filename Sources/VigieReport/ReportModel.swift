import VigieCore

/// A priority action: one cause, the failing checks behind it, and what ranks it (impact, severity, pages).
/// Texts are plain (not escaped), in both languages: any renderer reads it.
struct PriorityAction {
    /// What the site's owner should do, headed by the cause or by the one check's finding.
    var title: Localized
    /// The fix, in one line (the remedy of the check; for a shared cause, the findings it covers).
    var fix: Localized
    /// The failing results behind the action, in report order.
    var findings: [CheckResult]
    var impact: Impact
    /// The worst severity and status among the findings.
    var severity: Severity
    var status: CheckStatus
    /// The most pages one finding concerns (nil when no finding counts pages).
    var pages: Int?
    /// The pages named by the findings' evidence, once each.
    var urls: [String]
}

/// A point the audit could not decide, and how to verify it by hand.
struct PointToVerify {
    var result: CheckResult
    var title: Localized
    var how: Localized
}

/// The report's view of one section of a module: its checks in catalogue order.
struct SectionView {
    var section: ReportSection
    var results: [CheckResult]
}

extension SiteView {
    /// The metadata of a result's check (a minimal one, titled by the id, when the catalogue lacks it).
    func meta(_ result: CheckResult) -> CheckMeta {
        catalog[result.id] ?? CheckMeta(
            id: result.id, module: moduleOf(result), title: .verbatim(result.id), explanation: .verbatim(""), remedy: .verbatim(""),
            reference: "", severity: result.severity)
    }

    /// The module of a result: the catalogue's, else the result's own, else the core's id → module mapping.
    func moduleOf(_ result: CheckResult) -> CheckModule {
        catalog[result.id]?.module ?? result.module ?? CheckModule.of(id: result.id) ?? .page
    }

    /// The module of check `id`: the catalogue's, else the core's id → module mapping.
    func moduleOf(_ id: String) -> CheckModule {
        catalog[id]?.module ?? CheckModule.of(id: id) ?? .page
    }

    /// The heading of a result: what was found (pass or fail title), plain.
    func headingText(_ result: CheckResult) -> Localized {
        meta(result).heading(for: result)
    }

    /// The results of `module`, in catalogue order.
    func results(of module: CheckModule) -> [CheckResult] {
        audit.results.filter { moduleOf($0) == module }.sorted(by: catalogueOrder)
    }

    /// Section by section (in report order), the results of `module`; sections without a result are left out.
    func sections(of module: CheckModule) -> [SectionView] {
        let moduleResults = results(of: module)
        return ReportSection.allCases.compactMap { section in
            let inSection = moduleResults.filter { meta($0).section == section || (meta($0).section.module != module && section == .main(of: module)) }
            return inSection.isEmpty ? nil : SectionView(section: section, results: inSection)
        }
    }

    /// Catalogue order: module, section, then the check's order, then id.
    func catalogueOrder(_ a: CheckResult, _ b: CheckResult) -> Bool {
        let ma = meta(a), mb = meta(b)
        let sa = ReportSection.allCases.firstIndex(of: ma.section) ?? 0, sb = ReportSection.allCases.firstIndex(of: mb.section) ?? 0
        if sa != sb { return sa < sb }
        if ma.order != mb.order { return ma.order < mb.order }
        return a.id < b.id
    }

    /// The modules that ran, in the report's order (the profile's order kept by the auditor).
    var moduleList: [CheckModule] {
        var seen: Set<CheckModule> = []
        return audit.results.map(moduleOf).filter { seen.insert($0).inserted }
    }

    /// One action per cause, ranked by impact (a missing obligation first, then sanctioned ones), severity,
    /// fail before warn, pages affected, then catalogue order.
    var actions: [PriorityAction] {
        var groups: [(key: String, results: [CheckResult])] = []
        var index: [String: Int] = [:]
        for result in audit.results.sorted(by: catalogueOrder) where result.isFinding {
            let key = meta(result).cause?.key ?? "check:" + result.id
            if let at = index[key] { groups[at].results.append(result) } else {
                index[key] = groups.count
                groups.append((key, [result]))
            }
        }
        let made = groups.map { group -> PriorityAction in
            let first = group.results[0]
            let metas = group.results.map(meta)
            let cause = metas[0].cause
            var urls: [String] = []
            for url in group.results.flatMap({ $0.evidence.map(\.url) }) where !urls.contains(url) { urls.append(url) }
            let single = group.results.count == 1 && cause == nil
            let title = single ? headingText(first) : cause?.action ?? headingText(first)
            let fix = single ? metas[0].remedy : Localized(
                fr: group.results.map { headingText($0).fr }.joined(separator: " ; "),
                en: group.results.map { headingText($0).en }.joined(separator: "; "))
            return PriorityAction(
                title: title, fix: fix, findings: group.results, impact: metas.map(\.impact).min() ?? .advice,
                severity: group.results.map(\.severity).min() ?? .notice, status: group.results.map(\.status).min() ?? .warn,
                pages: group.results.compactMap(\.pagesAffected).max(), urls: urls)
        }
        return made.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            if a.impact != b.impact { return a.impact < b.impact }
            if a.severity != b.severity { return a.severity < b.severity }
            if a.status != b.status { return a.status < b.status }
            if (a.pages ?? 1) != (b.pages ?? 1) { return (a.pages ?? 1) > (b.pages ?? 1) }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// What the audit could not decide, in catalogue order, each with how to verify it.
    var pointsToVerify: [PointToVerify] {
        audit.results.sorted(by: catalogueOrder).filter { $0.status == .unknown }.map { result in
            let meta = meta(result)
            let how = meta.verify ?? Localized(
                fr: "Ouvrir le site dans un navigateur et vérifier à la main ce point : " + meta.explanation.fr,
                en: "Open the site in a browser and check this point by hand: " + meta.explanation.en)
            return PointToVerify(result: result, title: meta.title, how: how)
        }
    }

    /// Findings (fail and warn) of `module`.
    func findings(of module: CheckModule) -> [CheckResult] {
        results(of: module).filter(\.isFinding)
    }

    /// The assumptions the checks of `module` made about the site, once each.
    func assumptions(of module: CheckModule) -> [Localized] {
        var seen: Set<Localized> = []
        return results(of: module).compactMap(\.assumption).filter { seen.insert($0).inserted }
    }

    /// The results a checklist item names (ids or patterns), in catalogue order.
    func results(matching patterns: [String]) -> [CheckResult] {
        patterns.flatMap { pattern in
            audit.results.filter { CheckPattern(pattern).matches($0.id, module: moduleOf($0)) }.sorted(by: catalogueOrder)
        }
    }

    /// The strengths-and-weaknesses grid of the home page or of the whole site, from the results and the catalogue.
    func grid(home: Bool) -> AuditGrid {
        AuditGrid.build(home ? .home : .site, results: audit.results, catalog: catalog)
    }
}
