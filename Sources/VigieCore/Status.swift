/// The outcome of a check for a site (see CHECKS.md).
public enum CheckStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case pass, fail, warn, info, na, unknown

    /// Order used when several page-level outcomes are folded into one: worst first.
    private var rank: Int {
        switch self {
        case .fail: 0
        case .warn: 1
        case .unknown: 2
        case .pass: 3
        case .info: 4
        case .na: 5
        }
    }

    public static func < (a: CheckStatus, b: CheckStatus) -> Bool { a.rank < b.rank }
}

/// The weight of a check when it fails.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case error, warning, notice

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .notice: 2
        }
    }

    /// `error` < `warning` < `notice`: the most serious sorts first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
