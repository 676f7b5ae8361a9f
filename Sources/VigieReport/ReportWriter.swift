import Foundation
import VigieCore

/// Writes reports atomically: a temporary file in the destination folder, flushed to disk, then renamed over the
/// destination. A reader sees the old report or the new one, never half of one.
public enum ReportWriter {
    /// Why a report could not be written, worded for the command line.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var reason: String
        public var description: String { "cannot write the report to \(path): \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path`, creating the folder when missing.
    public static func write(_ data: Data, to path: String) throws {
        let destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "the folder \(folder.path) cannot be created (\(error.localizedDescription))")
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary.path, destination.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// The default report path: `reports/<site>-<date>.<ext>`, `<site>` naming the host, the port when not the
    /// default and the start path when not `/` (`fileStem`), so that sites on one host get distinct files.
    public static func defaultPath(for snapshot: SiteSnapshot, generatedAt: String, extension ext: String = "md", folder: String = "reports") -> String {
        defaultPath(label: siteLabel(of: snapshot), generatedAt: generatedAt, extension: ext, folder: folder)
    }

    /// The site in a few characters that tell sites apart: the host, `:port` when not the scheme's default, and the
    /// start path when not `/` (`127.0.0.1:8081/blog`, `[::1]:8080`).
    public static func siteLabel(of snapshot: SiteSnapshot) -> String {
        guard let url = URL(string: snapshot.startURL), let host = url.host, !host.isEmpty else { return SiteView.host(of: snapshot) }
        var label = host.contains(":") && !host.hasPrefix("[") ? "[" + host + "]" : host
        if let port = url.port, port != (url.scheme == "https" ? 443 : 80) { label += ":\(port)" }
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        return label + path
    }

    /// The path for a report about the site(s) `label`, as `defaultPath(for:)`.
    public static func defaultPath(label: String, generatedAt: String, extension ext: String = "md", folder: String = "reports") -> String {
        folder + "/" + fileStem(label) + "-" + safeName(String(generatedAt.prefix(10))) + "." + ext
    }

    /// The comparison report's default path: `reports/comparison-<date>.md`.
    public static func comparisonPath(generatedAt: String, folder: String = "reports") -> String {
        folder + "/comparison-" + safeName(String(generatedAt.prefix(10))) + ".md"
    }

    /// Where the report of a site that could not be read goes when a report is already at `path`: beside it
    /// (`x.unreachable.md`), so that the last good report is kept.
    public static func besidePath(_ path: String) -> String {
        let ext = (path as NSString).pathExtension
        let base = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return base + ".unreachable" + (ext.isEmpty ? "" : "." + ext)
    }

    /// The longest file stem written (file systems allow 255 bytes; the date and extension are added).
    static let maxStem = 100

    /// A safe, distinct file name for a site label: letters, digits, `.` and `-` only, never starting with `-` or
    /// `.`; an IPv6 host starts with `ipv6-`; a stem longer than `maxStem` is cut and ends with a hash of the label.
    static func fileStem(_ label: String) -> String {
        var stem = safeName(label).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        while let first = stem.first, first == "." || first == "-" { stem.removeFirst() }
        if label.hasPrefix("[") { stem = "ipv6-" + stem + "-" + hash(label) }
        if stem.isEmpty { stem = "site" }
        if stem.utf8.count > maxStem { stem = String(stem.prefix(maxStem - 9)) + "-" + hash(label) }
        return stem
    }

    /// Letters, digits, `.` and `-` only.
    static func safeName(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "-" })
    }

    /// FNV-1a of `text`, 8 hex digits: the same label always gives the same name.
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 { value = (value ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
