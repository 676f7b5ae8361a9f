import Foundation

/// Headless Chromium (Debian's `chromium` package, or `chromium-headless-shell`): where it is, the flags of every
/// run, and the command-line print of the HTML report as PDF (cut off from the network: every host but 127.0.0.1 is
/// NOTFOUND). `BrowserSession` drives the same browser over the DevTools pipe for `--render`. Every run gets a fresh
/// temporary profile, removed afterwards.
public struct Chromium: Sendable {
    /// The Debian package to install when no browser is found.
    public static let debianPackage = "chromium"
    /// Names looked for on `PATH`, in order.
    static let names = ["chromium", "chromium-headless-shell", "chromium-browser"]
    /// Blocks every host name but the loopback address.
    public static let hostResolverRules = "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"

    public let executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// Why Chromium could not do its job, worded for the command line.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The browser to use: `$VIGIE_CHROMIUM` when set (it must be executable), else the first of `names` on `PATH`.
    /// `purpose` (the option that needs it) opens the message when none is found.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              purpose: String = "--format pdf") throws -> Chromium {
        if let explicit = environment["VIGIE_CHROMIUM"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw Failure(description: "VIGIE_CHROMIUM=\(explicit) is not an executable file")
            }
            return Chromium(executable: explicit)
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate) { return Chromium(executable: candidate) }
            }
        }
        throw Failure(description: "\(purpose) needs headless Chromium, which is not installed: install the Debian package "
                      + "'\(debianPackage)' (apt-get install \(debianPackage)), or set VIGIE_CHROMIUM to the browser's path")
    }

    /// The flags of every run: headless, no sandbox (containers), no network but loopback, nothing in the background.
    static func baseArguments(profile: String, hostRules: String? = hostResolverRules) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
        + (hostRules.map { ["--host-resolver-rules=\($0)"] } ?? [])
        + ["--user-data-dir=\(profile)",
         "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-extensions", "--disable-default-apps", "--metrics-recording-only", "--mute-audio"]
    }

    /// Runs the browser on `page` with `arguments` added to the base ones, in a fresh profile; gives up after `timeout`.
    /// Returns what it printed on stderr.
    @discardableResult
    public func run(_ arguments: [String], page: URL, timeout: TimeInterval = 120) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Self.baseArguments(profile: profile.path) + arguments + [page.absoluteString]
        let errors = profile.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(description: "cannot start \(executable): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "\(executable) did not finish within \(Int(timeout)) s")
        }
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let tail = stderr.split(separator: "\n").suffix(3).joined(separator: " / ")
            throw Failure(description: "\(executable) failed (exit \(process.terminationStatus)): \(tail)")
        }
        return stderr
    }

    /// The PDF of an HTML document (A4, as its print style sheet lays it out, without the browser's header and footer).
    public func printPDF(html: String, timeout: TimeInterval = 120) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let pdf = folder.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: page)
        try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], page: page, timeout: timeout)
        guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Array("%PDF-".utf8)) else {
            throw Failure(description: "\(executable) wrote no PDF")
        }
        return data
    }
}
