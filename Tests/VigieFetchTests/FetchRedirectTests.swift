import Foundation
import Testing
import TestServer
import VigieFetch

@Suite("Fetch: redirects and protocols", .timeLimit(.minutes(1)))
struct FetchRedirectTests {
    @Test func redirectIsReportedWithAbsoluteLocationAndNotFollowed() throws {
        let server = try routes(["/old": .redirect(to: "/new?x=1", status: 301), "/new?x=1": .text("new")])
        let r = fetchOne(server.baseURL + "/old")
        #expect(r.status == 301)
        #expect(r.error == nil)
        #expect(r.redirectLocation == server.baseURL + "/new?x=1")
        #expect(r.headerValues("Location") == ["/new?x=1"])
        #expect(server.requestCount(path: "/new?x=1") == 0)
    }

    @Test func fileLocationIsReportedButNeverFetched() throws {
        let server = try routes(["/evil": .redirect(to: "file:///etc/passwd", status: 302)])
        let r = fetchOne(server.baseURL + "/evil")
        #expect(r.status == 302)
        #expect(r.redirectLocation == "file:///etc/passwd")
        #expect(!String(decoding: r.body, as: UTF8.self).contains("root:"))
    }

    @Test func nonHTTPSchemesAreRefused() throws {
        for url in ["ftp://127.0.0.1/file.txt", "file:///etc/passwd"] {
            let r = fetchOne(url)
            #expect(r.error?.kind == .protocolNotAllowed, "\(url)")
            #expect(r.status == 0)
            #expect(r.body.isEmpty)
        }
    }

    @Test func basicAuthIsSentToItsHostOnly() throws {
        let server = try routes(["/private": .text("secret")])
        var options = testOptions()
        options.basicAuth = BasicAuth(user: "alice", password: "s3cret", origin: server.baseURL)
        let requests = [
            FetchRequest(url: server.baseURL + "/private", tag: 1),
            FetchRequest(url: "http://localhost:\(server.port)/private", tag: 2),
        ]
        let responses = fetchAll(requests, options: options)
        #expect(responses.map(\.request.tag) == [1, 2])
        let auth = server.requests.map { $0.header("Authorization") }
        let expected = "Basic " + Data("alice:s3cret".utf8).base64EncodedString()
        #expect(auth.filter { $0 == expected }.count == 1)
        #expect(auth.filter { $0 == nil }.count == 1)
        let other = server.requests.first { $0.header("Host")?.hasPrefix("localhost") == true }
        #expect(other?.header("Authorization") == nil)
    }

    @Test func basicAuthIsNotSentToTheSameHostOnAnotherPort() throws {
        let server = try routes(["/private": .text("secret")])
        let otherPort = try routes(["/private": .text("other")])
        var options = testOptions()
        options.basicAuth = BasicAuth(user: "alice", password: "s3cret", origin: server.baseURL)
        _ = fetchAll([FetchRequest(url: otherPort.baseURL + "/private", tag: 1)], options: options)
        #expect(otherPort.requests.count == 1)
        #expect(otherPort.requests.first?.header("Authorization") == nil)
        #expect(URLNormalizer.origin(of: "HTTPS://Example.FR/a") == "https://example.fr:443")
        #expect(URLNormalizer.origin(of: "http://example.fr/a") == "http://example.fr:80")
        #expect(URLNormalizer.origin(of: "http://example.fr:8080/a") != URLNormalizer.origin(of: "https://example.fr:8080/a"))
    }

    @Test func aNormalURLCarriesNoCredentials() {
        #expect(URLNormalizer.normalize("http://alice:s3cret@Example.fr/a") == "http://example.fr/a")
        #expect(URLNormalizer.credentials(in: "http://alice:s3%40cret@example.fr/") == "alice:s3@cret")
        #expect(URLNormalizer.credentials(in: "http://example.fr/") == nil)
        #expect(URLNormalizer.redacted("audit http://alice:s3cret@example.fr/x and https://b@c.fr") == "audit http://alice:***@example.fr/x and https://b:***@c.fr")
        #expect(URLNormalizer.redacted("no url here") == "no url here")
    }
}
