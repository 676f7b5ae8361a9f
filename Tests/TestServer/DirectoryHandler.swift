import Foundation

/// Serves the files under a folder: `index.html` for directories, 404 otherwise.
/// `.html` goes out as `text/html` without a charset, so that encoding detection is exercised.
struct DirectoryHandler: Sendable {
    let root: String

    func respond(to request: TestRequest) -> TestResponse {
        var path = String(request.path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        path = path.removingPercentEncoding ?? path
        guard !path.split(separator: "/").contains("..") else { return .notFound }
        var full = (root as NSString).appendingPathComponent(path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else { return .notFound }
        if isDir.boolValue {
            guard path.hasSuffix("/") else { return .redirect(to: path + "/") }
            full = (full as NSString).appendingPathComponent("index.html")
        }
        guard let data = FileManager.default.contents(atPath: full) else { return .notFound }
        return TestResponse(status: 200, headers: [("Content-Type", Self.contentType(full))], body: Array(data))
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html"
        case "css": "text/css"
        case "xml": "application/xml"
        case "txt": "text/plain"
        case "js": "text/javascript"
        case "json": "application/json"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }
}
