import Foundation
import Testing
import VigieCore
@testable import VigieReport

@Suite struct ReportWriterTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesReplacesAndLeavesNoTemporaryFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("reports/site-2026-11-22.md").path
        try ReportWriter.write("premier", to: path)
        try ReportWriter.write(Data("second é".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second é")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports").path)
        #expect(names == ["site-2026-11-22.md"])
    }

    @Test func unwritableFolderIsAClearErrorAndKeepsTheOldReport() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // a file where the folder should be
        let blocker = folder.appendingPathComponent("reports")
        try ReportWriter.write("pas un dossier", to: blocker.path)
        #expect(throws: ReportWriter.WriteError.self) { try ReportWriter.write("x", to: blocker.appendingPathComponent("a.md").path) }
        do {
            try ReportWriter.write("x", to: blocker.appendingPathComponent("a.md").path)
        } catch {
            #expect("\(error)".hasPrefix("cannot write the report to \(blocker.path)/a.md: "))
        }
        // a destination that cannot be replaced (a folder): the write fails, nothing is left behind
        let existing = folder.appendingPathComponent("out.md")
        try FileManager.default.createDirectory(at: existing.appendingPathComponent("inner"), withIntermediateDirectories: true)
        #expect(throws: ReportWriter.WriteError.self) { try ReportWriter.write("x", to: existing.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out.md", "reports"])
    }

    @Test func defaultNames() {
        let snapshot = SiteSnapshot(startURL: "https://www.atelier-dupont.fr", homeURL: "https://www.atelier-dupont.fr/")
        #expect(ReportWriter.defaultPath(for: snapshot, generatedAt: "2026-11-22T18:00:05Z") == "reports/www.atelier-dupont.fr-2026-11-22.md")
        #expect(ReportWriter.defaultPath(for: snapshot, generatedAt: "2026-11-22T18:00:05Z", extension: "json") == "reports/www.atelier-dupont.fr-2026-11-22.json")
        let local = SiteSnapshot(startURL: "/srv/site", homeURL: "file:///srv/site/index.html", mode: .directory)
        #expect(ReportWriter.defaultPath(for: local, generatedAt: "2026-11-22T18:00:05Z") == "reports/srv-site-2026-11-22.md")
    }

    @Test func sitesOnOneHostLongAndIPv6HostsGetSafeDistinctNames() {
        func path(_ start: String) -> String {
            ReportWriter.defaultPath(for: SiteSnapshot(startURL: start, homeURL: start), generatedAt: "2026-11-22T18:00:05Z")
        }
        let names = ["http://127.0.0.1:8081/", "http://127.0.0.1:8082/", "http://127.0.0.1:8081/blog/", "https://example.fr/", "http://example.fr:8443/",
                     "http://[::1]:8080/", "http://[::2]:8080/", "http://[fe80::1]/"].map(path)
        #expect(Set(names).count == names.count, "\(names)")
        #expect(names[0] == "reports/127.0.0.1-8081-2026-11-22.md")
        #expect(names[2] == "reports/127.0.0.1-8081-blog-2026-11-22.md")
        #expect(names[3] == "reports/example.fr-2026-11-22.md")
        for name in names {
            let file = (name as NSString).lastPathComponent
            #expect(!file.hasPrefix("-") && !file.hasPrefix("."), "\(file)")
            #expect(file.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }, "\(file)")
        }
        #expect(names[5].hasPrefix("reports/ipv6-1-8080-"), "\(names[5])")
        let label = String(repeating: "a", count: 63) + "." + String(repeating: "b", count: 63) + "." + String(repeating: "c", count: 63) + "." + String(repeating: "d", count: 57)
        let long = [path("https://\(label)x/"), path("https://\(label)y/")]
        #expect(long[0] != long[1])
        #expect(long.allSatisfy { ($0 as NSString).lastPathComponent.utf8.count < 255 })
        #expect(ReportWriter.besidePath("reports/r.md") == "reports/r.unreachable.md")
        #expect(ReportWriter.comparisonPath(generatedAt: "2026-11-22T18:00:05Z") == "reports/comparison-2026-11-22.md")
    }
}
