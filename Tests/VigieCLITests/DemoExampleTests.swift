import Foundation
import Testing

/// The committed sample report stays in step with the code: `make demo-example` regenerates it.
@Suite struct DemoExampleTests {
    /// Lines that change from run to run (date, duration) are left out of the comparison.
    static func stable(_ report: String) -> [String] {
        report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            !(line.contains("**Date**") || line.contains("**Durée**") || line.contains("**Duration**"))
        }
    }

    @Test func committedDemoReportMatchesTheCode() throws {
        let root = AuditCommandTests.root
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("demo.md").path
        let run = try vigie(["audit", "demo", "--quiet", "--output", output], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let fresh = try String(contentsOf: folder.appendingPathComponent("demo.md"), encoding: .utf8)
        let committed = try String(contentsOf: root.appendingPathComponent("reports/examples/demo.md"), encoding: .utf8)
        let (a, b) = (Self.stable(fresh), Self.stable(committed))
        let difference = a == b ? nil : zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        #expect(difference == nil, "reports/examples/demo.md is out of date (run `make demo-example`); first difference at line \((difference ?? 0) + 1): \(difference.flatMap { a.indices.contains($0) ? a[$0] : nil } ?? "<end>")")
    }

    /// The HTML report's lines that change from run to run (date, duration) carry `data-varies`.
    static func stableHTML(_ report: String) -> [String] {
        report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.contains(" data-varies") }
    }

    @Test func committedDemoHTMLReportMatchesTheCode() throws {
        let root = AuditCommandTests.root
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("demo.html")
        let run = try vigie(["audit", "demo", "--quiet", "--format", "html", "--output", output.path], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let fresh = Self.stableHTML(try String(contentsOf: output, encoding: .utf8))
        let committed = Self.stableHTML(try String(contentsOf: root.appendingPathComponent("reports/examples/demo.html"), encoding: .utf8))
        let difference = fresh == committed ? nil : zip(fresh, committed).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(fresh.count, committed.count)
        #expect(difference == nil, "reports/examples/demo.html is out of date (run `make demo-example`); first difference at line \((difference ?? 0) + 1): \(difference.flatMap { fresh.indices.contains($0) ? fresh[$0] : nil } ?? "<end>")")
    }

    /// The committed PDF is a PDF of the demo; where Chromium is installed, printing the demo now gives the same
    /// number of pages (its bytes hold the date, so they are not compared).
    @Test func committedDemoPDFIsAPDFOfTheDemo() throws {
        let root = AuditCommandTests.root
        let committed = try Data(contentsOf: root.appendingPathComponent("reports/examples/demo.pdf"))
        #expect(committed.starts(with: Array("%PDF-".utf8)))
        let pages = PDFFile.pageCount(committed)
        #expect(pages >= 3)
        guard Browser.available else {
            print("DemoExampleTests: Chromium is not installed — demo.pdf checked as a PDF only, not against a fresh print")
            return
        }
        let output = try temporaryFolder().appendingPathComponent("demo.pdf")
        let run = try vigie(["audit", "demo", "--quiet", "--format", "pdf", "--output", output.path], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(PDFFile.pageCount(try Data(contentsOf: output)) == pages, "reports/examples/demo.pdf is out of date (run `make demo-example`)")
    }
}
