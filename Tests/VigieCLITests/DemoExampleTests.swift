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
}
