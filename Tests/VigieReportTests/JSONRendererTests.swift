import Foundation
import Testing
import VigieCore
@testable import VigieReport

@Suite struct JSONRendererTests {
    /// The schema: `docs/report.schema.json` in the repository, else `shared/report.schema.json` beside it.
    static func schemaPath() throws -> String {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["docs/report.schema.json", "shared/report.schema.json"] {
                let path = folder.appendingPathComponent(candidate).path
                if FileManager.default.fileExists(atPath: path) { return path }
            }
            folder.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "report.schema.json not found (docs/ of the repository)"])
    }

    /// Validates `json` against the schema with python3's jsonschema (Draft 2020-12); returns the errors, one a line.
    static func validate(_ json: Data) throws -> String {
        let python = try #require(Tools.python3)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.Draft202012Validator(schema)
            errors = sorted(validator.iter_errors(json.load(sys.stdin)), key=lambda e: list(e.absolute_path))
            for e in errors: print(list(e.absolute_path), e.message)
            sys.exit(1 if errors else 0)
            """
        let run = try Tools.run(python, ["-c", script, try schemaPath()], input: json)
        #expect(!run.err.contains("ModuleNotFoundError"), "pip install jsonschema")
        return run.out + run.err
    }

    @Test(.enabled(if: Tools.python3 != nil, "python3 is not installed: the JSON Schema validation needs python3 with jsonschema"))
    func outputValidatesAgainstTheSchema() throws {
        for report in [ReportFixtures.report(), ReportFixtures.report(.en, profile: "bts-ndrc"),
                       ReportFixtures.report(sites: [ReportFixtures.audit(), ReportFixtures.audit(host: "b.example")])] {
            let errors = try Self.validate(JSONRenderer.render(report))
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    @Test(.enabled(if: Tools.python3 != nil, "python3 is not installed: the JSON Schema validation needs python3 with jsonschema"))
    func longExcerptsOfManyCodePointsStayWithinTheSchema() throws {
        var audit = ReportFixtures.audit()
        // 200 characters of 7 code points each: within Evidence's 200 characters, far over 400 code points
        audit.results[0].evidence = [Evidence(url: "https://a.example/", excerpt: String(repeating: "👨‍👩‍👧‍👦", count: 200))]
        let data = JSONRenderer.render(ReportFixtures.report(sites: [audit]))
        let errors = try Self.validate(data)
        #expect(errors.isEmpty, "\(errors)")
        #expect(JSONRenderer.EvidenceItem.fit(String(repeating: "é", count: 500)).unicodeScalars.count == 400)
    }

    @Test(.enabled(if: Tools.python3 != nil, "python3 is not installed: the JSON Schema validation needs python3 with jsonschema"))
    func validatorRejectsABrokenDocument() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: JSONRenderer.render(ReportFixtures.report())) as? [String: Any])
        var sites = try #require(object["sites"] as? [[String: Any]])
        var checks = try #require(sites[0]["checks"] as? [[String: Any]])
        checks[0]["status"] = "passed"
        sites[0]["checks"] = checks
        object["sites"] = sites
        let errors = try Self.validate(JSONSerialization.data(withJSONObject: object))
        #expect(errors.contains("'passed' is not one of"))
    }

    @Test func nonFiniteNumbersDoNotEmptyTheDocument() throws {
        var audit = ReportFixtures.audit()
        audit.results[0].data["ratio"] = .number(.nan)
        audit.scores.overall = .infinity
        let data = JSONRenderer.render(ReportFixtures.report(sites: [audit]))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let site = try #require((object["sites"] as? [[String: Any]])?.first)
        #expect((site["score"] as? [String: Any])?["overall"] as? Int == 0)
        #expect(((site["checks"] as? [[String: Any]])?.first?["data"] as? [String: Any])?["ratio"] as? String == "NaN")
    }

    @Test func oneSiteOnRequest() throws {
        let report = ReportFixtures.report(sites: [ReportFixtures.audit(), ReportFixtures.audit(host: "b.example")])
        func starts(_ data: Data) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return try #require(object["sites"] as? [[String: Any]]).compactMap { $0["start_url"] as? String }
        }
        #expect(try starts(JSONRenderer.render(report)) == ["http://www.atelier-dupont.fr", "http://b.example"])
        #expect(try starts(JSONRenderer.render(report, site: 1)) == ["http://b.example"])
        #expect(try starts(JSONRenderer.render(report, site: 5)).count == 2)
    }

    @Test func fieldsCarryTheReportLanguageAndTheFacts() throws {
        let data = JSONRenderer.render(ReportFixtures.report(.en))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "vigie")
        #expect(object["generated_at"] as? String == "2026-11-22T18:00:05Z")
        let site = try #require((object["sites"] as? [[String: Any]])?.first)
        #expect(site["start_url"] as? String == "http://www.atelier-dupont.fr")
        #expect(site["final_url"] as? String == "https://www.atelier-dupont.fr/")
        let crawl = try #require(site["crawl"] as? [String: Any])
        #expect(crawl["stopped_by"] as? String == "max-pages")
        #expect(crawl["duration_s"] as? Double == 3.25)
        let checks = try #require(site["checks"] as? [[String: Any]])
        let siren = try #require(checks.first { $0["id"] as? String == "legal.publisher.siren" })
        #expect(siren["message"] as? String == "EN SIREN valide.")
        #expect(siren["title"] as? String == "Valid SIREN")
        #expect(siren["module"] as? String == "legal")
        #expect((siren["data"] as? [String: Any])?["value"] as? String == "732829320")
        let trackers = try #require(checks.first { $0["id"] as? String == "cookies.trackers" }?["table"] as? [String: Any])
        #expect(trackers["columns"] as? [String] == ["Name", "Vendor", "Pages"])
        #expect((trackers["rows"] as? [[String]])?.first?.first == "Google Analytics")
        let phone = try #require(checks.first { $0["id"] as? String == "legal.host.phone" })
        #expect(phone["heading"] as? String == "Host's telephone not found")
        #expect(phone["section"] as? String == "legal-notice")
        let pages = try #require(site["pages"] as? [[String: Any]])
        #expect(pages.first { $0["url"] as? String == "https://www.atelier-dupont.fr/ancien" }?["redirected_to"] as? String == "https://www.atelier-dupont.fr/services")
        #expect(pages.first { $0["url"] as? String == "https://www.atelier-dupont.fr/panne" }?["status"] as? Int == 0)
        let score = try #require(site["score"] as? [String: Any])
        #expect(score["overall"] as? Double == 61.4)
        #expect((score["modules"] as? [String: Any])?["cookies"] as? Int == 0)
        // the page text is data here: kept as it is, JSON-escaped by the encoder
        #expect(String(decoding: data, as: UTF8.self).contains("</td><script>alert(1)</script>"))
    }
}
