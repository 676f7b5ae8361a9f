import Foundation
import Synchronization
import Testing
import TestServer
import VigieFetch

/// Collects responses from the transfer thread.
final class Responses: Sendable {
    private let list = Mutex<[FetchResponse]>([])
    func add(_ r: FetchResponse) { list.withLock { $0.append(r) } }
    var all: [FetchResponse] { list.withLock { $0 } }
}

@Suite("Fetch: concurrency and keep-alive", .timeLimit(.minutes(1)))
struct FetchThroughputTests {
    @Test func twoHundredPagesWithSixteenTransfers() throws {
        let server = try TestHTTPServer { request in
            .html("<html><head><title>\(request.path)</title></head><body>" + String(repeating: "<p>texte</p>", count: 200) + "</body></html>")
        }
        let requests = (0..<200).map { FetchRequest(url: server.baseURL + "/page/\($0)", tag: $0) }
        let start = Date()
        let responses = fetchAll(requests, options: testOptions(maxConcurrent: 16, maxPerHost: 16))
        let elapsed = Date().timeIntervalSince(start)
        print(String(format: "fetch throughput: 200 pages in %.3f s = %.0f pages/s", elapsed, 200 / elapsed))
        #expect(responses.count == 200)
        #expect(responses.enumerated().allSatisfy { i, r in
            r.request.tag == i && r.status == 200 && r.error == nil
                && String(decoding: r.body, as: UTF8.self).contains("<title>/page/\(i)</title>")
        })
        #expect(server.requests.count == 200)
        #expect(Set(server.requests.map(\.path)).count == 200)
    }

    @Test func submitFromTheCallbackAndPendingDrains() throws {
        let server = try TestHTTPServer { .text($0.path) }
        let responses = Responses()
        let base = server.baseURL
        let fetcher = Fetcher(options: testOptions(maxConcurrent: 2)) { _ in }
        let chained = Fetcher(options: testOptions(maxConcurrent: 2)) { response in
            responses.add(response)
            if response.request.tag < 5 {
                fetcher.submit(FetchRequest(url: base + "/extra", tag: response.request.tag))
            }
        }
        for i in 0..<10 { chained.submit(FetchRequest(url: base + "/p\(i)", tag: i)) }
        let deadline = Date().addingTimeInterval(5)
        while chained.pending + fetcher.pending > 0, Date() < deadline { usleep(10_000) }
        chained.close()
        fetcher.close()
        fetcher.close()
        #expect(responses.all.count == 10)
        #expect(Set(responses.all.map(\.request.tag)) == Set(0..<10))
        #expect(server.requestCount(path: "/extra") == 5)
    }
}
