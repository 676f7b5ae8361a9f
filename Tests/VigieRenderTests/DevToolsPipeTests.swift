import Foundation
import Testing
import TestServer
import VigieCore
@testable import VigieRender

/// The DevTools pipe and the browser's life, against real headless Chromium on a loopback site. Skipped, with a
/// message, where Chromium is not installed.
@Suite struct DevToolsPipeTests {
    static let page = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title>
        <script>document.cookie = "early=1; max-age=34190000; path=/"; document.cookie = "early=; max-age=0; path=/";</script>
        </head><body><p>Bonjour</p><img src="/pixel.gif" alt=""><img src="https://tracker.example.net/p.gif" alt=""></body></html>
        """

    static func server() throws -> TestHTTPServer {
        try TestHTTPServer { request in
            request.path == "/" ? .html(page) : TestResponse(status: 200, headers: [("Content-Type", "image/gif")], body: [])
        }
    }

    @Test(.enabled(if: RenderTestBrowser.available, RenderTestBrowser.missing))
    func loadsAPageAndRecordsRequestsAndScriptCookies() throws {
        let server = try Self.server()
        defer { server.stop() }
        let session = try BrowserSession(try #require(RenderTestBrowser.chromium), hostRules: Chromium.hostResolverRules)
        defer { session.close() }
        #expect(session.version.contains("Chrome"))
        let context = try session.newContext()
        let tab = try session.tab(in: context)
        try tab.navigate(server.baseURL + "/", timeout: 30)
        #expect(try tab.evaluate("document.title").stringValue == "Essai")
        let record = tab.takeRecord()
        let urls = record.requests.map(\.url)
        #expect(urls.contains(server.baseURL + "/pixel.gif"))
        // a host every rule maps to NOTFOUND still counts as attempted
        #expect(urls.contains("https://tracker.example.net/p.gif"))
        // both writes seen, though the second deletes the first: the hook runs before the page's scripts
        #expect(record.cookieWrites.map(\.raw) == ["early=1; max-age=34190000; path=/", "early=; max-age=0; path=/"])
        #expect(record.cookieWrites.first?.fact?.lifetimeSeconds == 34_190_000)
        #expect(record.cookieWrites.last?.deletes == true)
        #expect(try session.cookies(in: context).isEmpty)
        let png = try tab.screenshot()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test(.enabled(if: RenderTestBrowser.available, RenderTestBrowser.missing))
    func closeEndsEveryBrowserProcessAndRemovesTheProfile() throws {
        let session = try BrowserSession(try #require(RenderTestBrowser.chromium), hostRules: Chromium.hostResolverRules)
        let group = session.process.pid
        let profile = session.process.profile
        #expect(kill(-group, 0) == 0)
        session.close()
        // the helpers were killed with the group; init reaps them (a zombie still answers kill 0 until then)
        let deadline = Date().addingTimeInterval(5)
        while kill(-group, 0) == 0, Date() < deadline { usleep(50_000) }
        #expect(kill(-group, 0) == -1 && errno == ESRCH)
        #expect(!FileManager.default.fileExists(atPath: profile.path))
        #expect(throws: DevToolsPipe.Failure.self) { try session.process.pipe.send("Browser.getVersion", timeout: 2) }
    }

    @Test(.enabled(if: RenderTestBrowser.available, RenderTestBrowser.missing))
    func aPageThatNeverAnswersEndsWithinItsTimeLimit() throws {
        let server = try TestHTTPServer { _ in var response = TestResponse.html("<p>never</p>"); response.neverRespond = true; return response }
        defer { server.stop() }
        let session = try BrowserSession(try #require(RenderTestBrowser.chromium), hostRules: Chromium.hostResolverRules)
        defer { session.close() }
        let tab = try session.tab(in: try session.newContext())
        let start = Date()
        #expect(throws: DevToolsPipe.Failure.self) { try tab.navigate(server.baseURL + "/", timeout: 3) }
        #expect(Date().timeIntervalSince(start) < 6)
    }
}

/// The browser the render tests use: Chromium found as `--render` finds it, or nil (tests skipped, visibly).
enum RenderTestBrowser {
    static let chromium: Chromium? = try? Chromium.locate()
    static var available: Bool {
        if chromium == nil { print("◇ Chromium is not installed: browser tests skipped (apt-get install chromium, or make deps BROWSER=1)") }
        return chromium != nil
    }
    static let missing: Comment = "Chromium is not installed: browser tests skipped (apt-get install chromium, or make deps BROWSER=1)"
}
