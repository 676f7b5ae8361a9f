/// What changed between two audits of a site (`vigie diff OLD.json NEW.json`, `vigie audit … --compare-to OLD.json`):
/// findings new, fixed, changed (same place, other status) and unchanged, matched by `Finding.Key`, and the score
/// change overall and per module.
public struct AuditDiff: Sendable {
    /// One score before and after (nil when the module had no score in that audit).
    public struct ScoreChange: Sendable, Hashable {
        /// nil for the overall score.
        public var module: String?
        public var before: Double?
        public var after: Double?

        /// `after − before`, rounded to one decimal, when both exist.
        public var change: Double? {
            guard let before, let after else { return nil }
            return ((after - before) * 10).rounded() / 10
        }
    }

    /// A finding present in both audits with another status.
    public struct Change: Sendable {
        public var before: Finding
        public var after: Finding
    }

    /// The site as the older audit named it, and when that audit ran.
    public var beforeSite: String
    public var beforeDate: String
    public var afterSite: String
    /// Overall first, then each module in report order.
    public var scores: [ScoreChange]
    public var new: [Finding]
    public var fixed: [Finding]
    public var changed: [Change]
    public var unchanged: [Finding]

    public init(before: SiteAudit, beforeDate: String, after: SiteAudit) {
        beforeSite = before.snapshot.startURL
        self.beforeDate = beforeDate
        afterSite = after.snapshot.startURL
        let present = Set(before.scores.modules.keys).union(after.scores.modules.keys)
        let known = CheckModule.allCases.map(\.rawValue).filter(present.contains)
        let modules = known + present.subtracting(known).sorted()
        scores = [ScoreChange(module: nil, before: before.scores.overall, after: after.scores.overall)]
            + modules.map { ScoreChange(module: $0, before: before.scores.modules[$0], after: after.scores.modules[$0]) }
        let old = Finding.all(in: before)
        let current = Finding.all(in: after)
        let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let currentKeys = Set(current.map(\.key))
        var new: [Finding] = [], changed: [Change] = [], unchanged: [Finding] = []
        for finding in current {
            guard let earlier = oldByKey[finding.key] else { new.append(finding); continue }
            if earlier.status == finding.status { unchanged.append(finding) } else { changed.append(Change(before: earlier, after: finding)) }
        }
        self.new = new
        self.changed = changed
        self.unchanged = unchanged
        fixed = old.filter { !currentKeys.contains($0.key) }
    }

    /// Pairs the sites of two audits: one each, they are the same site (staging and production, a renamed
    /// host); otherwise by host, then by position. Sites of `after` without a match are left out.
    public static func pairs(before: [SiteAudit], after: [SiteAudit]) -> [(before: SiteAudit, after: SiteAudit)] {
        if before.count == 1, after.count == 1 { return [(before[0], after[0])] }
        var pairs: [(before: SiteAudit, after: SiteAudit)] = []
        for (index, audit) in after.enumerated() {
            let host = Baseline.site(of: audit)
            if let match = before.first(where: { Baseline.site(of: $0) == host }) ?? (before.indices.contains(index) ? before[index] : nil) {
                pairs.append((match, audit))
            }
        }
        return pairs
    }
}
