import Foundation
import Testing
import TestServer

/// `vigie facts` and the JSON report of a real crawl, through the binary and a loopback server.
@Suite(.timeLimit(.minutes(1))) struct FactsAndSchemaTests {
    static let latin1Page: [UInt8] = Array("""
    <html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Caf
    """.utf8) + [0xE9] + Array("""
     Dupont</title><base href="/boutique/"></head><body>
    <div id="entete"><a href="/"><img src="logo.png" alt="Dupont"></a><a href="../contact.html">Contact</a></div>
    <p>Spécialités</p>
    <div id="pied"><a href="mentions.html">Mentions l
    """.utf8) + [0xE9] + Array("gales</a></div></body></html>".utf8)

    @Test func factsOfALatin1PageWithoutHeaderCharset() throws {
        let server = try TestHTTPServer { _ in .htmlBytes(Self.latin1Page, charset: nil) }
        defer { server.stop() }
        let run = try vigie(["facts", server.baseURL + "/page.html"], in: try temporaryFolder())
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(record["status"] as? Int == 200)
        let facts = try #require(record["facts"] as? [String: Any])
        #expect(facts["title"] as? String == "Café Dupont")
        #expect(facts["lang"] as? String == "fr")
        let encoding = try #require(facts["encoding"] as? [String: Any])
        #expect(encoding["source"] as? String == "meta-http-equiv")
        #expect(encoding["replacementCharacters"] as? Int == 0)
        let links = try #require(facts["links"] as? [[String: Any]])
        let urls = links.compactMap { $0["url"] as? String }
        #expect(urls.contains(server.baseURL + "/contact.html"))
        #expect(urls.contains(server.baseURL + "/boutique/mentions.html"))
        let legal = try #require(links.first { ($0["url"] as? String)?.hasSuffix("mentions.html") == true })
        #expect(legal["label"] as? String == "Mentions légales")
        #expect(legal["zone"] as? String == "footer")
        let zones = try #require(facts["zones"] as? [[String: Any]])
        #expect(zones.contains { $0["zone"] as? String == "header" && $0["method"] as? String == "id-class" })
        #expect(zones.contains { $0["zone"] as? String == "footer" && $0["method"] as? String == "id-class" })
    }

    @Test func aCrawlsJSONReportValidatesAgainstTheSchema() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/": return .html("<html lang=\"fr\"><head><title>A</title></head><body><a href=\"/b\">b</a><a href=\"/c\">c</a></body></html>")
            case "/b": return .html("<html><head><title>B</title></head><body>b</body></html>")
            case "/c": return .redirect(to: "/b", status: 301)
            default: return .notFound
            }
        }
        defer { server.stop() }
        let folder = try temporaryFolder()
        let run = try vigie(["audit", server.baseURL + "/", "--quiet", "--format", "json", "--output", "-"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        try Data(run.stdout.utf8).write(to: folder.appendingPathComponent("report.json"))
        let schema = AuditCommandTests.root.appendingPathComponent("docs/report.schema.json").path
        let validator = Process()
        validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        validator.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])), cls=jsonschema.Draft202012Validator)
            """, schema, folder.appendingPathComponent("report.json").path]
        let errors = Pipe()
        validator.standardError = errors
        try validator.run()
        validator.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(validator.terminationStatus == 0, "\(message)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let pages = try #require(((report["sites"] as? [[String: Any]])?.first?["pages"]) as? [[String: Any]])
        #expect(pages.contains { ($0["url"] as? String)?.hasSuffix("/c") == true && ($0["redirected_to"] as? String)?.hasSuffix("/b") == true })
    }
}
