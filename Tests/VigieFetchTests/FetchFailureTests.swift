import Foundation
import Testing
import TestServer
import VigieFetch

@Suite("Fetch: failures", .timeLimit(.minutes(1)))
struct FetchFailureTests {
    @Test func slowFirstByteBeyondTheTimeoutIsATimeout() throws {
        var slow = TestResponse.text("late")
        slow.delayBeforeHeaders = 3
        let server = try routes(["/slow": slow])
        let start = Date()
        let r = fetchOne(server.baseURL + "/slow", options: testOptions(timeout: 0.5))
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(r.error?.kind == .timeout)
        #expect(r.error?.message.contains("timed out") == true)
        #expect(r.status == 0)
    }

    @Test func connectionClosedMidBodyIsAnError() throws {
        var cut = TestResponse.text(String(repeating: "b", count: 5000))
        cut.closeAfterBodyBytes = 1000
        let server = try routes(["/cut": cut])
        let r = fetchOne(server.baseURL + "/cut")
        #expect(r.status == 200)
        #expect(r.error?.kind == .connection)
        #expect(r.body.count == 1000)
    }

    @Test func refusedPortIsRefused() throws {
        let server = try TestHTTPServer { _ in .text("x") }
        let port = server.port
        server.stop()
        let r = fetchOne("http://127.0.0.1:\(port)/")
        #expect(r.error?.kind == .refused)
        #expect(r.status == 0)
    }

    @Test func cancelAllAbortsTransfersInFlight() throws {
        var never = TestResponse.text("")
        never.neverRespond = true
        let server = try routes(["/never": never])
        let responses = Responses()
        let fetcher = Fetcher(options: testOptions()) { responses.add($0) }
        defer { fetcher.close() }
        for i in 0..<3 { fetcher.submit(FetchRequest(url: server.baseURL + "/never", tag: i)) }
        let deadline = Date().addingTimeInterval(3)
        while server.requests.count < 3, Date() < deadline { usleep(10_000) }
        #expect(fetcher.pending == 3)
        #expect(server.requests.count == 3)
        fetcher.cancelAll()
        let cancelDeadline = Date().addingTimeInterval(3)
        while fetcher.pending > 0, Date() < cancelDeadline { usleep(10_000) }
        #expect(fetcher.pending == 0)
        let all = responses.all
        #expect(all.count == 3)
        #expect(all.allSatisfy { $0.error?.kind == .other && $0.error?.message == "cancelled" })
    }
}
