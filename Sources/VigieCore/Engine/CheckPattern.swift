/// Names one check or a family of checks, in profiles and `.vigie.yml`: an id (`page.title`), a glob on ids
/// (`legal.*`, `legal.publisher.*`, `*.phone`) or a module name (`structure`, which holds `header.*`, `body.*`…).
public struct CheckPattern: Sendable, Hashable, CustomStringConvertible {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public var description: String { text }

    /// Whether the pattern is an exact id (no `*`, not a module name).
    public var isExact: Bool { !text.contains("*") && CheckModule(rawValue: text) == nil }

    /// Whether the check `id` of `module` is named by this pattern.
    public func matches(_ id: String, module: CheckModule) -> Bool {
        if text == id || text == module.rawValue { return true }
        return text.contains("*") && Self.glob(Array(text), Array(id))
    }

    /// How precise the pattern is: an exact id beats any glob, a longer glob beats a shorter one, a module name comes last.
    public var specificity: Int {
        if CheckModule(rawValue: text) != nil { return 0 }
        return isExact ? Int.max : text.count
    }

    /// Whether some check of `catalog` matches, or the pattern names a whole family of ids that may not have
    /// checks yet (`legal.*` where the id prefix is one of a module's).
    public func isKnown(in catalog: [CheckMeta]) -> Bool {
        if catalog.contains(where: { matches($0.id, module: $0.module) }) || CheckModule(rawValue: text) != nil { return true }
        guard let first = text.split(separator: ".").first, text.contains("*") else { return false }
        return CheckModule.allCases.contains { $0.idPrefixes.contains(String(first)) }
    }

    /// `*` matches any run of characters (dots included); everything else matches itself.
    private static func glob(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0, star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] != "*", pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

extension CheckModule {
    /// The first segments of the ids of this module's checks (`structure` holds `header.*`, `body.*`, `footer.*`, `nav.*`).
    public var idPrefixes: [String] {
        self == .structure ? ["header", "body", "footer", "nav"] : [rawValue]
    }
}

/// A set of severity rules keyed by pattern; the most specific matching pattern wins.
struct SeverityRules: Sendable {
    var rules: [(pattern: CheckPattern, severity: Severity)]

    init(_ map: [String: Severity]) {
        rules = map.map { (CheckPattern($0.key), $0.value) }
            .sorted { ($0.pattern.specificity, $0.pattern.text) > ($1.pattern.specificity, $1.pattern.text) }
    }

    /// The severity given to check `id`, if any pattern names it.
    func severity(for id: String, module: CheckModule) -> Severity? {
        rules.first { $0.pattern.matches(id, module: module) }?.severity
    }
}
