import VigieCore

/// The lines `vigie audit --baseline` prints on stderr after the gate: how many findings the baseline knew, which
/// ones are new and which ones were fixed since it was written.
struct BaselineSummary {
    let known: Int
    let new: [Finding]
    let fixed: [Baseline.Entry]
    let legacy: Bool

    init(baseline: Baseline, audits: [SiteAudit]) {
        new = baseline.unknown(in: audits)
        fixed = baseline.fixed(in: audits)
        known = audits.flatMap(Finding.all).filter(baseline.knows).count
        legacy = !baseline.legacy.isEmpty
    }

    /// French takes the singular for 0 and 1, English for 1 only.
    func text(_ lang: ReportLanguage) -> String {
        let fr = lang == .fr
        if legacy {
            return fr
                ? "Référence au format 1 (une entrée par vérification et par hôte) : réécrivez-la avec --write-baseline pour suivre chaque constat.\n"
                : "Baseline in format 1 (one entry per check and host): write it again with --write-baseline to follow each finding.\n"
        }
        var line = fr
            ? "Référence : \(known) \(known <= 1 ? "constat connu" : "constats connus"), \(new.count) \(new.count <= 1 ? "nouveau" : "nouveaux"), \(fixed.count) \(fixed.count <= 1 ? "corrigé" : "corrigés")\n"
            : "Baseline: \(known) known \(known == 1 ? "finding" : "findings"), \(new.count) new, \(fixed.count) fixed\n"
        for finding in new.prefix(10) { line += "  + \(finding.key.check) \(place(finding.key))\n" }
        if new.count > 10 { line += "  + …\n" }
        for entry in fixed.prefix(10) { line += "  − \(entry.check) \(place(entry.key))\n" }
        if fixed.count > 10 { line += "  − …\n" }
        return line
    }

    private func place(_ key: Finding.Key) -> String {
        (key.page.isEmpty ? "" : key.page) + (key.evidence.isEmpty ? "" : " « \(key.evidence.prefix(80)) »")
    }
}

/// `--compare-to`: each audited site gets what changed since its earlier audit.
enum SinceLast {
    static func attach(_ previous: RecordedReport, to audits: inout [SiteAudit]) {
        for pair in AuditDiff.pairs(before: previous.sites, after: audits) {
            guard let index = audits.firstIndex(where: { $0.snapshot.startURL == pair.after.snapshot.startURL }) else { continue }
            audits[index].sinceLast = AuditDiff(before: pair.before, beforeDate: previous.generatedAt, after: pair.after)
        }
    }
}
