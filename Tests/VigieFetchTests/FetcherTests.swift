import Foundation
import Testing
import TestServer
@testable import VigieFetch

/// The libcurl multi client against a real loopback server.
@Suite(.timeLimit(.minutes(1))) struct FetcherTests {
    static func options(_ configure: (inout FetchOptions) -> Void = { _ in }) -> FetchOptions {
        var options = FetchOptions(userAgent: "Vigie-test/1.0")
        options.timeout = 3
        options.connectTimeout = 2
        configure(&options)
        return options
    }

    @Test func twoHundredPagesWithSixteenInFlight() throws {
        let server = try TestHTTPServer { request in .html("<html><body><p>page \(request.path)</p></body></html>") }
        defer { server.stop() }
        let requests = (0..<200).map { FetchRequest(url: server.baseURL + "/p/\($0)", tag: 1_000 + $0) }
        let started = Date()
        let responses = fetchAll(requests, options: Self.options { $0.maxConcurrent = 16; $0.maxPerHost = 16 })
        let elapsed = Date().timeIntervalSince(started)
        #expect(responses.count == 200)
        #expect(responses.allSatisfy { $0.status == 200 && $0.error == nil })
        #expect(responses.enumerated().allSatisfy { $0.element.request.tag == 1_000 + $0.offset && $0.element.url.hasSuffix("/p/\($0.offset)") })
        #expect(server.requests.count == 200)
        print("fetch: 200 pages in \(String(format: "%.3f", elapsed)) s = \(Int(200 / elapsed)) pages/s (debug build, 16 transfers)")
    }

    @Test func headersBodyTimingAndUserAgent() throws {
        let server = try TestHTTPServer { _ in
            TestResponse(status: 200, headers: [("Content-Type", "text/html; charset=ISO-8859-1"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2; Secure")],
                         body: [0x3C, 0x70, 0x3E, 0xE9, 0x3C, 0x2F, 0x70, 0x3E])
        }
        defer { server.stop() }
        let response = fetchAll([FetchRequest(url: server.baseURL + "/latin1")], options: Self.options())[0]
        #expect(response.status == 200)
        #expect(response.headerValues("set-cookie") == ["a=1", "b=2; Secure"])
        #expect(response.charset == "iso-8859-1")
        #expect(response.body == [0x3C, 0x70, 0x3E, 0xE9, 0x3C, 0x2F, 0x70, 0x3E])
        #expect(response.timing.total > 0)
        #expect(response.remoteIP == "127.0.0.1")
        #expect(server.requests.first?.header("User-Agent") == "Vigie-test/1.0")
        #expect(server.requests.first?.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test func chunkedAndGzipBodiesAreDecoded() throws {
        let gzipped = try [UInt8](Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sitemaps/sitemap.xml.gz")))
        let server = try TestHTTPServer { request in
            if request.path == "/gzip" {
                return TestResponse(status: 200, headers: [("Content-Type", "application/xml"), ("Content-Encoding", "gzip")], body: gzipped)
            }
            var chunked = TestResponse.html(String(repeating: "<p>morceau</p>", count: 2_000))
            chunked.chunked = true
            return chunked
        }
        defer { server.stop() }
        let responses = fetchAll([FetchRequest(url: server.baseURL + "/gzip"), FetchRequest(url: server.baseURL + "/chunked")], options: Self.options())
        #expect(String(decoding: responses[0].body, as: UTF8.self).contains("<urlset"))
        #expect(responses[1].body.count == 2_000 * 14)
    }

    @Test func redirectsAreReportedNotFollowed() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/a": .redirect(to: "/b", status: 301)
            case "/file": .redirect(to: "file:///etc/passwd", status: 302)
            default: .html("<p>b</p>")
            }
        }
        defer { server.stop() }
        let responses = fetchAll([FetchRequest(url: server.baseURL + "/a"), FetchRequest(url: server.baseURL + "/file")], options: Self.options())
        #expect(responses[0].status == 301)
        #expect(responses[0].redirectLocation == server.baseURL + "/b")
        #expect(server.requestCount(path: "/b") == 0)
        #expect(responses[1].status == 302)
        #expect(server.requests.count == 2)
    }

    @Test func failuresAreNamed() throws {
        let server = try TestHTTPServer { request in
            var response = TestResponse.html(String(repeating: "x", count: 100_000))
            switch request.path {
            case "/slow": response.delayBeforeHeaders = 3
            case "/cut": response.closeAfterBodyBytes = 500
            default: break
            }
            return response
        }
        defer { server.stop() }
        let responses = fetchAll([
            FetchRequest(url: server.baseURL + "/slow"), FetchRequest(url: server.baseURL + "/cut"),
            FetchRequest(url: server.baseURL + "/big"), FetchRequest(url: "http://127.0.0.1:9/"), FetchRequest(url: "ftp://127.0.0.1/x"),
        ], options: Self.options { $0.timeout = 1; $0.maxBodyBytes = 10_000 })
        #expect(responses[0].error?.kind == .timeout)
        #expect(responses[1].error?.kind == .connection)
        #expect(responses[2].truncated && responses[2].body.count == 10_000 && responses[2].error == nil)
        #expect(responses[3].error?.kind == .refused)
        #expect(responses[4].error?.kind == .protocolNotAllowed)
        #expect(responses.allSatisfy { $0.error.map { !$0.message.isEmpty } ?? true })
    }

    @Test func credentialsGoToTheirHostOnly() throws {
        let server = try TestHTTPServer { _ in .html("<p>ok</p>") }
        defer { server.stop() }
        let options = Self.options { $0.basicAuth = BasicAuth(user: "u", password: "p", origin: server.baseURL) }
        _ = fetchAll([FetchRequest(url: server.baseURL + "/a")], options: options)
        let other = Self.options { $0.basicAuth = BasicAuth(user: "u", password: "p", origin: "http://staging.example.fr:80") }
        _ = fetchAll([FetchRequest(url: server.baseURL + "/b")], options: other)
        #expect(server.requests[0].header("Authorization") == "Basic dTpw")
        #expect(server.requests[1].header("Authorization") == nil)
    }

    @Test func cancelAllEndsEveryTransfer() throws {
        let server = try TestHTTPServer { _ in
            var slow = TestResponse.html("<p>lent</p>")
            slow.delayBeforeHeaders = 5
            return slow
        }
        defer { server.stop() }
        let done = DispatchSemaphore(value: 0)
        let count = Counter()
        let fetcher = Fetcher(options: Self.options { $0.timeout = 20; $0.maxConcurrent = 2 }) { response in
            #expect(response.error != nil)
            if count.next() == 5 { done.signal() }
        }
        for index in 0..<5 { fetcher.submit(FetchRequest(url: server.baseURL + "/\(index)")) }
        Thread.sleep(forTimeInterval: 0.3)
        let started = Date()
        fetcher.cancelAll()
        #expect(done.wait(timeout: .now() + 3) == .success)
        #expect(Date().timeIntervalSince(started) < 3)
        fetcher.close()
    }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    // `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
