import Foundation
import Testing
import TestServer
import VigieFetch

@Suite("TestServer itself", .timeLimit(.minutes(1)))
struct TestServerTests {
    @Test func twoHundredFiftyConcurrentConnections() throws {
        let server = try TestHTTPServer { request in
            var r = TestResponse.text(request.path)
            r.delayBeforeHeaders = 0.3
            return r
        }
        let requests = (0..<250).map { FetchRequest(url: server.baseURL + "/c\($0)", tag: $0) }
        let start = Date()
        let responses = fetchAll(requests, options: testOptions(maxConcurrent: 250, maxPerHost: 250))
        let elapsed = Date().timeIntervalSince(start)
        #expect(responses.allSatisfy { $0.status == 200 && $0.error == nil })
        // 250 requests that each wait 0.3 s took far less than 250 × 0.3 s: they ran side by side.
        #expect(elapsed < 10)
    }

    @Test func directoryServing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-ts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("<h1>Accueil</h1>".utf8).write(to: dir.appendingPathComponent("index.html"))
        try Data("<h1>Sous</h1>".utf8).write(to: dir.appendingPathComponent("sub/index.html"))
        try Data("body{}".utf8).write(to: dir.appendingPathComponent("style.css"))
        let server = try TestHTTPServer(directory: dir.path)
        let urls = ["/", "/sub/", "/style.css", "/absent.html", "/sub"].map { server.baseURL + $0 }
        let r = fetchAll(urls.map { FetchRequest(url: $0) }, options: testOptions())
        #expect(r[0].status == 200 && String(decoding: r[0].body, as: UTF8.self) == "<h1>Accueil</h1>")
        #expect(r[0].contentType == "text/html" && r[0].charset == nil)
        #expect(r[1].status == 200 && String(decoding: r[1].body, as: UTF8.self) == "<h1>Sous</h1>")
        #expect(r[2].contentType == "text/css")
        #expect(r[3].status == 404)
        #expect(r[4].status == 301 && r[4].redirectLocation == server.baseURL + "/sub/")
    }

    @Test func stopDoesNotHangOnSilentOrSlowConnections() throws {
        let server = try TestHTTPServer { request in
            var r = TestResponse.text("late")
            if request.path == "/never" { r.neverRespond = true } else { r.delayBeforeHeaders = 30 }
            return r
        }
        let fetcher = Fetcher(options: testOptions(timeout: 10)) { _ in }
        defer { fetcher.close() }
        fetcher.submit(FetchRequest(url: server.baseURL + "/never"))
        fetcher.submit(FetchRequest(url: server.baseURL + "/slow"))
        let deadline = Date().addingTimeInterval(3)
        while server.requests.count < 2, Date() < deadline { usleep(10_000) }
        let start = Date()
        server.stop()
        server.stop()
        #expect(Date().timeIntervalSince(start) < 1)
    }
}
