import Foundation
import Synchronization
import VigieCore

/// One tab of a browser context, attached over the DevTools pipe, that records what its pages do: every request
/// (URL, resource type, initiator, page), every `document.cookie` write (hooked before any page script runs, since a
/// consent tool may delete a cookie after it was written), dialogs (dismissed) and crashes.
final class BrowserTab: Sendable {
    /// What the tab saw since the last `takeRecord()`.
    struct Record: Sendable {
        var requests: [RenderedRequest] = []
        var cookieWrites: [ScriptCookieWrite] = []
        /// A dialog, a crash: what made a page `unknown`.
        var problems: [String] = []
    }

    private struct State {
        var record = Record()
        var loads = 0
        var lastRequest = Date()
        var crashed = false
        var page = ""
    }

    let pipe: DevToolsPipe
    let session: String
    let target: String
    private let state = Mutex(State())
    private let changed = NSCondition()

    /// The binding the cookie hook calls (`Runtime.addBinding`).
    static let cookieBinding = "__vigieCookieWrite"
    /// Runs before every page script of every document: wraps the `document.cookie` setter to report each write.
    static let cookieHook = """
        (() => { const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie'); if (!d || !d.set) return;
          const report = window.\(cookieBinding);
          Object.defineProperty(Document.prototype, 'cookie', { configurable: true, enumerable: d.enumerable,
            get() { return d.get.call(this); },
            set(v) { try { report(JSON.stringify({ c: String(v), u: location.href })); } catch (e) {} d.set.call(this, v); } });
        })();
        """

    /// Opens a tab in `context` (a browser context id), with the network, page and runtime domains on and the cookie hook
    /// installed, at the size of `viewport`.
    init(_ pipe: DevToolsPipe, context: String, viewport: Viewport) throws {
        self.pipe = pipe
        target = try pipe.send("Target.createTarget", ["url": .string("about:blank"), "browserContextId": .string(context)])["targetId"]?.stringValue
            ?? { throw DevToolsPipe.Failure(description: "Target.createTarget: no target id") }()
        session = try pipe.send("Target.attachToTarget", ["targetId": .string(target), "flatten": .bool(true)])["sessionId"]?.stringValue
            ?? { throw DevToolsPipe.Failure(description: "Target.attachToTarget: no session id") }()
        pipe.listen(session) { [weak self] event in self?.handle(event) }
        for method in ["Page.enable", "Network.enable", "Runtime.enable", "Inspector.enable"] { try pipe.send(method, session: session) }
        try pipe.send("Runtime.addBinding", ["name": .string(Self.cookieBinding)], session: session)
        try pipe.send("Page.addScriptToEvaluateOnNewDocument", ["source": .string(Self.cookieHook), "runImmediately": .bool(true)], session: session)
        try setViewport(viewport)
    }

    /// Closes the tab.
    func close() {
        pipe.listen(session, nil)
        _ = try? pipe.send("Target.closeTarget", ["targetId": .string(target)], timeout: 5)
    }

    /// A window size, and whether it is a phone's (touch, mobile user agent).
    struct Viewport: Sendable {
        var name: String
        var width: Int
        var height: Int
        var mobile: Bool

        static let desktop = Viewport(name: "desktop", width: 1366, height: 900, mobile: false)
        static let mobile = Viewport(name: "mobile", width: 390, height: 844, mobile: true)
        static let mobileAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36"
    }

    func setViewport(_ viewport: Viewport) throws {
        try pipe.send("Emulation.setDeviceMetricsOverride", [
            "width": .number(Double(viewport.width)), "height": .number(Double(viewport.height)),
            "deviceScaleFactor": .number(1), "mobile": .bool(viewport.mobile),
        ], session: session)
        try pipe.send("Emulation.setTouchEmulationEnabled", ["enabled": .bool(viewport.mobile)], session: session)
        if viewport.mobile {
            try pipe.send("Emulation.setUserAgentOverride", ["userAgent": .string(Viewport.mobileAgent)], session: session)
        }
    }

    /// Loads `url` and waits for its load event, then for the network to settle (no new request for half a second,
    /// at most 3 s more), all within `timeout`. Throws with the reason when the page does not load.
    func navigate(_ url: String, timeout: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let loadsBefore = state.withLock { state in
            state.page = url
            return state.loads
        }
        let reply = try pipe.send("Page.navigate", ["url": .string(url)], session: session, timeout: timeout)
        if let error = reply["errorText"]?.stringValue, !error.isEmpty { throw DevToolsPipe.Failure(description: error) }
        try waitFor(deadline: deadline, "the load event") { $0.loads > loadsBefore }
        settle(until: min(deadline, Date().addingTimeInterval(3)))
    }

