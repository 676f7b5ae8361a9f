import Foundation
import Testing
import TestServer

/// Credentials given in the start URL (or with `--auth`) are sent to the start origin only and never written.
@Suite(.serialized, .timeLimit(.minutes(2))) struct SecretTests {
    @Test func aPasswordInTheURLIsNeverWrittenAndNotSentToAnotherPort() throws {
        let elsewhere = try TestHTTPServer { _ in .html("<html><head><title>Ailleurs</title></head><body>x</body></html>") }
        defer { elsewhere.stop() }
        let expected = "Basic " + Data("alice:s3cr3t-pw".utf8).base64EncodedString()
        let site = try TestHTTPServer { request in
            guard request.header("Authorization") == expected else { return TestResponse(status: 401, headers: [("WWW-Authenticate", "Basic")], body: []) }
            switch request.path {
            case "/": return .html("<html lang=\"fr\"><head><title>Accueil</title></head><body><a href=\"/b\">b</a><a href=\"/moved\">m</a></body></html>")
            case "/b": return .html("<html lang=\"fr\"><head><title>B</title></head><body>b</body></html>")
            case "/moved": return .redirect(to: elsewhere.baseURL + "/landing")
            default: return .notFound
            }
        }
        defer { site.stop() }
        let folder = try temporaryFolder()
        let target = site.baseURL.replacingOccurrences(of: "http://", with: "http://alice:s3cr3t-pw@") + "/"
        let run = try vigie(["audit", target, "--verbose", "--check-external", "--format", "markdown", "--format", "json", "--format", "junit", "--output", "r.md"], in: folder, timeout: 60)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(site.requests.contains { $0.path == "/b" && $0.header("Authorization") == expected }, "the credentials reach the start origin")
        #expect(!elsewhere.requests.isEmpty)
        #expect(elsewhere.requests.allSatisfy { $0.header("Authorization") == nil }, "not sent to another port after a redirect")
        var outputs = [run.stdout, run.stderr]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            outputs.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
        #expect(outputs.count >= 5)
        for output in outputs { #expect(!output.contains("s3cr3t-pw")) }
        #expect(run.stderr.contains("alice:***@"))
    }
}
