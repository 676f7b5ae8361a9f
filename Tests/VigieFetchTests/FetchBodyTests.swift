import Foundation
import Testing
import TestServer
import VigieFetch

@Suite("Fetch: bodies and headers", .timeLimit(.minutes(1)))
struct FetchBodyTests {
    @Test func plainPageWithStatusHeadersAndTiming() throws {
        let server = try routes(["/": .html("<p>bonjour</p>")])
        let r = fetchOne(server.baseURL + "/")
        #expect(r.error == nil)
        #expect(r.status == 200)
        #expect(r.httpVersion == "1.1")
        #expect(String(decoding: r.body, as: UTF8.self) == "<p>bonjour</p>")
        #expect(r.contentType?.hasPrefix("text/html") == true)
        #expect(r.charset == "utf-8")
        #expect(r.remoteIP == "127.0.0.1")
        #expect(r.url == server.baseURL + "/")
        #expect(r.timing.total > 0 && r.timing.total >= r.timing.firstByte)
        #expect(!r.truncated)
    }

    @Test func chunkedBodyIsReassembled() throws {
        let text = String(repeating: "chunk-ok ", count: 2000)
        var response = TestResponse.text(text)
        response.chunked = true
        let server = try routes(["/c": response])
        let r = fetchOne(server.baseURL + "/c")
        #expect(r.error == nil)
        #expect(r.headerValues("transfer-encoding") == ["chunked"])
        #expect(String(decoding: r.body, as: UTF8.self) == text)
    }

    @Test func gzipBodyIsDecoded() throws {
        let html = "<p>Mentions légales — éditeur</p>"
        let response = TestResponse(status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                    body: Gzip.encode(Array(html.utf8)))
        let server = try routes(["/g": response])
        let r = fetchOne(server.baseURL + "/g")
        #expect(r.error == nil)
        #expect(r.headerValues("Content-Encoding") == ["gzip"])
        #expect(String(decoding: r.body, as: UTF8.self) == html)
        #expect(server.requests.first?.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test func errorStatusesAreResponsesNotErrors() throws {
        let server = try routes(["/boom": .text("panne", status: 500)])
        let missing = fetchOne(server.baseURL + "/nope")
        let broken = fetchOne(server.baseURL + "/boom")
        #expect(missing.status == 404 && missing.error == nil)
        #expect(broken.status == 500 && broken.error == nil)
        #expect(String(decoding: broken.body, as: UTF8.self) == "panne")
    }

    @Test func repeatedSetCookieHeadersAreKept() throws {
        let response = TestResponse(status: 200, headers: [
            ("Content-Type", "text/html"), ("Set-Cookie", "_ga=1; Path=/"), ("Set-Cookie", "session=abc; HttpOnly"),
            ("set-cookie", "pref=fr"),
        ], body: Array("<p>x</p>".utf8))
        let server = try routes(["/": response])
        let r = fetchOne(server.baseURL + "/")
        #expect(r.headerValues("Set-Cookie") == ["_ga=1; Path=/", "session=abc; HttpOnly", "pref=fr"])
    }

    @Test func latin1CharsetIsReportedAndBytesKept() throws {
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let response = TestResponse(status: 200, headers: [("Content-Type", "text/html; charset=ISO-8859-1")], body: bytes)
        let server = try routes(["/l": response])
        let r = fetchOne(server.baseURL + "/l")
        #expect(r.charset == "iso-8859-1")
        #expect(r.contentType?.hasPrefix("text/html") == true)
        #expect(r.body == bytes)
    }

    @Test func headRequestHasNoBody() throws {
        let server = try routes(["/h": .html("<p>corps</p>")])
        let r = fetchOne(server.baseURL + "/h", method: .head)
        #expect(r.status == 200 && r.error == nil)
        #expect(r.body.isEmpty)
        #expect(server.requests.first?.method == "HEAD")
    }

    @Test func bodyOverTheCapIsTruncatedAndTheTransferStopsEarly() throws {
        var slow = TestResponse.text("")
        slow.trickle = (bytesPerChunk: 1000, interval: 0.05, total: 100_000)  // 5 s if read to the end
        let big = TestResponse(status: 200, headers: [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")],
                               body: Gzip.encode(Array(repeating: UInt8(ascii: "a"), count: 3 << 20)))
        let server = try routes(["/slow": slow, "/big": big])
        let start = Date()
        let r = fetchOne(server.baseURL + "/slow", options: testOptions(maxBodyBytes: 2500))
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(r.truncated)
        #expect(r.error == nil)
        #expect(r.body.count == 2500)
        // The cap counts decoded bytes: a 3 MiB body sent gzip-wrapped is cut at 1 MiB.
        let g = fetchOne(server.baseURL + "/big", options: testOptions(maxBodyBytes: 1 << 20))
        #expect(g.truncated && g.body.count == 1 << 20)
    }

    @Test func userAgentAndExtraHeadersAreSent() throws {
        let server = try routes(["/": .text("ok")])
        var options = testOptions()
        options.extraHeaders = ["Accept-Language: fr-FR"]
        _ = fetchAll([FetchRequest(url: server.baseURL + "/", extraHeaders: ["X-Vigie: 1"])], options: options)
        let request = try #require(server.requests.first)
        #expect(request.header("User-Agent") == "VigieTest/1.0")
        #expect(request.header("Accept-Language") == "fr-FR")
        #expect(request.header("X-Vigie") == "1")
    }
}
