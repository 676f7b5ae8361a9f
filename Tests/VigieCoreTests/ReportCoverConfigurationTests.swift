import Foundation
import Testing
@testable import VigieCore

/// `report.author`, `report.client` and `report.logo` in `.vigie.yml`: read, checked, the logo embedded.
@Suite struct ReportCoverConfigurationTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-cover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

    /// Writes `config` as `.vigie.yml` in a fresh folder (with `files` beside it) and loads it.
    static func load(_ config: String, files: [String: Data] = [:]) throws -> (Configuration, URL) {
        let folder = try folder()
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        let path = folder.appendingPathComponent(".vigie.yml").path
        try Data(config.utf8).write(to: URL(fileURLWithPath: path))
        return (try Configuration.load(path: path, file: ".vigie.yml"), folder)
    }

    @Test func readsAuthorClientAndALogoBesideTheFile() throws {
        let (configuration, folder) = try Self.load("report:\n  author: \"Cabinet Martin\"\n  client: Dupont\n  logo: logo.png\n", files: ["logo.png": Self.png])
        #expect(configuration.report.author == "Cabinet Martin")
        #expect(configuration.report.client == "Dupont")
        // relative to the configuration file's folder, wherever Vigie runs
        #expect(configuration.report.logo == folder.appendingPathComponent("logo.png").path)
        let logo = try ReportLogo.read(path: try #require(configuration.report.logo))
        #expect(logo.mimeType == "image/png")
        #expect(logo.dataURI == "data:image/png;base64," + Self.png.base64EncodedString())
    }

    @Test(arguments: [
        ("absent.png", nil as Data?, "no such file"),
        ("logo.txt", Data("just text\n".utf8), "is not an image (expected PNG, JPEG, GIF, WebP or SVG)"),
        ("big.png", png + Data(count: ReportLogo.maxBytes), "is too big"),
    ])
    func aLogoThatCannotBeUsedIsAConfigurationErrorOnItsLine(name: String, data: Data?, reason: String) throws {
        let config = "sites: [https://a.fr]\nreport:\n  lang: fr\n  logo: \(name)\n"
        let error = #expect(throws: ConfigurationError.self) {
            _ = try Self.load(config, files: data.map { [name: $0] } ?? [:])
        }
        #expect(error?.line == 4)
        #expect(error?.key == "report.logo")
        #expect(error?.reason.hasPrefix("the logo cannot be used: ") == true)
        #expect(error?.reason.contains(reason) == true, "\(error?.reason ?? "no error")")
    }

    @Test func aFolderIsNotALogo() throws {
        let folder = try Self.folder()
        #expect(throws: ReportLogo.Problem.self) { try ReportLogo.read(path: folder.path) }
    }

    @Test func imageTypesAreToldByContent() {
        #expect(ReportLogo.mimeType(of: Data([0xFF, 0xD8, 0xFF, 0xE0])) == "image/jpeg")
        #expect(ReportLogo.mimeType(of: Data("GIF89a....".utf8)) == "image/gif")
        #expect(ReportLogo.mimeType(of: Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == "image/webp")
        #expect(ReportLogo.mimeType(of: Data("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)) == "image/svg+xml")
        #expect(ReportLogo.mimeType(of: Data("<html><svg></svg></html>".utf8)) == nil)
        #expect(ReportLogo.mimeType(of: Data("%PDF-1.4".utf8)) == nil)
    }

    @Test func unknownReportKeySuggestsTheClosest() {
        let error = #expect(throws: ConfigurationError.self) { try Configuration.parse("report:\n  autor: Martin\n", file: ".vigie.yml") }
        #expect(error?.description == ".vigie.yml:2 (report.autor): unknown key 'autor' — did you mean 'author'?")
    }

    @Test func commandLineReportSettingsKeepTheFileCover() throws {
        let file = try Configuration.parse("report:\n  author: A\n  client: C\n", file: ".vigie.yml")
        let merged = file.merged(with: Configuration(report: ReportSettings(lang: .en)))
        #expect(merged.report == ReportSettings(lang: .en, author: "A", client: "C"))
    }
}
