/// The result of one check for one site.
public struct CheckResult: Sendable, Hashable, Codable {
    public var id: String
    public var status: CheckStatus
    public var severity: Severity
    public var message: Localized
    public var evidence: [Evidence]
    /// Check-specific facts (the SIREN read, the trackers found, the pages that fail…).
    public var data: [String: JSONValue]

    public init(
        id: String, status: CheckStatus, severity: Severity, message: Localized,
        evidence: [Evidence] = [], data: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.status = status
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.data = data
    }
}
