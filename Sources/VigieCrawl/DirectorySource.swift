import Foundation
import VigieCore
import VigieFetch

/// Pages from a built static site on disk, served as a web server rooted at the folder would:
/// `index.html` for directories, 404 for what is missing, nothing outside the folder (no `..`, no symlink escape —
/// checked on the very file read, index files included), regular files only, read up to `maxBodyBytes`.
final class DirectorySource: PageSource {
    /// The origin a folder is served under, so that links resolve as on a web server: `https://<folder>.local`.
    static func origin(for folder: String) -> String {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent.lowercased()
        let label = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return "https://\(label.isEmpty ? "site" : String(label.prefix(60))).local"
    }

    private let root: String
    private let origin: String
    private let maxBodyBytes: Int
    private let onComplete: @Sendable (LoadResult) -> Void
    private let queue = DispatchQueue(label: "vigie.directory", attributes: .concurrent)
    private let cancelled = Locked(false)

    /// `root` must be an existing folder.
    init(root: String, maxBodyBytes: Int, onComplete: @escaping @Sendable (LoadResult) -> Void) {
        origin = Self.origin(for: root)
        self.maxBodyBytes = maxBodyBytes
        self.root = LocalFile.realPath(root) ?? URL(fileURLWithPath: root).standardizedFileURL.path
        self.onComplete = onComplete
    }

    func submit(_ job: LoadJob) {
        queue.async { [self] in
            onComplete(cancelled.withLock { $0 } ? failure(job, "other: cancelled") : load(job))
        }
    }

    func cancelAll() { cancelled.withLock { $0 = true } }
    func close() {}

    private func load(_ job: LoadJob) -> LoadResult {
        guard let parts = URLNormalizer.components(of: job.url), job.url.hasPrefix(origin) else {
            return failure(job, "protocol-not-allowed: outside the audited folder")
        }
        let path = parts.path.removingPercentEncoding ?? parts.path
        guard let file = resolve(path) else { return notFound(job) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { return notFound(job) }
        if isDirectory.boolValue {
            guard !path.hasSuffix("/") else {
                for index in ["index.html", "index.htm"] where FileManager.default.fileExists(atPath: file + "/" + index) {
                    return read(job, file: file + "/" + index)
                }
                return notFound(job)
            }
            let location = job.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? job.url
            return LoadResult(job: job, status: 301, headers: [HTTPHeader(name: "Location", value: location + "/")], body: [],
                              truncated: false, contentType: nil, location: location + "/", timing: nil, error: nil)
        }
        return read(job, file: file)
    }

    /// The file for a URL path, or nil when it would leave the folder (`..`, a symlink pointing out).
    private func resolve(_ path: String) -> String? {
        let candidate = URL(fileURLWithPath: root + "/" + path).standardizedFileURL
        guard LocalFile.realPath(candidate.path, inside: root) != nil else { return nil }
        return candidate.path
    }

    /// The file's first `maxBodyBytes` bytes. The path is checked again after symlinks (an `index.html` appended to a
    /// folder may itself be a link out), and only a regular file is opened (a FIFO would block, a device never end).
    private func read(_ job: LoadJob, file: String) -> LoadResult {
        guard let real = LocalFile.realPath(file, inside: root), LocalFile.isRegularFile(real), let handle = FileHandle(forReadingAtPath: real) else { return notFound(job) }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maxBodyBytes + 1)) ?? Data()
        return LoadResult(job: job, status: 200, headers: [], body: [UInt8](data.prefix(maxBodyBytes)), truncated: data.count > maxBodyBytes,
                          contentType: Self.contentType(file), location: nil, timing: nil, error: nil)
    }

    private func notFound(_ job: LoadJob) -> LoadResult {
        LoadResult(job: job, status: 404, headers: [], body: [], truncated: false, contentType: "text/html", location: nil, timing: nil, error: nil)
    }

    private func failure(_ job: LoadJob, _ error: String) -> LoadResult {
        LoadResult(job: job, status: 0, headers: [], body: [], truncated: false, contentType: nil, location: nil, timing: nil, error: error)
    }

    /// The type a web server would give (no charset: the page's own declaration decides, as on most static hosts).
    static func contentType(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml": "text/html"
        case "css": "text/css"
        case "js", "mjs": "application/javascript"
        case "xml": "application/xml"
        case "txt": "text/plain"
        case "json", "webmanifest": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "gz": "application/gzip"
        default: "application/octet-stream"
        }
    }
}
