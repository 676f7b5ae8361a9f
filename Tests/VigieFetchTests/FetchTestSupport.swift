import Foundation
import TestServer
import VigieFetch

/// Short limits so that every test ends within seconds.
func testOptions(timeout: Double = 5, maxBodyBytes: Int = 10 << 20, maxConcurrent: Int = 8, maxPerHost: Int = 8) -> FetchOptions {
    var options = FetchOptions(userAgent: "VigieTest/1.0")
    options.connectTimeout = 3
    options.timeout = timeout
    options.maxBodyBytes = maxBodyBytes
    options.maxConcurrent = maxConcurrent
    options.maxPerHost = maxPerHost
    return options
}

/// Fetches one URL with the real libcurl client.
func fetchOne(_ url: String, method: HTTPMethod = .get, options: FetchOptions = testOptions()) -> FetchResponse {
    fetchAll([FetchRequest(url: url, method: method)], options: options)[0]
}

/// A server answering from a table of paths (404 elsewhere).
func routes(_ table: [String: TestResponse]) throws -> TestHTTPServer {
    try TestHTTPServer { table[$0.path] ?? .notFound }
}
