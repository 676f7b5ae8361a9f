import Foundation
import Testing

/// Renderers know checks only through the catalogue (`CheckMeta`: module, section, order, grid zone, titles):
/// no check id and no check's own data key is written in Sources/VigieReport, so that a new check appears in
/// every report without touching a renderer.
@Suite struct CatalogOnlyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/VigieReport")

    static func files() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func noCheckIdAndNoDataKeyInTheRenderers() throws {
        let files = try Self.files()
        #expect(files.count >= 10)
        let id = try NSRegularExpression(pattern: #""(legal|cookies|cta|responsive|header|body|footer|nav|page)\.[a-z][a-z0-9.-]*"#)
        for (name, text) in files {
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                let range = NSRange(line.startIndex..., in: line)
                #expect(id.firstMatch(in: line, range: range) == nil, "\(name):\(number + 1) names a check: \(line)")
                #expect(!line.contains("data["), "\(name):\(number + 1) reads a check's data: \(line)")
            }
        }
    }

    @Test func theScanWouldSeeAnId() throws {
        let id = try NSRegularExpression(pattern: #""(legal|cookies|cta|responsive|header|body|footer|nav|page)\.[a-z][a-z0-9.-]*"#)
        let line = #"if let tool = audit.result("cookies.consent-tool") {"#
        #expect(id.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil)
    }
}
