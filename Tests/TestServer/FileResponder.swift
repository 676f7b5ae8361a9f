import Foundation

/// Serves the files of a folder as a static web server would, for fixture sites.
enum FileResponder {
    static func respond(_ request: TestRequest, root: String, extraHeaders: [String: [TestHeader]]) -> TestResponse {
        let rawPath = String(request.path.split(separator: "?", maxSplits: 1).first ?? "/")
        let path = rawPath.removingPercentEncoding ?? rawPath
        guard !path.contains("..") else { return .notFound }
        var file = root + path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            guard path.hasSuffix("/") else { return .redirect(to: rawPath + "/", status: 301) }
            file += "index.html"
        }
        guard !path.hasSuffix("/_headers.json"), let data = FileManager.default.contents(atPath: file) else { return .notFound }
        let type: String = switch (file as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html"
        case "css": "text/css"
        case "xml": "application/xml"
        case "txt": "text/plain"
        case "js": "application/javascript"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        default: "application/octet-stream"
        }
        var response = TestResponse(status: 200, headers: [("Content-Type", type)], body: [UInt8](data))
        response.headers += extraHeaders[path] ?? extraHeaders[rawPath] ?? []
        return response
    }
}
