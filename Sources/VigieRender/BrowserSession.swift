import Foundation
import VigieCore

/// A headless Chromium driven over the DevTools pipe, for one site: a fresh profile, browser contexts (each with a
/// cookie jar and storage of its own: the refusal and the acceptance never see each other's choice) and their tabs.
/// `close()` ends the browser and removes the profile.
final class BrowserSession: Sendable {
    let process: BrowserProcess
    /// `Browser.getVersion`'s product, e.g. `HeadlessChrome/156.0.8078.114`.
    let version: String

    /// Starts the browser. `hostRules` is passed as `--host-resolver-rules` (nil: none).
    init(_ chromium: Chromium, hostRules: String?) throws {
        process = try BrowserProcess(chromium, hostRules: hostRules, extra: ["--window-size=1366,900"])
        do {
            version = try process.pipe.send("Browser.getVersion", timeout: 30)["product"]?.stringValue ?? "Chromium"
        } catch {
            let tail = process.stderrTail
            process.close()
            throw Chromium.Failure(description: "\(chromium.executable) did not answer on the DevTools pipe: \(error)"
                                   + (tail.isEmpty ? "" : " (\(tail))"))
        }
    }

    func close() { process.close() }

    /// A new browser context: an empty cookie jar and storage.
    func newContext() throws -> String {
        try process.pipe.send("Target.createBrowserContext", ["disposeOnDetach": .bool(true)])["browserContextId"]?.stringValue
            ?? { throw DevToolsPipe.Failure(description: "Target.createBrowserContext: no id") }()
    }

    func disposeContext(_ context: String) {
        _ = try? process.pipe.send("Target.disposeBrowserContext", ["browserContextId": .string(context)], timeout: 10)
    }

    func tab(in context: String, viewport: BrowserTab.Viewport = .desktop) throws -> BrowserTab {
        try BrowserTab(process.pipe, context: context, viewport: viewport)
    }

    /// The cookies of `context`'s jar.
    func cookies(in context: String) throws -> [RenderedCookie] {
        let reply = try process.pipe.send("Storage.getCookies", ["browserContextId": .string(context)])
        return reply["cookies"]?.elements.compactMap { cookie in
            guard let name = cookie["name"]?.stringValue else { return nil }
            let session = cookie["session"]?.bool ?? false
            return RenderedCookie(
                name: name, domain: cookie["domain"]?.stringValue ?? "", path: cookie["path"]?.stringValue ?? "/",
                expires: session ? nil : cookie["expires"]?.number, secure: cookie["secure"]?.bool ?? false,
                httpOnly: cookie["httpOnly"]?.bool ?? false, sameSite: cookie["sameSite"]?.stringValue)
        } ?? []
    }
}