    /// Reloads the page (as a visitor would, after a choice) and waits as `navigate` does.
    func reload(timeout: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let loadsBefore = state.withLock { $0.loads }
        try pipe.send("Page.reload", session: session, timeout: timeout)
        try waitFor(deadline: deadline, "the load event") { $0.loads > loadsBefore }
        settle(until: min(deadline, Date().addingTimeInterval(3)))
    }

    /// Waits until no request has started for half a second, or `limit`.
    func settle(until limit: Date) {
        while Date() < limit {
            let quiet = state.withLock { Date().timeIntervalSince($0.lastRequest) }
            if quiet >= 0.5 { return }
            usleep(100_000)
        }
    }

    /// The value of a JavaScript expression (promises awaited), as JSON.
    func evaluate(_ expression: String, timeout: TimeInterval = 10) throws -> JSONValue {
        let reply = try pipe.send("Runtime.evaluate", [
            "expression": .string(expression), "returnByValue": .bool(true), "awaitPromise": .bool(true),
        ], session: session, timeout: timeout)
        if let exception = reply["exceptionDetails"] {
            throw DevToolsPipe.Failure(description: "script error: " + (exception["exception"]?["description"]?.stringValue
                ?? exception["text"]?.stringValue ?? "exception"))
        }
        return reply["result"]?["value"] ?? .null
    }

    /// A PNG of the visible part of the page.
    func screenshot() throws -> Data {
        let reply = try pipe.send("Page.captureScreenshot", ["format": .string("png")], session: session, timeout: 20)
        guard let encoded = reply["data"]?.stringValue, let data = Data(base64Encoded: encoded) else {
            throw DevToolsPipe.Failure(description: "Page.captureScreenshot: no image")
        }
        return data
    }

    /// What was recorded since the last call, and a fresh record.
    func takeRecord() -> Record {
        state.withLock { state in
            defer { state.record = Record() }
            return state.record
        }
    }

    private func waitFor(deadline: Date, _ what: String, _ condition: (State) -> Bool) throws {
        changed.lock()
        defer { changed.unlock() }
        while true {
            let (done, crashed) = state.withLock { (condition($0), $0.crashed) }
            if crashed { throw DevToolsPipe.Failure(description: "the page crashed") }
            if done { return }
            if let reason = pipe.closedReason { throw DevToolsPipe.Failure(description: reason) }
            guard changed.wait(until: deadline) else {
                throw DevToolsPipe.Failure(description: "no \(what) within the page's time limit")
            }
        }
    }

    private func handle(_ event: DevToolsPipe.Event) {
        let params = event.params
        switch event.method {
        case "Network.requestWillBeSent":
            guard let url = params["request"]?["url"]?.stringValue, url.hasPrefix("http") else { return }
            let request = RenderedRequest(url: url, type: params["type"]?.stringValue ?? "Other",
                                          initiator: params["initiator"]?["type"]?.stringValue,
                                          page: params["documentURL"]?.stringValue ?? "")
            state.withLock { state in
                state.record.requests.append(request)
                state.lastRequest = Date()
            }
        case "Page.loadEventFired":
            state.withLock { $0.loads += 1 }
        case "Runtime.bindingCalled":
            guard params["name"]?.stringValue == Self.cookieBinding, let payload = params["payload"]?.stringValue,
                  let value = try? JSONDecoder().decode(JSONValue.self, from: Data(payload.utf8)),
                  let raw = value["c"]?.stringValue else { return }
            let write = ScriptCookieWrite(raw: raw, page: value["u"]?.stringValue ?? "")
            state.withLock { $0.record.cookieWrites.append(write) }
        case "Page.javascriptDialogOpening":
            let message = params["message"]?.stringValue ?? ""
            let kind = params["type"]?.stringValue ?? "dialog"
            state.withLock { state in state.record.problems.append("\(kind) dialog on \(state.page): \(Evidence.clip(message, limit: 120))") }
            // Dismissed from another thread: this one delivers the reply the command waits for.
            let (pipe, session) = (pipe, session)
            DispatchQueue.global().async { _ = try? pipe.send("Page.handleJavaScriptDialog", ["accept": .bool(false)], session: session, timeout: 5) }
        case "Inspector.targetCrashed":
            state.withLock { state in
                state.crashed = true
                state.record.problems.append("the page \(state.page) crashed")
            }
        default:
            return
        }
        changed.lock()
        changed.broadcast()
        changed.unlock()
    }
}
