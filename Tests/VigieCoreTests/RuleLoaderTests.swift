import Foundation
import Testing
@testable import VigieCore

@Suite struct RuleLoaderTests {
    static let types: [any RulePack.Type] = [ZoneWords.self, PriorityPageWords.self]

    /// The embedded packs equal the files in `rules/` (run `python3 scripts/embed-rules.py` when this fails).
    @Test func embeddedPacksEqualRulesFolder() throws {
        let rules = repositoryRoot.appendingPathComponent("rules")
        var onDisk: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: rules.path))
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".yml") else { continue }
            var text = try String(contentsOf: rules.appendingPathComponent(path), encoding: .utf8)
            while text.hasSuffix("\n") { text.removeLast() }
            onDisk[String(path.dropLast(4))] = text
        }
        #expect(onDisk.keys.contains("zones"))
        #expect(onDisk.keys.contains("profiles/bts-ndrc"))
        #expect(Set(onDisk.keys) == Set(EmbeddedRules.packs.keys), "packs differ: run python3 scripts/embed-rules.py")
        for (name, text) in onDisk {
            #expect(EmbeddedRules.packs[name] == text, "rules/\(name).yml differs from the embedded copy")
        }
    }

    @Test func embeddedPacksAndProfilesLoad() throws {
        let rules = try RuleLoader.load(overrides: nil, types: Self.types)
        #expect(rules.pack(ZoneWords.self).footer.contains("footer"))
        let profiles = try Profile.loadAll(from: rules)
        #expect(profiles.map(\.name) == ["bts-ndrc", "ci", "default"])
        let bts = try Profile.load("bts-ndrc", from: rules)
        #expect(bts.title.fr == "Grille BTS NDRC — audit de site marchand/vitrine")
        func meta(_ id: String) -> CheckMeta {
            CheckMeta(id: id, module: CheckModule.of(id: id)!, title: .init(fr: "", en: ""), explanation: .init(fr: "", en: ""),
                      remedy: .init(fr: "", en: ""), reference: "", severity: .warning)
        }
        let grid = ["legal.publisher.siren", "legal.host.name", "cookies.consent-tool", "header.logo", "body.h1", "footer.legal-links", "nav.broken-links", "page.title"]
        let outside = ["cookies.trackers", "cta.home", "responsive.viewport"]
        #expect(grid.allSatisfy { bts.includes(meta($0)) })
        #expect(!outside.contains { bts.includes(meta($0)) })
        let all = try Profile.load("default", from: rules)
        #expect((grid + outside).allSatisfy { all.includes(meta($0)) })
    }

    @Test func rulesFolderOverridesAndAddsPacks() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("header: [tete]\nnav: [menu]\nmain: [corps]\nfooter: [pied]\naside: []\n", to: "zones.yml", in: folder)
        try write("title: {fr: Ma grille, en: My grid}\nchecks: [page.*]\n", to: "profiles/mine.yml", in: folder)
        let rules = try RuleLoader.load(overrides: folder.path, types: Self.types)
        #expect(rules.pack(ZoneWords.self).header == ["tete"])
        #expect(rules.pack(PriorityPageWords.self).pages["cgv"]?.contains("cgv") == true, "packs not overridden stay embedded")
        #expect(Profile.names(in: rules) == ["bts-ndrc", "ci", "default", "mine"])
        #expect(rules.file(of: "zones") == folder.appendingPathComponent("zones.yml").path)
        let mine = try Profile.load("mine", from: rules)
        #expect(mine.name == "mine")
        #expect(mine.checks == ["page.*"])
    }

    @Test func badYAMLNamesFileAndLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("# zones\nheader: [a, b\nnav: [x]\n", to: "zones.yml", in: folder)
        let error = try #require(throws: RulePackError.self) { try RuleLoader.load(overrides: folder.path, types: Self.types) }
        #expect(error.file.hasSuffix("/zones.yml"))
        #expect(error.line == 3)
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("\(folder.path)/zones.yml:3: "))
    }

    @Test func wrongTypeNamesFileLineAndKey() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("# zones\nheader: [a]\nnav: [x]\nmain: [m]\nfooter:\n  inner: 1\naside: []\n", to: "zones.yml", in: folder)
        let error = try #require(throws: RulePackError.self) { try RuleLoader.load(overrides: folder.path, types: Self.types) }
        #expect(error.line == 5)
        #expect(error.key == "footer")
        #expect(error.description == "\(folder.path)/zones.yml:5 (footer): expected a list, found a mapping")
    }

    @Test func badYAMLInAnUnregisteredPackStillStops() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("words:\n  - a\n - b\n", to: "extra/words.yml", in: folder)
        let error = try #require(throws: RulePackError.self) { try RuleLoader.load(overrides: folder.path, types: Self.types) }
        #expect(error.file.hasSuffix("extra/words.yml"))
        #expect(error.line == 3)
    }

    @Test func embeddedPackErrorsNameRulesFile() throws {
        var sources = EmbeddedRules.packs
        sources["zones"] = "header: [a]\nnav: 3\nmain: []\nfooter: []\naside: []\n"
        let error = try #require(throws: RulePackError.self) { try RuleSet(sources: sources, types: Self.types) }
        #expect(error.description == "rules/zones.yml:2 (nav): expected a list, found '3'")
    }

    @Test func profileErrorsNameLineAndSuggest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The embedded profiles are checked against the catalog too: it holds the ids they name.
        // (the BTS NDRC checklist names legal checks one by one)
        let checklist = ["legal.publisher.name", "legal.publisher.address", "legal.publisher.phone", "legal.publisher.email", "legal.publisher.form", "legal.publisher.capital", "legal.publication-director", "legal.editor-in-chief", "legal.host.name", "legal.host.address", "legal.host.phone", "legal.publisher.registration", "legal.publisher.siren", "legal.publisher.vat", "legal.terms-of-sale", "legal.cgv.price", "legal.cgv.delivery", "legal.cgv.payment", "legal.cgv.after-sales", "legal.cgv.withdrawal", "legal.withdrawal-function", "legal.cgv.offer-duration", "legal.cgv.remote-cost", "legal.consumer-mediator", "legal.privacy-policy", "legal.privacy-rights", "legal.form-notice", "legal.terms-of-use"]
        let catalog = (["page.title", "cookies.consent-tool", "cookies.prior-loading", "cookies.refuse-option", "cookies.policy"] + checklist).map {
            CheckMeta(id: $0, module: CheckModule.of(id: $0)!, title: .init(fr: "t", en: "t"), explanation: .init(fr: "", en: ""), remedy: .init(fr: "", en: ""), reference: "", severity: .warning)
        }
        try write("title: {fr: a, en: b}\nchecks:\n  - legal.*\n  - page.titel\n", to: "profiles/typo.yml", in: folder)
        var error = try #require(throws: RulePackError.self) { try RuleLoader.load(overrides: folder.path, types: Self.types, catalog: catalog) }
        #expect(error.line == 4)
        #expect(error.reason == "'page.titel' names no check — did you mean 'page.title'?")

        try write("title: {fr: a, en: b}\nseverity:\n  page.title: erorr\n", to: "profiles/typo.yml", in: folder)
        error = try #require(throws: RulePackError.self) { try RuleLoader.load(overrides: folder.path, types: Self.types, catalog: catalog) }
        #expect(error.line == 3)
        #expect(error.key == "severity.page.title")
        #expect(error.reason.contains("did you mean 'error'?"))

        try write("title: {fr: a, en: b}\ncheck: [page.title]\n", to: "profiles/typo.yml", in: folder)
        error = try #require(throws: RulePackError.self) { try RuleLoader.load(overrides: folder.path, types: Self.types, catalog: catalog) }
        #expect(error.line == 2)
        #expect(error.reason == "unknown key 'check' — did you mean 'checks'?")
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: RulePackError.self) { try RuleLoader.load(overrides: "/nonexistent/vigie-rules", types: Self.types) }
    }
}
