import Foundation
import TestServer
import Testing

/// Every fixture site (served over HTTP by the test server) and the demo, rendered by the real binary in French
/// and in English, with the default and the BTS NDRC profiles: the report is one decision per fact (no passing
/// check among the actions, no grid strength from a failed check, counts that agree with their tables) and one
/// language throughout (no « (s) », no template key, no common word of the other language outside quotes).
@Suite(.serialized) struct ReportCoherenceTests {
    /// A rendered report: its Markdown and its JSON twin.
    struct Rendered {
        var name: String
        var lang: String
        var profile: String
        var markdown: String
        var checks: [[String: Any]]
        var grid: [String: [[String: Any]]]
    }

    static let fixtures: [String] = {
        let folder = AuditCommandTests.root.appendingPathComponent("Tests/Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        // fuzz-regressions and sitemaps hold inputs for parsers, not sites
        return names.filter { !["fuzz-regressions", "sitemaps"].contains($0) && !$0.hasPrefix(".") }.sorted()
    }()

    /// Renders every fixture and the demo in both languages and both profiles.
    static func renderAll() throws -> [Rendered] {
        let root = AuditCommandTests.root
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var targets: [(name: String, target: String, server: TestHTTPServer?)] = []
        for fixture in fixtures {
            let server = try TestHTTPServer(directory: root.appendingPathComponent("Tests/Fixtures/" + fixture).path)
            targets.append((fixture, server.baseURL + "/", server))
        }
        targets.append(("demo", "demo", nil))
        defer { targets.forEach { $0.server?.stop() } }
        var rendered: [Rendered] = []
        for (name, target, _) in targets {
            for lang in ["fr", "en"] {
                for profile in ["default", "bts-ndrc"] {
                    let file = output.appendingPathComponent("\(name)-\(lang)-\(profile).md")
                    let run = try vigie(["audit", target, "--quiet", "--lang", lang, "--profile", profile, "--format", "markdown", "--format", "json",
                                         "--timeout", "5", "--output", file.path], in: root)
                    #expect(run.status == 0 || run.status == 1, "\(name) \(lang) \(profile): \(run.stderr)")
                    let markdown = try String(contentsOf: file, encoding: .utf8)
                    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file.deletingPathExtension().appendingPathExtension("json"))) as? [String: Any]
                    let site = try #require((json?["sites"] as? [[String: Any]])?.first)
                    rendered.append(Rendered(name: name, lang: lang, profile: profile, markdown: markdown,
                                             checks: site["checks"] as? [[String: Any]] ?? [],
                                             grid: site["grid"] as? [String: [[String: Any]]] ?? [:]))
                }
            }
        }
        return rendered
    }

    /// Rendered once for all the tests (read only afterwards).
    nonisolated(unsafe) static let reports: Result<[Rendered], any Error> = Result { try renderAll() }

    static func findings(_ checks: [[String: Any]]) -> [[String: Any]] {
        checks.filter { ["fail", "warn"].contains($0["status"] as? String) }
    }

    /// The lines of the section under `heading` (up to the next heading of the same or a higher level).
    static func section(_ markdown: String, _ heading: String) -> [String] {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading) else { return [] }
        let level = heading.prefix { $0 == "#" }.count
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { line in
            let marks = line.prefix { $0 == "#" }.count
            return marks > 0 && marks <= level && line.dropFirst(marks).hasPrefix(" ")
        } ?? lines.endIndex
        return Array(lines[(start + 1)..<end])
    }

    /// The bold title of a numbered action line (`1. ❌ **Title** (…)`).
    static func actionTitle(_ line: String) -> String? {
        guard line.first?.isNumber == true, let open = line.range(of: "**"),
              let close = line.range(of: "**", range: open.upperBound..<line.endIndex) else { return nil }
        return String(line[open.upperBound..<close.lowerBound])
    }

    /// Markdown's escaping undone, for comparing with the JSON's plain text.
    static func unescaped(_ text: String) -> String {
        var out = ""
        var escaping = false
        for character in text {
            if character == "\\", !escaping { escaping = true; continue }
            escaping = false
            out.append(character)
        }
        return out
    }

    @Test func everyFixtureAndTheDemoAreRendered() throws {
        let reports = try Self.reports.get()
        #expect(Self.fixtures.count >= 7)
        #expect(reports.count == (Self.fixtures.count + 1) * 4)
    }

    @Test func anActionIsNeverAPassingCheck() throws {
        for report in try Self.reports.get() {
            let passing = Set(report.checks.filter { !["fail", "warn"].contains($0["status"] as? String) }.compactMap { $0["heading"] as? String })
            let failing = Set(Self.findings(report.checks).compactMap { $0["heading"] as? String })
            let summary = report.profile == "bts-ndrc" ? "## Axes de progression" : "## Plan d'action complet"
            let heading = report.lang == "fr" ? summary : (report.profile == "bts-ndrc" ? "## Areas for improvement" : "## Full action plan")
            var lines = Self.section(report.markdown, report.lang == "fr" ? "## Synthèse" : "## Summary") + Self.section(report.markdown, heading)
            lines = lines.map { $0.hasPrefix("- **") ? "1. " + $0.dropFirst(2) : $0 }
            for line in lines {
                guard let title = Self.actionTitle(line).map(Self.unescaped) else { continue }
                #expect(!passing.contains(title) || failing.contains(title), "\(report.name) \(report.lang) \(report.profile): the action « \(title) » is a passing check")
            }
            // as many actions as causes: never more than findings
            let actions = lines.filter { Self.actionTitle($0) != nil && $0.first?.isNumber == true }.count
            #expect(actions <= Self.findings(report.checks).count + 5, "\(report.name): \(actions) actions for \(Self.findings(report.checks).count) findings")
        }
    }

    @Test func aGridStrengthNeverComesFromAFailedCheck() throws {
        for report in try Self.reports.get() {
            let status = Dictionary(report.checks.compactMap { check in (check["id"] as? String).map { ($0, check["status"] as? String ?? "") } }) { a, _ in a }
            for (scope, entries) in report.grid {
                for entry in entries {
                    let check = entry["check"] as? String ?? ""
                    let kind = entry["kind"] as? String
                    // a failed check may praise the home page (its failure is elsewhere) only when the site's grid
                    // shows the failure too; it never praises the whole site without a weakness beside
                    let weaknesses = (scope == "home" ? report.grid["site"] ?? [] : entries)
                        .filter { $0["check"] as? String == check && $0["kind"] as? String == "weakness" }
                    if kind == "strength", status[check] == "fail" {
                        #expect(!weaknesses.isEmpty, "\(report.name) \(scope): « \(entry["text"] ?? "") » praises \(check), which fails")
                    }
                    if kind == "weakness" {
                        #expect(status[check] != "pass" || scope == "home", "\(report.name) \(scope): « \(entry["text"] ?? "") » blames \(check), which passes")
                    }
                }
            }
        }
    }

    /// Two checks that read the same fact agree on it: a call to action in the home page's header is a call to
    /// action on the home page (the report once praised « Devis immédiat » in the header and failed the home page).
    @Test func checksOnTheSameFactAgree() throws {
        for report in try Self.reports.get() where report.lang == "fr" {
            let status = Dictionary(report.checks.compactMap { check in (check["id"] as? String).map { ($0, check["status"] as? String ?? "") } }) { a, _ in a }
            if status["header.cta"] == "pass" {
                #expect(status["cta.home"] != "fail", "\(report.name): a call to action in the header, none on the home page")
            }
        }
    }

    @Test func countsAgreeWithTheirTables() throws {
        for report in try Self.reports.get() where report.lang == "fr" {
            let label = "\(report.name) \(report.profile)"
            // the summary table: findings and points to verify per module, as the JSON has them
            let modules = ["Mentions légales": "legal", "Cookies et traceurs": "cookies", "Appels à l'action": "cta", "Mobile": "responsive",
                           "Structure": "structure", "Bases des pages": "page"]
            let table = Self.section(report.markdown, "## Synthèse").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Module") }
            #expect(!table.isEmpty, "\(label): no score table")
            var unknownTotal = 0
            for row in table {
                let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count == 4, let module = modules[cells[0]] else { continue }
                let own = report.checks.filter { $0["module"] as? String == module }
                #expect(Int(cells[2]) == Self.findings(own).count, "\(label) \(cells[0]): \(cells[2]) findings in the summary")
                let unknown = own.filter { $0["status"] as? String == "unknown" }.count
                #expect(Int(cells[3]) == unknown, "\(label) \(cells[0]): \(cells[3]) points to verify in the summary, \(unknown) undecided")
                unknownTotal += unknown
            }
            // the « À vérifier » list has one item per undecided check
            let listed = Self.section(report.markdown, "## À vérifier").filter { $0.first?.isNumber == true }.count
            #expect(listed == unknownTotal, "\(label): \(listed) points listed, \(unknownTotal) undecided")
            // a heading's page count is the check's
            for check in report.checks {
                guard let heading = check["heading"] as? String, let range = heading.range(of: #"\((\d+) pages?\)$"#, options: .regularExpression) else { continue }
                let count = Int(heading[range].filter(\.isNumber))
                let data = check["data"] as? [String: Any]
                #expect(count == (data?["pages_failing"] as? Int), "\(label) \(check["id"] ?? ""): « \(heading) »")
            }
        }
    }

    @Test func resultsAreHeadedByTheTitleOfTheirStatus() throws {
        for report in try Self.reports.get() {
            let appendix = report.markdown.components(separatedBy: "\n").filter { $0.hasPrefix("- ") }
            for check in report.checks {
                let id = check["id"] as? String ?? ""
                guard let heading = check["heading"] as? String else {
                    Issue.record("\(id) has no heading")
                    continue
                }
                // the appendix lists every check under the heading of its status
                let line = appendix.first { $0.contains("(\(id))") && $0.hasPrefix("- ") }
                let plain = line.map(Self.unescaped)?.replacingOccurrences(of: "\u{00A0}", with: " ")
                #expect(plain?.contains("**" + heading + "**") == true, "\(report.name) \(report.lang): \(id) is not headed « \(heading) »")
            }
        }
    }

    /// Words that would betray the other language in Vigie's own text.
    static let french = ["aucun", "aucune", "avec", "sans", "depuis", "trouvé", "lue", "lues", "pied de page", "en-tête", "accueil", "conforme",
                         "à améliorer", "élément", "oui", "pour", "dans", "une", "des", "les", "du", "est", "sur", "non", "page lue"]
    static let english = ["the", "found", "missing", "with", "without", "page read", "link to", "footer", "header", "checked", "and", "not",
                          "none", "yes", "warning", "notice", "pass", "fail"]

    /// What may legitimately be in the other language: quotes of the page (« », “ ”, "…"), URLs, code, CSS
    /// selectors, check ids, escaped markup.
    static let quoted = try! NSRegularExpression(pattern: [
        #"«[^»]*»"#, #"“[^”]*”"#, #""[^"]*""#, #"https?://\S+"#, #"`[^`]*`"#, #" — (élément|element) .*$"#,
        #"\((legal|cookies|cta|responsive|header|body|footer|nav|page)\.[a-z0-9.-]+\)"#, #"\\<[^\n]*?\\>"#,
    ].joined(separator: "|"))

    /// One pattern for the words of a language, whole words only.
    static func words(_ list: [String]) -> NSRegularExpression {
        try! NSRegularExpression(pattern: #"(?<![\p{L}\-])("# + list.map(NSRegularExpression.escapedPattern).joined(separator: "|") + #")(?![\p{L}\-])"#)
    }

    /// A line without what may legitimately be in the other language, lower-cased (legal references too are left out).
    static func ownWords(_ line: String, references: [String]) -> String {
        var text = line
        for reference in references where text.contains(reference) { text = text.replacingOccurrences(of: reference, with: "") }
        text = quoted.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
        return text.lowercased()
    }

    @Test func oneLanguagePerReportRealPluralsAndNoTemplateKey() throws {
        for report in try Self.reports.get() {
            let label = "\(report.name) \(report.lang) \(report.profile)"
            #expect(!report.markdown.contains("(s)"), "\(label) has « (s) »")
            #expect(!report.markdown.contains("{pages}") && report.markdown.range(of: #"\{[a-z_]+\}"#, options: .regularExpression) == nil, "\(label) has a template key")
            let references = report.checks.compactMap { $0["reference"] as? String }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
            let foreign = Self.words(report.lang == "en" ? Self.french : Self.english)
            for (number, line) in report.markdown.components(separatedBy: "\n").enumerated() {
                let own = Self.ownWords(line, references: references)
                if let match = foreign.firstMatch(in: own, range: NSRange(own.startIndex..., in: own)), let word = Range(match.range, in: own) {
                    Issue.record("\(label) line \(number + 1): « \(own[word]) » in « \(line.prefix(160)) »")
                }
            }
            if report.lang == "fr" {
                // French typography: the space before « : » is a no-break space in Vigie's own words
                #expect(report.markdown.contains("\u{00A0}:"), "\(label): no no-break space before a colon")
            } else {
                #expect(!report.markdown.contains("\u{00A0}"), "\(label): a French no-break space in English")
            }
        }
    }

    @Test func theLanguageScanFindsForeignWordsOutsideQuotes() {
        let french = Self.words(Self.french)
        func finds(_ line: String) -> Bool {
            let own = Self.ownWords(line, references: ["loi du 29 juillet 1982"])
            return french.firstMatch(in: own, range: NSRange(own.startIndex..., in: own)) != nil
        }
        #expect(finds("- ❌ fail — **No logo** — Aucun logo in the header."))
        #expect(finds("| Footer | Lien vers les CGV |"))
        #expect(!finds("- ✅ pass — **Logo** — Logo “Aucun souci” found — element header a (header.logo)"))
        #expect(!finds("| Editor | — n/a | Not required. | | LCEN ; loi du 29 juillet 1982 |"))
        #expect(!finds("  - https://example.fr/pour-les-pros — « Menuiserie sur mesure »"))
    }

    @Test func theExamGridKeepsTheMobileLineAndTheCallsToAction() throws {
        for report in try Self.reports.get() where report.profile == "bts-ndrc" && report.lang == "fr" {
            let entries = report.grid["home"] ?? []
            let status = Dictionary(report.checks.compactMap { check in (check["id"] as? String).map { ($0, check["status"] as? String ?? "") } }) { a, _ in a }
            if status["responsive.viewport"] == "fail" || status["responsive.viewport"] == "warn" {
                #expect(entries.contains { $0["zone"] as? String == "navigation" && ($0["text"] as? String)?.hasPrefix("Site non responsive") == true }, "\(report.name)")
            }
            if status["cta.home"] == "fail" {
                #expect(entries.contains { $0["zone"] as? String == "body" && ($0["text"] as? String)?.hasPrefix("Pas de CTA") == true }, "\(report.name)")
            }
            // the legal checklist follows the exam, CGV items included
            let items = ["| Dénomination sociale |", "| Hébergeur (nom, adresse, téléphone) |", "| CGV — prix TTC en euros |", "| CGV — frais et date de livraison |",
                         "| CGV — modalités de paiement |", "| CGV — service après-vente et garanties |", "| CGV — droit de rétractation |",
                         "| CGV — durée de validité de l'offre |", "| CGV — coût de la communication à distance |"]
            let positions = items.map { report.markdown.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(report.name): \(zip(items, positions).filter { $0.1 == nil }.map(\.0))")
            let found = positions.compactMap { $0 }
            #expect(found == found.sorted(), "\(report.name): exam items out of order")
        }
    }
}
