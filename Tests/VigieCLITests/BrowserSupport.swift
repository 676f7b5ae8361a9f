import Foundation
import Testing

/// Headless Chromium for the browser tests, run the way Vigie runs it: no sandbox (containers), every host but
/// 127.0.0.1 unresolvable, a fresh profile each time. Found on `PATH` (Debian's `chromium` package).
enum Browser {
    /// The browser's path, or nil when it is not installed (the tests that need it are then skipped, visibly).
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-headless-shell"] {
            for folder in folders {
                let candidate = folder + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static var available: Bool { path != nil }
    static let missing: Comment = "Chromium is not installed: browser tests skipped (apt-get install chromium, or make deps BROWSER=1)"

    /// Opens `page` (a file URL) in headless Chromium with `arguments` added, the network blocked and a net log
    /// written; returns the URLs of the requests the page made (the browser's own background requests — clock,
    /// updates, accounts — have no page and are left out).
    static func run(_ page: URL, _ arguments: [String], in folder: URL) throws -> [String] {
        let path = try path ?? { throw CLITestError(description: "Chromium is not installed") }()
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)")
        let netLog = folder.appendingPathComponent("netlog-\(UUID().uuidString).json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--user-data-dir=\(profile.path)",
                             "--no-first-run", "--log-net-log=\(netLog.path)", "--net-log-capture-mode=Everything"] + arguments + [page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate(); process.waitUntilExit(); throw CLITestError(description: "Chromium did not finish in 90 s") }
        guard process.terminationStatus == 0 else { throw CLITestError(description: "Chromium exited with \(process.terminationStatus)") }
        let log = try JSONSerialization.jsonObject(with: try Data(contentsOf: netLog)) as? [String: Any]
        return pageRequests(in: log?["events"] as? [[String: Any]] ?? [])
    }

    /// The URLs of the net log's requests made for a page opened from a file: their network isolation key or
    /// their site for cookies is `file://` (the browser's own requests have `null null` and no site).
    static func pageRequests(in events: [[String: Any]]) -> [String] {
        var urls: [String] = []
        for event in events {
            guard let params = event["params"] as? [String: Any], let url = params["url"] as? String else { continue }
            let key = params["network_isolation_key"] as? String ?? ""
            let site = params["site_for_cookies"] as? String ?? ""
            if key.contains("file://") || site.contains("site=file://") { urls.append(url) }
        }
        return urls
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }
}
