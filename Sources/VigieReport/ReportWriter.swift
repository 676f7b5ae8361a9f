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

    /// The default report path: `reports/<host>-<date>.<ext>` (date `YYYY-MM-DD` from the RFC 3339 time).
    public static func defaultPath(for snapshot: SiteSnapshot, generatedAt: String, extension ext: String = "md", folder: String = "reports") -> String {
        let host = SiteView.host(of: snapshot)
        return folder + "/" + safeName(host.isEmpty ? "site" : host) + "-" + safeName(String(generatedAt.prefix(10))) + "." + ext
    }

    /// The comparison report's default path: `reports/comparison-<date>.md`.
    public static func comparisonPath(generatedAt: String, folder: String = "reports") -> String {
        folder + "/comparison-" + safeName(String(generatedAt.prefix(10))) + ".md"
    }

    /// Letters, digits, `.` and `-` only (a host with a port or IPv6 brackets stays a safe file name).
    static func safeName(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "-" })
    }
}
