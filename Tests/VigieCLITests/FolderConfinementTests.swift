import Foundation
import Testing

/// Folder mode reads nothing outside the audited folder, whatever the symlinks (files, folders, index files, loops),
/// reads files up to `--max-body-bytes`, and `--rules DIR` reads only the folder's own files.
@Suite(.serialized, .timeLimit(.minutes(2))) struct FolderConfinementTests {
    static let secret = "SECRET-OUTSIDE-TITLE"

    @Test func symlinksOutOfTheFolderAreNeverRead() throws {
        let folder = try temporaryFolder()
        let page = "<html lang=\"fr\"><head><title>\(Self.secret)</title></head><body><h1>\(Self.secret)</h1></body></html>"
        try write(page, to: "outside/secret.html", in: folder)
        try write(page, to: "outside/index.html", in: folder)
        let links = ["sub/", "page.html", "linked/", "loop/", "self.html", "loop/loop/loop/"].map { "<a href=\"\($0)\">\($0)</a>" }.joined()
        try write("<html lang=\"fr\"><head><title>Accueil</title></head><body>\(links)</body></html>", to: "site/index.html", in: folder)
        let site = folder.appendingPathComponent("site")
        let manager = FileManager.default
        try manager.createDirectory(at: site.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("sub/index.html").path, withDestinationPath: "../../outside/secret.html")
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("page.html").path, withDestinationPath: folder.appendingPathComponent("outside/secret.html").path)
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("linked").path, withDestinationPath: "../outside")
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("loop").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("self.html").path, withDestinationPath: "self.html")
        let run = try vigie(["audit", "site", "--quiet", "--format", "markdown", "--format", "json", "--output", "r.md"], in: folder, timeout: 60)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("r.md"), encoding: .utf8)
        let json = try String(contentsOf: folder.appendingPathComponent("r.json"), encoding: .utf8)
        #expect(!markdown.contains(Self.secret))
        #expect(!json.contains(Self.secret))
        #expect(json.contains("Accueil"), "the folder's own pages are read (the loop serves the home page again)")
    }

    @Test func filesAreReadUpToMaxBodyBytes() throws {
        let folder = try temporaryFolder()
        let filler = String(repeating: "<p>remplissage</p>", count: 20_000)
        try write("<html lang=\"fr\"><head><title>Grand</title></head><body>\(filler)<p>FIN-DU-FICHIER</p></body></html>", to: "site/index.html", in: folder)
        let run = try vigie(["audit", "site", "--quiet", "--format", "json", "--output", "r.json", "--max-body-bytes", "4096"], in: folder, timeout: 60)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("r.json"))) as? [String: Any])
        let pages = try #require((report["sites"] as? [[String: Any]])?.first?["pages"] as? [[String: Any]])
        let home = try #require(pages.first)
        #expect((home["error"] as? String)?.hasPrefix("too-large: body cut at 4096 bytes") == true, "\(home)")
    }

    @Test func aRulesFolderLinkingOutIsRefused() throws {
        let folder = try temporaryFolder()
        try write("secret: \(Self.secret)\n", to: "outside/private.yml", in: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("rules/zones.yml").path, withDestinationPath: "../outside/private.yml")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("rules/again").path, withDestinationPath: ".")
        let run = try vigie(["checks", "--rules", "rules"], in: folder, timeout: 60)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("outside the --rules folder"), "\(run.stderr)")
        #expect(!run.stderr.contains(Self.secret))
    }
}
