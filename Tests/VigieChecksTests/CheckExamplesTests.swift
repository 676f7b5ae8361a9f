import Testing
import VigieChecks
import VigieCore
import VigieHTML

/// Runs every registered check on its own examples, each parsed with real libxml2 through
/// ExampleSnapshot, and checks the catalogue itself (ids, examples that pass and fail).
@Suite struct CheckExamplesTests {
    /// The embedded rule packs, decoded once.
    static let rules: Result<RuleSet, any Error> = Result {
        try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes)
    }

    static let parser: Result<HTMLParser, any Error> = rules.map { HTMLParser(zoneWords: $0.pack(ZoneWords.self)) }
    /// What the crawler does to each parsed page (trimming, compaction): the examples go through it too.
    static let postProcessing: Result<CrawlPostProcessing, any Error> = rules.map { CrawlPostProcessing(priorityWords: $0.pack(PriorityPageWords.self)) }

    @Test("Every example of the check gives its expected status", arguments: CheckRegistry.all.map(\.id))
    func examples(id: String) throws {
        let rules = try Self.rules.get()
        let parser = try Self.parser.get()
        let postProcessing = try Self.postProcessing.get()
        let check = try #require(CheckRegistry.check(id))
        for example in check.examples {
            let snapshot = ExampleSnapshot.build(example, parser: parser, postProcessing: postProcessing)
            let result = check.run(AuditContext(snapshot: snapshot, rules: rules, profile: example.profile))
            let evidence = result.evidence.map { "\($0.url) «\($0.excerpt ?? "")» \($0.selector ?? "")" }.joined(separator: " | ")
            #expect(
                result.status == example.expected,
                "\(id) / «\(example.name)»: expected \(example.expected), got \(result.status) — \(result.message.fr) — evidence: \(evidence)")
            #expect(result.id == id, "\(id) / «\(example.name)»: the result carries id \(result.id)")
            if result.status != .na {
                #expect(!result.evidence.isEmpty, "\(id) / «\(example.name)»: \(result.status) without evidence")
            }
        }
    }

    @Test("Every check has an example that passes and one that fails", arguments: CheckRegistry.all.map(\.id))
    func coverage(id: String) throws {
        let check = try #require(CheckRegistry.check(id))
        let statuses = Set(check.examples.map(\.expected))
        if statuses.contains(.info) { return }
        #expect(statuses.contains(.pass), "\(id) has no example that passes")
        #expect(statuses.contains(.fail) || statuses.contains(.warn), "\(id) has no example that fails or warns")
    }

    @Test("Check ids are unique and well formed")
    func ids() {
        let ids = CheckRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicated ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys.sorted())")
        for id in ids {
            #expect(Self.isWellFormed(id), "\(id) does not match ^[a-z]+(\\.[a-z0-9-]+)+$")
        }
    }

    @Test("Example names are unique within a check")
    func exampleNames() {
        for check in CheckRegistry.all {
            let names = check.examples.map(\.name)
            #expect(Set(names).count == names.count, "\(check.id) repeats an example name")
        }
    }

    /// `^[a-z]+(\.[a-z0-9-]+)+$`, without a regex engine.
    static func isWellFormed(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, !first.isEmpty, first.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    @Test("The id pattern accepts and rejects what it should")
    func idPattern() {
        #expect(Self.isWellFormed("legal.publisher.siren"))
        #expect(Self.isWellFormed("page.lang"))
        #expect(Self.isWellFormed("cta.above-fold"))
        #expect(!Self.isWellFormed("page"))
        #expect(!Self.isWellFormed("Page.lang"))
        #expect(!Self.isWellFormed("page..lang"))
        #expect(!Self.isWellFormed("page.lang_x"))
    }
}
