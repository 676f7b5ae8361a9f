/// The result of one check for one site.
public struct CheckResult: Sendable, Hashable, Codable {
    public var id: String
    /// The module of the check (set by the auditor from the catalogue).
    public var module: CheckModule?
    public var status: CheckStatus
    public var severity: Severity
    public var message: Localized
    public var evidence: [Evidence]
    /// Check-specific facts (the SIREN read, the trackers found, the pages that fail…).
    public var data: [String: JSONValue]
    /// Facts the check lists for the reader (the trackers found, the calls to action), as a table any renderer can draw.
    public var table: ResultTable?
    /// What the check took the site to be, for the reader to correct (« éditeur : société ; vente en ligne : oui »).
    public var assumption: Localized?

    public init(
        id: String, module: CheckModule? = nil, status: CheckStatus, severity: Severity, message: Localized,
        evidence: [Evidence] = [], data: [String: JSONValue] = [:], table: ResultTable? = nil, assumption: Localized? = nil
    ) {
        self.id = id
        self.module = module
        self.status = status
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.data = data
        self.table = table
        self.assumption = assumption
    }

    /// The value the check read (the SIREN, the host's name…): `data["value"]`, the shared key every check may set.
    public var value: String? { data["value"].flatMap(JSONValue.plainText) }

    /// How many pages the finding concerns: `data["pages_failing"]`, the shared key of page-level checks.
    public var pagesAffected: Int? {
        if case .number(let n)? = data["pages_failing"], n >= 1 { return Int(n) }
        return nil
    }

    /// The same result with `table` for the reader.
    public func with(_ table: ResultTable?) -> CheckResult {
        var result = self
        result.table = table
        return result
    }

    /// Whether the result needs work (`fail` or `warn`).
    public var isFinding: Bool { status == .fail || status == .warn }
}

/// A small table a check hands to every renderer: localised column names, rows of cells. A cell is
/// `Localized` so that verbatim text (a tracker's name) and the auditor's words (« oui ») both fit.
public struct ResultTable: Sendable, Hashable, Codable {
    public var columns: [Localized]
    public var rows: [[Localized]]
    /// The table's title (« Traceurs chargés par les pages »).
    public var title: Localized
    /// The columns whose cells quote the page (a button's label): renderers show them as quotes.
    public var quoted: [Int]

    public init(title: Localized, columns: [Localized], rows: [[Localized]], quoted: [Int] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.quoted = quoted
    }
}
