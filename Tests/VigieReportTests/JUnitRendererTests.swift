import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VigieCore
@testable import VigieReport

@Suite struct JUnitRendererTests {
    /// What an XML parser reads of a JUnit document: suites, test cases and their outcome.
    final class Reader: NSObject, XMLParserDelegate {
        var suites: [[String: String]] = []
        var cases: [(classname: String, name: String, outcome: String)] = []
        var failureTexts: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch name {
            case "testsuite": suites.append(attributes)
            case "testcase": cases.append((attributes["classname"] ?? "", attributes["name"] ?? "", "pass"))
            case "failure", "skipped": cases[cases.count - 1].outcome = name
            default: break
            }
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "failure" { failureTexts.append(text) }
        }
    }

    static func read(_ xml: String) throws -> Reader {
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = Reader()
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        return reader
    }

    @Test func oneSuitePerSiteOneCasePerCheck() throws {
        let report = ReportFixtures.report(sites: [ReportFixtures.audit(), ReportFixtures.audit(host: "b.example")])
        let reader = try Self.read(JUnitRenderer.render(report, failOn: .error))
        #expect(reader.suites.map { $0["name"] } == ["www.atelier-dupont.fr", "b.example"])
        #expect(reader.suites.first?["time"] == "3.250")
        #expect(JUnitRenderer.seconds(.nan) == "0.000")
        #expect(reader.cases.count == 2 * ReportFixtures.results().count)
        let siren = try #require(reader.cases.first { $0.name == "legal.publisher.siren" })
        #expect(siren.classname == "legal" && siren.outcome == "pass")
        #expect(reader.cases.first { $0.name == "header.logo" }?.classname == "structure")
        #expect(reader.cases.first { $0.name == "legal.terms-of-sale" }?.outcome == "skipped")
        #expect(reader.cases.first { $0.name == "page.lang" }?.outcome == "skipped")
    }

    @Test func thresholdDecidesWhatFails() throws {
        func failing(_ threshold: Severity) throws -> Set<String> {
            let reader = try Self.read(JUnitRenderer.render(ReportFixtures.report(), failOn: threshold))
            #expect(reader.suites.first?["failures"] == String(reader.cases.filter { $0.outcome == "failure" }.count))
            return Set(reader.cases.filter { $0.outcome == "failure" }.map(\.name))
        }
        let errors: Set = ["legal.host.phone", "legal.privacy-policy", "cookies.consent-tool", "cookies.prior-loading",
                           "cookies.prior-cookies", "footer.legal-links", "nav.broken-links"]
        #expect(try failing(.error) == errors)
        // a warning-level fail; warns never fail, as for the gate
        #expect(try failing(.warning) == errors.union(["responsive.viewport-zoom"]))
        #expect(try failing(.notice) == errors.union(["responsive.viewport-zoom"]))
    }

    /// A finding below the gate's level is a passing test case marked as a finding the gate lets through, never a
    /// silent pass: its status, severity and `gate=below` are properties of the test case.
    @Test func findingsBelowTheGateAreMarked() throws {
        let report = ReportFixtures.report()
        let xml = JUnitRenderer.render(report, failOn: .error)
        let reader = try Self.read(xml)
        #expect(reader.cases.first { $0.name == "responsive.viewport-zoom" }?.outcome == "pass")
        let zoom = try #require(xml.components(separatedBy: "<testcase ").first { $0.contains("name=\"responsive.viewport-zoom\"") })
        #expect(zoom.contains(#"<property name="gate" value="below"/>"#), "\(zoom)")
        #expect(zoom.contains(#"<property name="status" value="fail"/>"#))
        let failing = try #require(xml.components(separatedBy: "<testcase ").first { $0.contains("name=\"legal.host.phone\"") })
        #expect(!failing.contains("value=\"below\""), "a failure at the gate's level is a <failure>, not marked below")
    }

    @Test func agreesWithTheGateAndItsBaseline() throws {
        let report = ReportFixtures.report()
        var accepted = Baseline(audits: report.sites)
        accepted.findings = accepted.findings.filter { $0.check != "nav.broken-links" }
        let reader = try Self.read(JUnitRenderer.render(report, failOn: .error, baseline: accepted))
        #expect(reader.cases.filter { $0.outcome == "failure" }.map(\.name) == ["nav.broken-links"])
        let gate = Gate(failOn: .error).evaluate(report.sites, baseline: accepted)
        #expect(!gate.passed && gate.excused == 6)
        for threshold in Severity.allCases {
            let junit = try Self.read(JUnitRenderer.render(report, failOn: threshold))
            let tripped = junit.cases.contains { $0.outcome == "failure" }
            #expect(tripped == !Gate(failOn: threshold).evaluate(report.sites).passed)
        }
    }

    @Test func hostileTextIsEscaped() throws {
        var audit = ReportFixtures.audit()
        audit.results[0].status = .fail
        audit.results[0].message = Localized(fr: ReportFixtures.hostile, en: ReportFixtures.hostile)
        let xml = JUnitRenderer.render(ReportFixtures.report(sites: [audit]), failOn: .notice)
        #expect(!xml.contains("<script"))
        let reader = try Self.read(xml)
        #expect(reader.failureTexts.contains { $0.contains("</td><script>alert(1)</script>") })
        #expect(JUnitRenderer.xml("a\u{0}b\u{1B}c & \"d\" <e>") == "abc &amp; &quot;d&quot; &lt;e&gt;")
    }
}
