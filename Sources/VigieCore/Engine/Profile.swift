import Yams

/// An audit profile (`rules/profiles/NAME.yml`): which checks run, with which severities, in which report order.
/// `default` runs everything; `bts-ndrc` is the exam grid; `ci` is strict.
public struct Profile: Sendable, Hashable, Decodable {
    /// "Warnings become errors" for a family of checks: a result of severity `from` (default `warning`)
    /// is reported as `to` (default `error`).
    public struct Promotion: Sendable, Hashable, Decodable {
        public var checks: [String]
        public var from: Severity
        public var to: Severity

        public init(checks: [String], from: Severity, to: Severity) {
            self.checks = checks
            self.from = from
            self.to = to
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case checks, from, to }

        public init(from decoder: Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            checks = try c.decode([String].self, forKey: .checks)
            from = try c.decodeChoice(Severity.self, forKey: .from) ?? .warning
            to = try c.decodeChoice(Severity.self, forKey: .to) ?? .error
        }
    }

    /// The file name without `.yml` (`bts-ndrc`).
    public var name: String
    public var title: Localized
    public var description: Localized?
    /// Patterns (ids, `legal.*`, module names) of the checks that run; nil runs them all.
    public var checks: [String]?
    /// Severity by pattern; the most specific pattern wins.
    public var severity: [String: Severity]
    public var promote: [Promotion]
    /// The report's module order; modules not named follow in the catalogue's order.
    public var order: [CheckModule]?

    public init(
        name: String, title: Localized, description: Localized? = nil, checks: [String]? = nil,
        severity: [String: Severity] = [:], promote: [Promotion] = [], order: [CheckModule]? = nil
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.checks = checks
        self.severity = severity
        self.promote = promote
        self.order = order
    }

    /// Every check, default severities, catalogue order: what runs when no profile file is at hand.
    public static let all = Profile(name: "default", title: Localized(fr: "Toutes les vérifications", en: "All checks"))

    /// The profile's own checklist (the BTS NDRC answer key's items, in the exam's order), when it has one.
    public var checklist: [ChecklistItem] = []

    /// The gate this profile sets when neither the command line nor `.vigie.yml` sets one (`ci`: fail on errors).
    public var gate: GateSettings?

    enum CodingKeys: String, CodingKey, CaseIterable { case name, title, description, checks, severity, promote, order, checklist, gate }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        title = try c.decode(Localized.self, forKey: .title)
        description = try c.decodeIfPresent(Localized.self, forKey: .description)
        checks = try c.decodeIfPresent([String].self, forKey: .checks)
        severity = try c.decodeChoiceMap(Severity.self, forKey: .severity) ?? [:]
        promote = try c.decodeIfPresent([Promotion].self, forKey: .promote) ?? []
        checklist = try c.decodeIfPresent([ChecklistItem].self, forKey: .checklist) ?? []
        gate = try c.decodeIfPresent(GateSettings.self, forKey: .gate)
        if var list = try? c.nestedUnkeyedContainer(forKey: .order) {
            var modules: [CheckModule] = []
            while !list.isAtEnd {
                let word = try list.decode(String.self)
                guard let module = CheckModule(rawValue: word) else {
                    let choices = CheckModule.allCases.map(\.rawValue)
                    var reason = "bad value '\(word)' — expected a module: \(choices.joined(separator: ", "))"
                    if let guess = Suggestion.closest(to: word, among: choices) { reason += "; did you mean '\(guess)'?" }
                    throw DecodingError.dataCorrupted(.init(codingPath: list.codingPath + [AnyCodingKey(intValue: list.currentIndex - 1)!], debugDescription: reason))
                }
                modules.append(module)
            }
            order = modules
        } else {
            order = try c.decodeIfPresent([CheckModule].self, forKey: .order)
        }
    }

    /// Whether the check runs under this profile.
    public func includes(_ meta: CheckMeta) -> Bool {
        guard let checks else { return true }
        return checks.contains { CheckPattern($0).matches(meta.id, module: meta.module) }
    }

    /// The severity a result of check `id` gets under this profile, from the check's own `severity`.
    public func severity(_ severity: Severity, of id: String, module: CheckModule) -> Severity {
        var level = SeverityRules(self.severity).severity(for: id, module: module) ?? severity
        for rule in promote where rule.from == level && rule.checks.contains(where: { CheckPattern($0).matches(id, module: module) }) {
            level = rule.to
        }
        return level
    }

    /// The position of `module` in the report under this profile.
    public func rank(of module: CheckModule) -> Int {
        let catalogue = CheckModule.allCases.firstIndex(of: module) ?? 0
        guard let order, let index = order.firstIndex(of: module) else { return (order?.count ?? 0) + catalogue }
        return index
    }
}

extension Profile {
    /// The pack name prefix of profiles in a RuleSet's sources.
    static let folder = "profiles/"

    /// The names of the profiles among the packs (`default`, `bts-ndrc`, `ci`, and any added by `--rules`).
    public static func names(in rules: RuleSet) -> [String] {
        rules.sources.keys.filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) }.sorted()
    }

    /// Reads profile `name` from the packs. With a `catalog`, every pattern must name a check or a family of
    /// checks: a typo is an error with its line rather than a check silently dropped.
    public static func load(_ name: String, from rules: RuleSet, catalog: [CheckMeta]? = nil) throws -> Profile {
        let pack = folder + name
        let file = rules.file(of: pack)
        guard let text = rules.sources[pack] else {
            let known = names(in: rules)
            var reason = "no such profile '\(name)' (profiles: \(known.joined(separator: ", ")))"
            if let guess = Suggestion.closest(to: name, among: known) { reason += " — did you mean '\(guess)'?" }
            throw RulePackError(file: file, line: nil, key: nil, reason: reason)
        }
        var profile: Profile
        do {
            profile = try YAMLDecoder().decode(Profile.self, from: text)
        } catch let error as DecodingError {
            throw RulePackError(decoding: error, file: file, text: text)
        } catch let error as YamlError {
            throw RulePackError(yaml: error, file: file)
        }
        if profile.name.isEmpty { profile.name = name }
        guard profile.name == name else {
            let path = [AnyCodingKey("name")]
            throw RulePackError(file: file, line: YAMLLocation.line(of: path, in: text), key: "name", reason: "the profile is named '\(profile.name)' but its file is '\(name).yml'")
        }
        if let catalog { try profile.validate(catalog, file: file, text: text) }
        return profile
    }

    /// Every profile of the packs, each validated against `catalog`.
    public static func loadAll(from rules: RuleSet, catalog: [CheckMeta]? = nil) throws -> [Profile] {
        try names(in: rules).map { try load($0, from: rules, catalog: catalog) }
    }

    private func validate(_ catalog: [CheckMeta], file: String, text: String) throws {
        var named: [(pattern: String, path: [CodingKey])] = []
        for (index, pattern) in (checks ?? []).enumerated() {
            named.append((pattern, [AnyCodingKey("checks"), AnyCodingKey(intValue: index)!]))
        }
        for pattern in severity.keys.sorted() {
            named.append((pattern, [AnyCodingKey("severity"), AnyCodingKey(pattern)]))
        }
        for (itemIndex, item) in checklist.enumerated() {
            for (index, pattern) in item.checks.enumerated() {
                named.append((pattern, [AnyCodingKey("checklist"), AnyCodingKey(intValue: itemIndex)!, AnyCodingKey("checks"), AnyCodingKey(intValue: index)!]))
            }
        }
        for (ruleIndex, rule) in promote.enumerated() {
            for (index, pattern) in rule.checks.enumerated() {
                named.append((pattern, [AnyCodingKey("promote"), AnyCodingKey(intValue: ruleIndex)!, AnyCodingKey("checks"), AnyCodingKey(intValue: index)!]))
            }
        }
        for (pattern, path) in named where !CheckPattern(pattern).isKnown(in: catalog) {
            var reason = "'\(pattern)' names no check"
            if let guess = Suggestion.closest(to: pattern, among: catalog.map(\.id)) { reason += " — did you mean '\(guess)'?" }
            throw RulePackError(file: file, line: YAMLLocation.line(of: path, in: text), key: YAMLLocation.keyPath(path), reason: reason)
        }
    }
}

/// One item of a profile's checklist: its wording, and the checks (ids or patterns) that answer it, in order.
public struct ChecklistItem: Sendable, Hashable, Codable {
    public var item: Localized
    public var checks: [String]

    public init(item: Localized, checks: [String]) {
        self.item = item
        self.checks = checks
    }
}
